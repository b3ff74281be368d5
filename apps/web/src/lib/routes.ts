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
