/** English, one file per feature like the Vietnamese source; the type keeps the keys complete. */
import type { Catalogue } from '../catalogues.ts';
import common from './common.json';
import initiatives from './initiatives.json';
import review from './review.json';
import auth from './auth.json';
import admin from './admin.json';
import dashboard from './dashboard.json';

export const en: Catalogue = { ...common, ...initiatives, ...review, ...auth, ...admin, ...dashboard };
