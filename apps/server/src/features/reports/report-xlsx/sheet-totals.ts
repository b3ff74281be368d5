/** The first sheet: the unit's figures, one per row. */
import type ExcelJS from 'exceljs';
import { STATUS_LABELS, formatDateTime, type PhaseReport } from '@sangkien/shared';
import { INTEGER, PERCENT, addTableSheet, asFraction } from './cells.ts';

export function addTotalsSheet(book: ExcelJS.Workbook, report: PhaseReport): ExcelJS.Worksheet {
  const sheet = addTableSheet(book, 'Tổng hợp', [
    { key: 'label', header: 'Chỉ số', width: 46 },
    { key: 'value', header: 'Giá trị', width: 40 },
  ]);
  const add = (label: string, value: number | string | null, numFmt?: string) => {
    const row = sheet.addRow({ label, value });
    if (numFmt) row.getCell('value').numFmt = numFmt;
  };
  add('Đơn vị', `${report.unit.name} (${report.unit.code})`);
  add('Chương trình', report.programme.name);
  add('Giai đoạn', `${report.phase.name} (${report.phase.code})`);
  add('Số liệu tính đến', formatDateTime(report.as_of));
  add('Lượt nộp sáng kiến', report.submissions, INTEGER);
  add(STATUS_LABELS.valid, report.valid, INTEGER);
  add(STATUS_LABELS.in_review, report.pending, INTEGER);
  add(STATUS_LABELS.invalid, report.invalid, INTEGER);
  add('Chỉ tiêu', report.quota, INTEGER);
  add('Đạt % chỉ tiêu (lượt nộp)', asFraction(report.quota_percent), PERCENT);
  add('Đạt % chỉ tiêu (hợp lệ)', asFraction(report.valid_quota_percent), PERCENT);
  add('Số đoàn viên', report.members, INTEGER);
  add('Tỷ lệ sáng kiến/đoàn viên', asFraction(report.rate_percent), PERCENT);
  add('Công đoàn cơ sở tham gia', report.grassroots_participating, INTEGER);
  add('Đoàn viên tham gia', report.members_participating, INTEGER);
  add('Giá trị làm lợi (đồng/năm, sáng kiến hợp lệ)', report.benefit_vnd_total, INTEGER);
  if (report.rank) add(`Xếp hạng trong ${report.rank.parent_name}`, `${report.rank.position}/${report.rank.of}`);
  return sheet;
}
