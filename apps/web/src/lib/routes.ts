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
