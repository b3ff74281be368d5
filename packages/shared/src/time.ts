/**
 * Time in Vietnam (Asia/Ho_Chi_Minh, UTC+7 all year, no daylight saving since 1975).
 * Windows are half-open [starts_at, ends_at); "24 giờ ngày 31/5" is 01/06 00:00.
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const OFFSET_MS = 7 * 60 * 60 * 1000;

const ISO_LOCAL = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const VI_LOCAL = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/;

export interface LocalTimeParse {
  date: Date;
  /** True when the text held only a date. */
  dateOnly: boolean;
}

/** Builds the instant of a Vietnam wall-clock time; null if the fields are not a real time. */
export function vietnamInstant(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
    return null;
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(utc);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  return new Date(utc - OFFSET_MS);
}

/** Parses `YYYY-MM-DD[THH:MM[:SS]]` or `DD/MM/YYYY [HH:MM]` as Vietnam local time. */
export function parseVietnamLocal(text: string): LocalTimeParse | null {
  const value = text.trim();
  let m = ISO_LOCAL.exec(value);
  if (m) {
    const date = vietnamInstant(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
    return date ? { date, dateOnly: m[4] === undefined } : null;
  }
  m = VI_LOCAL.exec(value);
  if (m) {
    const date = vietnamInstant(+m[3]!, +m[2]!, +m[1]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
    return date ? { date, dateOnly: m[4] === undefined } : null;
  }
  return null;
}

/** An exclusive end: a bare date means the end of that day. */
export function parseWindowEnd(text: string): Date | null {
  const parsed = parseVietnamLocal(text);
  if (!parsed) return null;
  return parsed.dateOnly ? new Date(parsed.date.getTime() + 24 * 60 * 60 * 1000) : parsed.date;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `2022-01-01T00:00:00+07:00`. */
export function toVietnamIso(date: Date): string {
  const local = new Date(date.getTime() + OFFSET_MS);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}+07:00`
  );
}

/** The Vietnam calendar day of an instant, `YYYY-MM-DD`. */
export function vietnamDay(date: Date): string {
  const local = new Date(date.getTime() + OFFSET_MS);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
}

/** `YYYY-MM-DDTHH:MM` in Vietnam time (the import/export form). */
export function toVietnamLocalText(date: Date): string {
  return toVietnamIso(date).slice(0, 16);
}

/** True when `at` lies in the half-open window [startsAt, endsAt). */
export function inWindow(at: Date, startsAt: Date, endsAt: Date): boolean {
  const t = at.getTime();
  return t >= startsAt.getTime() && t < endsAt.getTime();
}
