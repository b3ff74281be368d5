/** The Vietnamese source catalogue, one file per feature (so parallel work does not collide). */
import common from './common.json';
import initiatives from './initiatives.json';
import review from './review.json';
import auth from './auth.json';
import admin from './admin.json';
import dashboard from './dashboard.json';

export const vi = { ...common, ...initiatives, ...review, ...auth, ...admin, ...dashboard };
