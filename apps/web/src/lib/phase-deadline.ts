/**
 * How officers write a phase's closing moment: "24 giờ ngày 31/12/2026" when it closes at midnight
 * (the window is exclusive, so the last day is the one before), else "17:00 ngày 31/12/2026".
 */
import { formatDate } from '@sangkien/shared/format';
import { toVietnamIso, vietnamDay } from '@sangkien/shared/time';

const DAY_MS = 24 * 60 * 60 * 1000;

export type PhaseDeadline = { kind: 'midnight'; day: string } | { kind: 'time'; time: string; day: string };

export function phaseDeadline(endsAt: string | Date): PhaseDeadline {
  const end = new Date(endsAt);
  const clock = toVietnamIso(end).slice(11, 19);
  if (clock === '00:00:00') return { kind: 'midnight', day: formatDate(new Date(end.getTime() - DAY_MS)) };
  return { kind: 'time', time: clock.slice(0, 5), day: formatDate(end) };
}

/** The last Vietnam calendar day on which the window is still open, `dd/MM/yyyy`. */
export function lastOpenDay(endsAt: string | Date): string {
  return formatDate(new Date(new Date(endsAt).getTime() - 1));
}

function dayNumber(instant: Date): number {
  return Date.parse(`${vietnamDay(instant)}T00:00:00Z`) / DAY_MS;
}

/** Whole Vietnam calendar days after today until the last open day: 0 on the last day itself. */
export function daysLeft(endsAt: string | Date, now: string | Date): number {
  const last = new Date(new Date(endsAt).getTime() - 1);
  return Math.max(0, dayNumber(last) - dayNumber(new Date(now)));
}

export type PhaseState = 'upcoming' | 'open' | 'closed';

export function phaseState(phase: { starts_at: string; ends_at: string }, now: string | Date): PhaseState {
  const t = new Date(now).getTime();
  if (t < new Date(phase.starts_at).getTime()) return 'upcoming';
  return t < new Date(phase.ends_at).getTime() ? 'open' : 'closed';
}
