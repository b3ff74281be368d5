/**
 * The deadline wording computed from the API's `+07:00` text by plain calendar arithmetic, apart
 * from the web's own helpers, so the page is checked against an independent reading.
 */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):\d{2}\+07:00$/;
const DAY_MS = 86_400_000;

function parse(text: string) {
  const m = LOCAL.exec(text);
  if (!m) throw new Error(`Not a Vietnam-time instant: ${text}`);
  return { day: Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!), time: `${m[4]}:${m[5]}` };
}

function ddmmyyyy(utcDay: number): string {
  const d = new Date(utcDay);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

export function expectedDeadline(endsAt: string): string {
  const { day, time } = parse(endsAt);
  return time === '00:00'
    ? `Hạn chót: 24 giờ ngày ${ddmmyyyy(day - DAY_MS)}`
    : `Hạn chót: ${time} ngày ${ddmmyyyy(day)}`;
}

/** Days after `now`'s Vietnam date until the last open day. */
export function expectedDaysLeft(endsAt: string, now: string): number {
  const end = parse(endsAt);
  const lastDay = end.time === '00:00' ? end.day - DAY_MS : end.day;
  return Math.round((lastDay - parse(now).day) / DAY_MS);
}
