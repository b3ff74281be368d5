/** Submissions by Vietnam day, with running totals as formulas (the curve towards the quota). */
import type ExcelJS from 'exceljs';
import type { DailyRow } from '../reports.repository.ts';
import { DATE, INTEGER, PERCENT, addFilter, addTableSheet, formula, letter, ratioFormula } from './cells.ts';

/** `YYYY-MM-DD` as a date cell: UTC midnight, which Excel shows as that calendar day. */
const dayCell = (day: string) => new Date(`${day}T00:00:00Z`);

export function addDailySheet(book: ExcelJS.Workbook, days: readonly DailyRow[], quota: number | null) {
  const columns = [
    { key: 'day', header: 'Ngày nộp', width: 12, numFmt: DATE },
    { key: 'submissions', header: 'Lượt nộp', width: 11, numFmt: INTEGER },
    { key: 'valid', header: 'Hợp lệ', width: 10, numFmt: INTEGER },
    { key: 'pending', header: 'Đang xem xét', width: 13, numFmt: INTEGER },
    { key: 'invalid', header: 'Không hợp lệ', width: 13, numFmt: INTEGER },
    { key: 'cumulative', header: 'Lũy kế lượt nộp', width: 15, numFmt: INTEGER },
    { key: 'cumulative_percent', header: 'Lũy kế % chỉ tiêu', width: 16, numFmt: PERCENT },
  ];
  const sheet = addTableSheet(book, 'Theo ngày', columns, 1);
  const quotaCell = quota === null ? null : `$J$1`;
  if (quotaCell) {
    sheet.getCell('I1').value = 'Chỉ tiêu';
    sheet.getCell('I1').font = { bold: true };
    sheet.getCell(quotaCell).value = quota;
    sheet.getCell(quotaCell).numFmt = INTEGER;
  }
  let running = 0;
  days.forEach((d, i) => {
    const at = i + 2;
    running += d.submissions;
    const submissions = `${letter(sheet, 'submissions')}${at}`;
    const cumulative = `${letter(sheet, 'cumulative')}${at}`;
    sheet.addRow({
      ...d,
      day: dayCell(d.day),
      cumulative: formula(i === 0 ? submissions : `${letter(sheet, 'cumulative')}${at - 1}+${submissions}`, running),
      cumulative_percent: quotaCell ? ratioFormula(cumulative, quotaCell, quota ? running / quota : null) : null,
    });
  });
  addFilter(sheet, columns.length, days.length + 1);
  return sheet;
}
