/** Formats and small helpers shared by the workbook's sheets. */
import type ExcelJS from 'exceljs';

/** Excel shows the separators of the reader's locale: 21.725 and 724,2% in Vietnamese Excel. */
export const INTEGER = '#,##0';
export const PERCENT = '0.0%';
export const DATE = 'dd/mm/yyyy';

/** Percent figures are stored as fractions so Excel's % format shows them. */
export const asFraction = (value: number | null) => (value === null ? null : value / 100);

/** A formula with its computed value, so viewers that do not recalculate still show it. */
export const formula = (text: string, result: number | string | null): ExcelJS.CellFormulaValue => ({
  formula: text,
  result: result ?? '',
});

/** `IF(den>0, num/den, "")`: a percentage that stays blank where it is undefined. */
export const ratioFormula = (num: string, den: string, result: number | null) =>
  formula(`IF(N(${den})>0,${num}/${den},"")`, result);

export interface ColumnSpec {
  key: string;
  header: string;
  width: number;
  numFmt?: string;
}

/** A sheet with a bold frozen header row (and frozen leading columns), columns and formats. */
export function addTableSheet(
  book: ExcelJS.Workbook,
  name: string,
  columns: readonly ColumnSpec[],
  frozenColumns = 0,
): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: frozenColumns }] });
  sheet.columns = columns.map((c) => ({
    key: c.key,
    header: c.header,
    width: c.width,
    ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  return sheet;
}

/** Filters on the header row over the data rows (a totals row below stays out of it). */
export function addFilter(sheet: ExcelJS.Worksheet, columns: number, lastDataRow: number): void {
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(lastDataRow, 1), column: columns } };
}

export const letter = (sheet: ExcelJS.Worksheet, key: string) => sheet.getColumn(key).letter;
