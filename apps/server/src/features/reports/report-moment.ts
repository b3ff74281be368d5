/** The moment a report is asked "as of": Vietnam local time, or an ISO instant with its offset. */
import { parseWindowEnd } from '@sangkien/shared';
import { z } from 'zod';

const WITH_OFFSET = /(?:Z|[+-]\d\d:?\d\d)$/i;

/**
 * `2022-06-01T00:00` and `01/06/2022 00:00` are Vietnam time; a bare date means the end of that
 * day ("tính đến ngày 31/5/2022" includes 31 May); `…+07:00` or `…Z` are taken as given.
 */
export function parseReportMoment(text: string): Date | null {
  const value = text.trim();
  if (WITH_OFFSET.test(value)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return parseWindowEnd(value);
}

export const reportMomentParam = z.string().transform((text, ctx) => {
  const date = parseReportMoment(text);
  if (!date) {
    ctx.addIssue({ code: 'custom', message: 'Thời điểm không đúng (ví dụ 2022-06-01T00:00 hoặc 31/05/2022).' });
    return z.NEVER;
  }
  return date;
});
