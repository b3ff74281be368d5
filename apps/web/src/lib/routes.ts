/** The addresses of pages, so links and tests agree on them. */
export const HOME_PATH = '/';

export function unitPath(code: string): string {
  return `/don-vi/${encodeURIComponent(code)}`;
}

/** The sign-in page, coming back to `next` afterwards. */
export function signInPath(next?: string): string {
  return next ? `/dang-nhap?tiep=${encodeURIComponent(next)}` : '/dang-nhap';
}

export const SHOWCASE_PATH = '/sang-kien-tieu-bieu';

export function showcaseItemPath(code: string): string {
  return `${SHOWCASE_PATH}/${encodeURIComponent(code)}`;
}

/** A unit's councils; one council's page. */
export function unitCouncilsPath(code: string): string {
  return `/don-vi/${encodeURIComponent(code)}/hoi-dong`;
}

export function councilPath(id: number): string {
  return `/hoi-dong/${id}`;
}

/** A unit's nominations of outstanding initiatives and its awards. */
export function unitOutstandingPath(code: string): string {
  return `/don-vi/${encodeURIComponent(code)}/tieu-bieu`;
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
