/** Numbers, percentages and dates the Vietnamese way: 21.725 · 724,2% · 31/05/2022. */
import { VIETNAM_TIME_ZONE } from './time.ts';

const integerFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

export function formatNumber(value: number | bigint): string {
  return integerFormat.format(value);
}

export function formatDecimal(value: number, fractionDigits = 1): string {
  return new Intl.NumberFormat('vi-VN', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** `724.2` → `724,2%`; `null` → `—` (no quota, no members). */
export function formatPercent(value: number | null | undefined, fractionDigits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${formatDecimal(value, fractionDigits)}%`;
}

/** `4955909731` → `4.955.909.731 đ`. */
export function formatMoney(value: number | bigint): string {
  return `${formatNumber(value)} đ`;
}

const dateParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(date: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of dateParts.formatToParts(date)) out[part.type] = part.value;
  return out;
}

/** `31/05/2022` in Vietnam time. */
export function formatDate(date: Date | string): string {
  const p = parts(new Date(date));
  return `${p.day}/${p.month}/${p.year}`;
}

/** `31/05/2022 23:59` in Vietnam time. */
export function formatDateTime(date: Date | string): string {
  const p = parts(new Date(date));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}
