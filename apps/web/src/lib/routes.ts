/** The addresses of pages, so links and tests agree on them. */
export const HOME_PATH = '/';

export function unitPath(code: string): string {
  return `/don-vi/${encodeURIComponent(code)}`;
}

/** The sign-in page, coming back to `next` afterwards. */
export function signInPath(next?: string): string {
  return next ? `/dang-nhap?tiep=${encodeURIComponent(next)}` : '/dang-nhap';
}

/** A unit's dashboard (figures, children ranking, charts). */
export function dashboardPath(code: string): string {
  return `/don-vi/${encodeURIComponent(code)}/bang-theo-doi`;
}

/** Quota allocation to a unit's children. */
export function quotasPath(code: string): string {
  return `/don-vi/${encodeURIComponent(code)}/chi-tieu`;
}

export const SUBMIT_PATH = '/nop-sang-kien';
export const SUBMIT_FULL_PATH = '/nop-sang-kien/day-du';

/** Edit-and-resubmit after a return (or continue a draft). */
export function editInitiativePath(code: string): string {
  return `/sang-kien/${encodeURIComponent(code)}/sua`;
}

export const MY_INITIATIVES_PATH = '/sang-kien-cua-toi';

export function initiativePath(code: string): string {
  return `/sang-kien/${encodeURIComponent(code)}`;
}

export const NOTIFICATIONS_PATH = '/thong-bao';
export const REVIEW_PATH = '/xet-duyet';

export function reviewDetailPath(code: string): string {
  return `/xet-duyet/${encodeURIComponent(code)}`;
}

export const ON_BEHALF_PATH = '/ho-tro/nop-ho';
/** Where a join QR leads: registration with the unit already chosen. */
export function registerPath(joinCode?: string): string {
  return joinCode ? `/dang-ky?ma=${encodeURIComponent(joinCode)}` : '/dang-ky';
}

/** Only a path on this site is a place to come back to (never `//elsewhere`). */
export function safeNextPath(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : null;
}

export const ACCOUNT_PATH = '/tai-khoan';
export const ADMIN_PATH = '/quan-tri';
export const AUDIT_PATH = '/quan-tri/nhat-ky';

export function adminUnitPath(code: string): string {
  return `/quan-tri/don-vi/${encodeURIComponent(code)}`;
}

export function memberImportPath(code: string): string {
  return `${adminUnitPath(code)}/nhap-doan-vien`;
}

export function joinSheetPath(code: string): string {
  return `${adminUnitPath(code)}/in-ma-tham-gia`;
}
