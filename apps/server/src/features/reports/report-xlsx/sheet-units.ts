/** Sheets of units with their figures: the children, and the children's children. */
import type ExcelJS from 'exceljs';
import { UNIT_KIND_LABELS, type ReportChild } from '@sangkien/shared';
import { percent } from '../../stats/stats.rules.ts';
import type { GrandchildRow } from '../report-statistics.service.ts';
import {
  INTEGER,
  PERCENT,
  addFilter,
  addTableSheet,
  asFraction,
  formula,
  letter,
  ratioFormula,
  type ColumnSpec,
} from './cells.ts';

const FIGURE_COLUMNS: ColumnSpec[] = [
  { key: 'rank', header: 'Hạng', width: 7, numFmt: INTEGER },
  { key: 'code', header: 'Mã đơn vị', width: 14 },
  { key: 'name', header: 'Tên đơn vị', width: 40 },
  { key: 'kind', header: 'Loại đơn vị', width: 18 },
  { key: 'submissions', header: 'Lượt nộp', width: 11, numFmt: INTEGER },
  { key: 'valid', header: 'Hợp lệ', width: 10, numFmt: INTEGER },
  { key: 'pending', header: 'Đang xem xét', width: 13, numFmt: INTEGER },
  { key: 'invalid', header: 'Không hợp lệ', width: 13, numFmt: INTEGER },
  { key: 'quota', header: 'Chỉ tiêu', width: 10, numFmt: INTEGER },
  { key: 'quota_percent', header: '% chỉ tiêu', width: 11, numFmt: PERCENT },
  { key: 'valid_quota_percent', header: '% chỉ tiêu (hợp lệ)', width: 13, numFmt: PERCENT },
  { key: 'members', header: 'Số đoàn viên', width: 13, numFmt: INTEGER },
  { key: 'rate_percent', header: 'Tỷ lệ SK/ĐV', width: 12, numFmt: PERCENT },
  { key: 'grassroots_participating', header: 'CĐCS tham gia', width: 13, numFmt: INTEGER },
  { key: 'members_participating', header: 'Đoàn viên tham gia', width: 14, numFmt: INTEGER },
  { key: 'benefit_vnd_total', header: 'Giá trị làm lợi (đ/năm)', width: 20, numFmt: INTEGER },
];

/** Columns whose total is the sum of the rows; members_participating is a distinct count, not additive. */
const ADDITIVE = [
  'submissions',
  'valid',
  'pending',
  'invalid',
  'quota',
  'members',
  'grassroots_participating',
  'benefit_vnd_total',
] as const;

type Percents = Pick<ReportChild, 'quota_percent' | 'valid_quota_percent' | 'rate_percent'>;

/** The three percentages as formulas over the row's own cells, with the platform's values cached. */
function percentCells(sheet: ExcelJS.Worksheet, row: number, figures: Percents) {
  const cell = (key: string) => `${letter(sheet, key)}${row}`;
  return {
    quota_percent: ratioFormula(cell('submissions'), cell('quota'), asFraction(figures.quota_percent)),
    valid_quota_percent: ratioFormula(cell('valid'), cell('quota'), asFraction(figures.valid_quota_percent)),
    rate_percent: ratioFormula(cell('submissions'), cell('members'), asFraction(figures.rate_percent)),
  };
}

interface TotalsOptions {
  /** SUBTOTAL(9, …) follows the filter (a parent's own total); SUM adds every row. */
  fn: 'SUM' | 'SUBTOTAL';
  /** The unit's own distinct count of participating members (not a sum of the rows). */
  membersParticipating?: number;
}

function addTotalsRow(sheet: ExcelJS.Worksheet, rows: readonly ReportChild[], options: TotalsOptions): void {
  const first = 2;
  const last = rows.length + 1;
  const at = last + 1;
  const sum = (key: keyof ReportChild) => rows.reduce((s, r) => s + ((r[key] as number | null) ?? 0), 0);
  const values: Record<string, ExcelJS.CellValue> = { name: 'Tổng cộng' };
  for (const key of ADDITIVE) {
    const range = `${letter(sheet, key)}${first}:${letter(sheet, key)}${last}`;
    const text = options.fn === 'SUM' ? `SUM(${range})` : `SUBTOTAL(9,${range})`;
    values[key] = formula(text, sum(key));
  }
  Object.assign(
    values,
    percentCells(sheet, at, {
      quota_percent: percent(sum('submissions'), sum('quota')),
      valid_quota_percent: percent(sum('valid'), sum('quota')),
      rate_percent: percent(sum('submissions'), sum('members')),
    }),
  );
  if (options.membersParticipating !== undefined) values.members_participating = options.membersParticipating;
  const row = sheet.addRow(values);
  row.font = { bold: true };
  if (options.membersParticipating !== undefined) {
    row.getCell('members_participating').note =
      'Số đoàn viên khác nhau của cả đơn vị: không phải tổng cột, vì một đoàn viên có thể là tác giả ở nhiều đơn vị.';
  }
}

function addUnitRows(
  sheet: ExcelJS.Worksheet,
  rows: readonly ReportChild[],
  extra: (r: number) => object = () => ({}),
) {
  rows.forEach((child, i) => {
    const at = i + 2;
    sheet.addRow({
      ...child,
      kind: UNIT_KIND_LABELS[child.kind],
      ...percentCells(sheet, at, child),
      ...extra(i),
    });
  });
}

export function addChildrenSheet(
  book: ExcelJS.Workbook,
  children: readonly ReportChild[],
  membersParticipating: number,
) {
  const sheet = addTableSheet(book, 'Đơn vị trực thuộc', FIGURE_COLUMNS, 3);
  addUnitRows(sheet, children);
  addFilter(sheet, FIGURE_COLUMNS.length, children.length + 1);
  if (children.length > 0) addTotalsRow(sheet, children, { fn: 'SUM', membersParticipating });
  return sheet;
}

export function addGrandchildrenSheet(book: ExcelJS.Workbook, rows: readonly GrandchildRow[]) {
  const columns: ColumnSpec[] = [{ key: 'parent_name', header: 'Thuộc đơn vị', width: 32 }, ...FIGURE_COLUMNS];
  const sheet = addTableSheet(book, 'Đơn vị cấp dưới', columns, 4);
  addUnitRows(sheet, rows, (i) => ({ parent_name: rows[i]!.parent_name }));
  addFilter(sheet, columns.length, rows.length + 1);
  if (rows.length > 0) addTotalsRow(sheet, rows, { fn: 'SUBTOTAL' });
  return sheet;
}
