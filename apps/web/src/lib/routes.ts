/** The addresses of pages, so links and tests agree on them. */
export const HOME_PATH = '/';

export function unitPath(code: string): string {
  return `/don-vi/${encodeURIComponent(code)}`;
}
