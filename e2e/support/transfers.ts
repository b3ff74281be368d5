/** What a page load costs on the wire, request by request, as the browser measured it. */
import type { Page, Request } from 'playwright-core';

export interface Transfer {
  path: string;
  type: string;
  bytes: number;
  encoding: string | undefined;
  cacheControl: string | undefined;
}

/** Starts recording; the returned function waits for the sizes of everything finished so far. */
export function recordTransfers(page: Page): () => Promise<Transfer[]> {
  const finished: Request[] = [];
  page.on('requestfinished', (request) => finished.push(request));
  return () =>
    Promise.all(
      finished.map(async (request) => {
        const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
        const headers = response ? await response.allHeaders() : {};
        return {
          path: new URL(request.url()).pathname,
          type: request.resourceType(),
          bytes: sizes.responseBodySize + sizes.responseHeadersSize,
          encoding: headers['content-encoding'],
          cacheControl: headers['cache-control'],
        };
      }),
    );
}

export function totalBytes(transfers: Transfer[], type?: string): number {
  return transfers.filter((t) => type === undefined || t.type === type).reduce((sum, t) => sum + t.bytes, 0);
}
