import { describe, expect, it } from 'vitest';
import { parseReportMoment } from './report-moment.ts';

describe('parseReportMoment', () => {
  it.each([
    ['2022-06-01T00:00', '2022-05-31T17:00:00.000Z'],
    ['01/06/2022 00:00', '2022-05-31T17:00:00.000Z'],
    // A bare date: up to the end of that day in Vietnam.
    ['2022-05-31', '2022-05-31T17:00:00.000Z'],
    ['31/05/2022', '2022-05-31T17:00:00.000Z'],
    ['2022-06-01T00:00:00+07:00', '2022-05-31T17:00:00.000Z'],
    ['2022-05-31T17:00:00Z', '2022-05-31T17:00:00.000Z'],
  ])('%s → %s', (text, iso) => {
    expect(parseReportMoment(text)?.toISOString()).toBe(iso);
  });

  it.each(['', 'hôm qua', '2022-13-01', '2022-06-01T25:00', 'x+07:00'])('refuses %j', (text) => {
    expect(parseReportMoment(text)).toBeNull();
  });
});
