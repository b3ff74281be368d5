/** The Vietnamese source catalogue, one file per feature (so parallel work does not collide). */
import common from './common.json';
import showcase from './showcase.json';
import initiatives from './initiatives.json';
import auth from './auth.json';
import dashboard from './dashboard.json';
import type admin from './admin.json';
import type dashboardPages from './dashboard-pages.json';
import type councils from './councils.json';
import type review from './review.json';

type Full = typeof common &
  typeof showcase &
  typeof initiatives &
  typeof auth &
  typeof dashboard &
  typeof dashboardPages &
  typeof admin &
  typeof councils &
  typeof review;

/**
 * What the landing page and the header need ships in the main bundle; the messages of the
 * administration, review, council, dashboard and quota pages join when those pages load (`on-demand.ts`), which
 * keeps the landing page's first visit under its budget.
 */
export const vi = { ...common, ...showcase, ...initiatives, ...auth, ...dashboard } as Full;
