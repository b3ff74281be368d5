/** Dates as Vietnamese administrative documents write them (Nghị định 30/2020/NĐ-CP). */
import { formatDate, vietnamDay } from '@sangkien/shared';

/**
 * `ngày 05 tháng 01 năm 2022`, `ngày 15 tháng 12 năm 2022`: days below 10 and months 1 and 2
 * take a leading zero, other months do not (Vietnam time).
 */
export function administrativeDate(at: Date): string {
  const [year, month, day] = vietnamDay(at).split('-').map(Number) as [number, number, number];
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** The last day of a half-open window [starts, ends): "24 giờ ngày 31/5" ends at 01/06 00:00. */
export function lastDayOf(endsAt: Date): string {
  return formatDate(new Date(endsAt.getTime() - 1));
}
