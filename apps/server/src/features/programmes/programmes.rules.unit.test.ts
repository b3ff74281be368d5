import { describe, expect, it } from 'vitest';
import { toVietnamIso } from '@sangkien/shared';
import { campaignInsidePhase, codeProblem, parseWindow } from './programmes.rules.ts';

describe('phase and campaign windows in Vietnam time', () => {
  it.each([
    // "24 giờ ngày 31/5": a bare end date is the exclusive end of that day.
    ['01/01/2022', '31/05/2022', '2022-01-01T00:00:00+07:00', '2022-06-01T00:00:00+07:00'],
    ['2022-06-01', '2022-12-31', '2022-06-01T00:00:00+07:00', '2023-01-01T00:00:00+07:00'],
    ['2022-05-01T08:00', '2022-05-10T17:30', '2022-05-01T08:00:00+07:00', '2022-05-10T17:30:00+07:00'],
  ])('[%s, %s] is [%s, %s)', (start, end, startsAt, endsAt) => {
    const w = parseWindow({ starts_at: start, ends_at: end });
    expect(w.ok && [toVietnamIso(w.startsAt), toVietnamIso(w.endsAt)]).toEqual([startsAt, endsAt]);
  });

  it.each([
    [{ starts_at: '32/01/2022', ends_at: '2022-02-01' }, ['starts_at']],
    [{ starts_at: '2022-02-01', ends_at: 'mai' }, ['ends_at']],
    [{ starts_at: '2022-02-01T10:00', ends_at: '2022-02-01T09:00' }, ['ends_at']],
  ])('names the wrong field of %o', (input, fields) => {
    const w = parseWindow(input);
    expect(w.ok ? [] : Object.keys(w.fields)).toEqual(fields);
  });

  it('keeps campaigns inside their phase', () => {
    const phase = { startsAt: new Date('2022-01-01T00:00:00+07:00'), endsAt: new Date('2022-06-01T00:00:00+07:00') };
    expect(campaignInsidePhase({ startsAt: phase.startsAt, endsAt: phase.endsAt }, phase)).toEqual({});
    expect(
      Object.keys(
        campaignInsidePhase(
          { startsAt: new Date('2021-12-31T23:00:00+07:00'), endsAt: new Date('2022-06-01T00:00:01+07:00') },
          phase,
        ),
      ),
    ).toEqual(['starts_at', 'ends_at']);
  });

  it('accepts plain codes only', () => {
    expect(codeProblem('CT-2026_1.a')).toBeNull();
    expect(codeProblem('mã có dấu')).not.toBeNull();
  });
});
