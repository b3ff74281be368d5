import { describe, expect, it } from 'vitest';
import { inWindow, parseVietnamLocal, parseWindowEnd, toVietnamIso, vietnamDay } from './time.ts';

describe('Vietnam time', () => {
  it.each([
    ['2022-05-31', '2022-05-30T17:00:00.000Z'],
    ['2022-05-31T23:59', '2022-05-31T16:59:00.000Z'],
    ['31/05/2022 23:59', '2022-05-31T16:59:00.000Z'],
    ['1/6/2022', '2022-05-31T17:00:00.000Z'],
    ['2022-01-04T09:12:30', '2022-01-04T02:12:30.000Z'],
  ])('%s is %s', (text, iso) => {
    expect(parseVietnamLocal(text)?.date.toISOString()).toBe(iso);
  });

  it.each(['31/02/2022', '2022-13-01', '2022-05-31T24:00', 'hôm qua', '05/31/2022'])('%s is not a time', (text) => {
    expect(parseVietnamLocal(text)).toBeNull();
  });

  it('reads a bare end date as the end of that day ("24 giờ ngày 31/5")', () => {
    expect(toVietnamIso(parseWindowEnd('2022-05-31')!)).toBe('2022-06-01T00:00:00+07:00');
    expect(toVietnamIso(parseWindowEnd('31/05/2022 17:00')!)).toBe('2022-05-31T17:00:00+07:00');
  });

  it('windows are half-open', () => {
    const start = parseVietnamLocal('2022-01-01')!.date;
    const end = parseWindowEnd('2022-05-31')!;
    expect(inWindow(parseVietnamLocal('31/05/2022 23:59')!.date, start, end)).toBe(true);
    expect(inWindow(end, start, end)).toBe(false);
    expect(inWindow(start, start, end)).toBe(true);
  });

  it('buckets instants by the Vietnam calendar day', () => {
    expect(vietnamDay(new Date('2022-05-31T16:59:59Z'))).toBe('2022-05-31');
    expect(vietnamDay(new Date('2022-05-31T17:00:00Z'))).toBe('2022-06-01');
  });
});
