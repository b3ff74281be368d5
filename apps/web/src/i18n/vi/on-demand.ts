/** Messages of pages loaded on demand, added to the catalogue when such a page loads. */
import admin from './admin.json';
import councils from './councils.json';
import dashboardPages from './dashboard-pages.json';
import review from './review.json';
import { vi } from './index.ts';

export function addAdminMessages(): void {
  Object.assign(vi, admin);
}
export function addReviewMessages(): void {
  Object.assign(vi, review);
}
export function addCouncilMessages(): void {
  Object.assign(vi, councils);
}
export function addDashboardMessages(): void {
  Object.assign(vi, dashboardPages);
}
