/** Test support: reads Server-Sent Events from a running server; extra initiatives to import. */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { LandingData } from '@sangkien/shared';

export interface EventReader {
  next(timeoutMs?: number): Promise<LandingData>;
  close(): void;
}

export function openEventStream(url: string): Promise<EventReader> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, (res) => {
      if (res.statusCode !== 200 || !String(res.headers['content-type']).startsWith('text/event-stream')) {
        reject(new Error(`stream answered ${res.statusCode} ${res.headers['content-type']}`));
        return;
      }
      res.setEncoding('utf8');
      let buffer = '';
      const events: LandingData[] = [];
      let waiting: ((data: LandingData) => void) | null = null;
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block
            .split('\n')
            .filter((l) => l.startsWith('data: '))
            .map((l) => l.slice(6))
            .join('\n');
          if (!block.includes('event: landing') || !data) continue;
          const parsed = JSON.parse(data) as LandingData;
          if (waiting) {
            const w = waiting;
            waiting = null;
            w(parsed);
          } else events.push(parsed);
        }
      });
      resolve({
        next: (timeoutMs = 5000) =>
          new Promise((ok, fail) => {
            const queued = events.shift();
            if (queued) return ok(queued);
            const timer = setTimeout(() => fail(new Error(`no event within ${timeoutMs} ms`)), timeoutMs);
            waiting = (data) => {
              clearTimeout(timer);
              ok(data);
            };
          }),
        close: () => request.destroy(),
      });
    });
    request.on('error', reject);
  });
}

/** A dataset of extra initiatives (imported through the real import path, aggregates and events). */
export function initiativesDataset(rows: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sk-landing-'));
  fs.writeFileSync(
    path.join(dir, 'initiatives.csv'),
    ['code,title,phase_code,unit_code,author_codes,status,submitted_at', ...rows].join('\n'),
  );
  return dir;
}
