/** English, one file per feature like the Vietnamese source; the type keeps the keys complete. */
import type { Catalogue } from '../catalogues.ts';
import common from './common.json';
import councils from './councils.json';
import showcase from './showcase.json';

export const en: Catalogue = { ...common, ...councils, ...showcase };
