/** English, one file per feature like the Vietnamese source; the type keeps the keys complete. */
import type { Catalogue } from '../catalogues.ts';
import common from './common.json';
import dashboard from './dashboard.json';

export const en: Catalogue = { ...common, ...dashboard };
