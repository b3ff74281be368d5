/** The Vietnamese source catalogue, one file per feature (so parallel work does not collide). */
import common from './common.json';
import dashboard from './dashboard.json';

export const vi = { ...common, ...dashboard };
