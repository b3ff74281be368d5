/** The statistics workbook of a phase report: real numbers with Vietnamese-friendly formats. */
import ExcelJS from 'exceljs';
import { STATUS_LABELS, UNIT_KIND_LABELS, formatDateTime, type PhaseReport } from '@sangkien/shared';

const INTEGER = '#,##0';
const PERCENT = '0.0%';

const asFraction = (value: number | null) => (value === null ? null : value / 100);

export function buildReportWorkbook(report: PhaseReport): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = 'Sáng Kiến';
  book.created = new Date(report.as_of);

  const totals = book.addWorksheet('Tổng hợp', { views: [{ state: 'frozen', ySplit: 1 }] });
  totals.columns = [
    { header: 'Chỉ số', key: 'label', width: 46 },
    { header: 'Giá trị', key: 'value', width: 22 },
  ];
  const add = (label: string, value: number | string | null, numFmt?: string) => {
    const row = totals.addRow({ label, value });
    if (numFmt) row.getCell('value').numFmt = numFmt;
  };
  add('Đơn vị', `${report.unit.name} (${report.unit.code})`);
  add('Giai đoạn', `${report.phase.name} (${report.phase.code})`);
  add('Số liệu tính đến', formatDateTime(report.as_of));
  add(`Lượt nộp sáng kiến`, report.submissions, INTEGER);
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
  if (report.rank) add(`Xếp hạng trong ${report.rank.parent_code}`, `${report.rank.position}/${report.rank.of}`);
  totals.getRow(1).font = { bold: true };

  const children = book.addWorksheet('Đơn vị trực thuộc', { views: [{ state: 'frozen', ySplit: 1 }] });
  children.columns = [
    { header: 'Hạng', key: 'rank', width: 7, style: { numFmt: INTEGER } },
    { header: 'Mã đơn vị', key: 'code', width: 14 },
    { header: 'Tên đơn vị', key: 'name', width: 40 },
    { header: 'Loại đơn vị', key: 'kind', width: 20 },
    { header: 'Lượt nộp', key: 'submissions', width: 11, style: { numFmt: INTEGER } },
    { header: 'Hợp lệ', key: 'valid', width: 10, style: { numFmt: INTEGER } },
    { header: 'Đang xem xét', key: 'pending', width: 13, style: { numFmt: INTEGER } },
    { header: 'Không hợp lệ', key: 'invalid', width: 13, style: { numFmt: INTEGER } },
    { header: 'Chỉ tiêu', key: 'quota', width: 10, style: { numFmt: INTEGER } },
    { header: '% chỉ tiêu', key: 'quota_percent', width: 11, style: { numFmt: PERCENT } },
    { header: 'Số đoàn viên', key: 'members', width: 13, style: { numFmt: INTEGER } },
    { header: 'Tỷ lệ SK/ĐV', key: 'rate_percent', width: 12, style: { numFmt: PERCENT } },
  ];
  for (const child of report.children) {
    children.addRow({
      ...child,
      kind: UNIT_KIND_LABELS[child.kind],
      quota_percent: asFraction(child.quota_percent),
      rate_percent: asFraction(child.rate_percent),
    });
  }
  children.getRow(1).font = { bold: true };
  children.autoFilter = { from: 'A1', to: 'L1' };
  return book;
}

export async function writeReportWorkbook(report: PhaseReport, file: string): Promise<void> {
  await buildReportWorkbook(report).xlsx.writeFile(file);
}

export async function reportWorkbookBuffer(report: PhaseReport): Promise<Buffer> {
  return Buffer.from(await buildReportWorkbook(report).xlsx.writeBuffer());
}
