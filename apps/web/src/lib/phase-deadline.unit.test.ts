import { describe, expect, it } from 'vitest';
import { daysLeft, lastOpenDay, phaseDeadline, phaseState } from './phase-deadline.ts';

describe('phaseDeadline', () => {
  it('writes a midnight end as 24 giờ of the day before', () => {
    expect(phaseDeadline('2027-01-01T00:00:00+07:00')).toEqual({ kind: 'midnight', day: '31/12/2026' });
    expect(phaseDeadline('2022-06-01T00:00:00+07:00')).toEqual({ kind: 'midnight', day: '31/05/2022' });
  });

  it('reads the instant in Vietnam time whatever its offset', () => {
    expect(phaseDeadline('2026-12-31T17:00:00Z')).toEqual({ kind: 'midnight', day: '31/12/2026' });
  });

  it('writes any other end as HH:mm of that day', () => {
    expect(phaseDeadline('2026-12-31T17:30:00+07:00')).toEqual({ kind: 'time', time: '17:30', day: '31/12/2026' });
    expect(phaseDeadline('2026-12-31T00:00:30+07:00')).toEqual({ kind: 'time', time: '00:00', day: '31/12/2026' });
  });
});

describe('lastOpenDay and daysLeft', () => {
  const end = '2027-01-01T00:00:00+07:00';

  it('count calendar days in Vietnam time up to the last open day', () => {
    expect(lastOpenDay(end)).toBe('31/12/2026');
    expect(daysLeft(end, '2026-11-25T06:23:00+07:00')).toBe(36);
    expect(daysLeft(end, '2026-12-30T23:59:00+07:00')).toBe(1);
    expect(daysLeft(end, '2026-12-31T00:00:00+07:00')).toBe(0);
  });

  it('uses the Vietnam day, not the UTC day', () => {
    expect(daysLeft(end, '2026-12-30T18:00:00Z')).toBe(0);
  });

  it('never goes below zero after the end', () => {
    expect(daysLeft(end, '2027-02-01T00:00:00+07:00')).toBe(0);
  });
});

describe('phaseState', () => {
  const phase = { starts_at: '2026-06-01T00:00:00+07:00', ends_at: '2027-01-01T00:00:00+07:00' };
  it('is upcoming before the start, open inside the half-open window, closed from the end', () => {
    expect(phaseState(phase, '2026-05-31T23:59:59+07:00')).toBe('upcoming');
    expect(phaseState(phase, '2026-06-01T00:00:00+07:00')).toBe('open');
    expect(phaseState(phase, '2027-01-01T00:00:00+07:00')).toBe('closed');
  });
});
