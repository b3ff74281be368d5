/** Sheets of lists: children below quota, and the initiatives with the largest benefit. */
import type ExcelJS from 'exceljs';
import { BENEFIT_PERIOD_LABELS, type ReportChild, type TopInitiative } from '@sangkien/shared';
import { INTEGER, PERCENT, addFilter, addTableSheet, asFraction, formula, letter, ratioFormula } from './cells.ts';

/** Children under their quota, worst first, with how many submissions each still lacks. */
export function addBelowQuotaSheet(book: ExcelJS.Workbook, rows: readonly ReportChild[]): ExcelJS.Worksheet {
  const columns = [
    { key: 'code', header: 'Mã đơn vị', width: 14 },
    { key: 'name', header: 'Tên đơn vị', width: 40 },
    { key: 'submissions', header: 'Lượt nộp', width: 11, numFmt: INTEGER },
    { key: 'quota', header: 'Chỉ tiêu', width: 10, numFmt: INTEGER },
    { key: 'quota_percent', header: '% chỉ tiêu', width: 11, numFmt: PERCENT },
    { key: 'missing', header: 'Còn thiếu', width: 11, numFmt: INTEGER },
  ];
  const sheet = addTableSheet(book, 'Chưa đạt chỉ tiêu', columns, 2);
  rows.forEach((child, i) => {
    const at = i + 2;
    const submissions = `${letter(sheet, 'submissions')}${at}`;
    const quota = `${letter(sheet, 'quota')}${at}`;
    sheet.addRow({
      code: child.code,
      name: child.name,
      submissions: child.submissions,
      quota: child.quota,
      quota_percent: ratioFormula(submissions, quota, asFraction(child.quota_percent)),
      missing: formula(`MAX(0,${quota}-${submissions})`, Math.max(0, (child.quota ?? 0) - child.submissions)),
    });
  });
  addFilter(sheet, columns.length, rows.length + 1);
  return sheet;
}

export function addTopInitiativesSheet(book: ExcelJS.Workbook, rows: readonly TopInitiative[]): ExcelJS.Worksheet {
  const columns = [
    { key: 'position', header: 'STT', width: 6, numFmt: INTEGER },
    { key: 'code', header: 'Mã sáng kiến', width: 14 },
    { key: 'title', header: 'Tên sáng kiến', width: 50 },
    { key: 'authors', header: 'Tác giả', width: 30 },
    { key: 'unit_name', header: 'Đơn vị', width: 32 },
    { key: 'benefit_vnd', header: 'Giá trị làm lợi (đ)', width: 20, numFmt: INTEGER },
    { key: 'period', header: 'Kỳ tính', width: 10 },
    { key: 'benefit_vnd_year', header: 'Quy ra năm (đ/năm)', width: 20, numFmt: INTEGER },
  ];
  const sheet = addTableSheet(book, 'Sáng kiến làm lợi cao', columns, 3);
  rows.forEach((t, i) =>
    sheet.addRow({
      ...t,
      position: i + 1,
      authors: t.authors.join('; '),
      period: BENEFIT_PERIOD_LABELS[t.benefit_period],
    }),
  );
  addFilter(sheet, columns.length, rows.length + 1);
  return sheet;
}
