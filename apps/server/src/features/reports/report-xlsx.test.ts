import ExcelJS from 'exceljs';
import fs from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamInstant, type PhaseReport } from '@sangkien/shared';
import { actingAs } from '../../../test/auth-helpers.ts';
import { createTestApp, EXAMPLE_DATASET, EXAMPLE_EXPECTED, type TestApp } from '../../../test/helpers.ts';
import { importDataset } from '../datasets/import.service.ts';

const expected = JSON.parse(fs.readFileSync(`${EXAMPLE_EXPECTED}/TM-GD1.json`, 'utf8')) as PhaseReport;

const SHEETS = [
  'Tổng hợp',
  'Đơn vị trực thuộc',
  'Đơn vị cấp dưới',
  'Chưa đạt chỉ tiêu',
  'Sáng kiến làm lợi cao',
  'Theo ngày',
];

/** A cell's value, or a formula cell's cached result (exceljs reads a cached 0 back as no result). */
const value = (cell: ExcelJS.Cell) => {
  const v = cell.value as ExcelJS.CellValue;
  return v !== null && typeof v === 'object' && 'formula' in v ? (v.result ?? 0) : v;
};
const formulaOf = (cell: ExcelJS.Cell) => (cell.value as ExcelJS.CellFormulaValue).formula;

describe('the statistics workbook (XLSX) of the example province TM', () => {
  let t: TestApp;
  const api = actingAs(() => t, [['admin', 'TW']]);
  let book: ExcelJS.Workbook;
  let workbookXml: string;
  const sheet = (name: string) => book.getWorksheet(name)!;

  beforeAll(async () => {
    t = await createTestApp({ now: vietnamInstant(2022, 6, 3, 10)! });
    expect((await importDataset(t.database, EXAMPLE_DATASET)).ok).toBe(true);
    const response = await api({ url: '/api/v1/reports/TM/GD1?format=xlsx' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="bao-cao-TM-GD1.xlsx"');
    workbookXml = await (await JSZip.loadAsync(response.rawPayload)).file('xl/workbook.xml')!.async('string');
    book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  });
  afterAll(() => t.close());

  it('has the sheets the issue lists, each with a frozen bold header, recalculated on opening', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(SHEETS);
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    for (const name of SHEETS) {
      expect(sheet(name).views[0], name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet(name).getRow(1).font?.bold, name).toBe(true);
    }
    for (const name of SHEETS.slice(1)) expect(sheet(name).autoFilter, name).toBeTruthy();
  });

  it('puts the totals in real numbers with number and percent formats', () => {
    const rows = sheet('Tổng hợp').getSheetValues().slice(2) as unknown[][];
    const byLabel = new Map(rows.map((r) => [r[1], r[2]]));
    expect(byLabel.get('Lượt nộp sáng kiến')).toBe(28);
    expect(byLabel.get('Đạt % chỉ tiêu (lượt nộp)')).toBeCloseTo(0.7);
    expect(byLabel.get('Giá trị làm lợi (đồng/năm, sáng kiến hợp lệ)')).toBe(9_680_000_000);
    expect(byLabel.get('Xếp hạng trong Tổng Liên đoàn Lao động (mẫu)')).toBe('1/3');
  });

  it('lists the children with formulas for rates and SUM totals', () => {
    const s = sheet('Đơn vị trực thuộc');
    expect(s.getCell('C1').value).toBe('Tên đơn vị');
    expected.children.forEach((child, i) => {
      const row = s.getRow(i + 2);
      expect([row.getCell(2).value, row.getCell(5).value, row.getCell(9).value]).toEqual([
        child.code,
        child.submissions,
        child.quota,
      ]);
      expect(value(row.getCell(10))).toBeCloseTo(child.quota_percent! / 100);
    });
    expect(formulaOf(s.getCell('J2'))).toBe('IF(N(I2)>0,E2/I2,"")');
    expect(s.getCell('E2').numFmt).toBe('#,##0');
    expect(s.getCell('J2').numFmt).toBe('0.0%');
    const total = s.getRow(6);
    expect(total.getCell(3).value).toBe('Tổng cộng');
    expect(formulaOf(total.getCell(5))).toBe('SUM(E2:E5)');
    expect([5, 6, 7, 8, 9, 12].map((c) => value(total.getCell(c)))).toEqual([28, 16, 10, 2, 40, 470]);
    expect(value(total.getCell(10))).toBeCloseTo(28 / 40);
    expect(total.getCell(15).value).toBe(21);
    expect(s.autoFilter).toBe('A1:P5');
  });

  it('lists the grassroots unions under each child, with filter-following subtotals', () => {
    const s = sheet('Đơn vị cấp dưới');
    const rows = (s.getSheetValues().slice(2, 11) as unknown[][]).map((r) => [r[1], r[3], r[6]]);
    expect(rows).toEqual([
      ['LĐLĐ huyện Đông', 'TMH1C0001', 7],
      ['LĐLĐ huyện Đông', 'TMH1C0002', 5],
      ['LĐLĐ huyện Đông', 'TMH1C0003', 0],
      ['LĐLĐ huyện Tây', 'TMH2C0001', 8],
      ['LĐLĐ huyện Tây', 'TMH2C0002', 4],
      ['Công đoàn ngành Y tế', 'TMN1C0001', 4],
      ['Công đoàn ngành Y tế', 'TMN1C0002', 0],
      ['Công đoàn Khu công nghiệp Nam', 'TMK1C0001', 0],
      ['Công đoàn Khu công nghiệp Nam', 'TMK1C0002', 0],
    ]);
    expect(formulaOf(s.getCell('F11'))).toBe('SUBTOTAL(9,F2:F10)');
    expect(value(s.getCell('F11'))).toBe(28);
  });

  it('lists the children below quota, worst first, with what each still lacks', () => {
    const s = sheet('Chưa đạt chỉ tiêu');
    const rows = [2, 3, 4].map((r) => [s.getCell(`A${r}`).value, value(s.getCell(`F${r}`))]);
    expect(rows).toEqual([
      ['TMK1', 5],
      ['TMN1', 6],
      ['TMH2', 3],
    ]);
    expect(formulaOf(s.getCell('F2'))).toBe('MAX(0,D2-C2)');
  });

  it('lists the largest benefits beyond the report’s five, confidential ones masked', () => {
    const s = sheet('Sáng kiến làm lợi cao');
    const codes = (s.getSheetValues().slice(2) as unknown[][]).map((r) => r[2]);
    expect(codes).toEqual([...expected.top_initiatives.map((i) => i.code), 'SK000004']);
    const confidential = s.getRow(6);
    expect([confidential.getCell(3).value, confidential.getCell(4).value]).toEqual(['(bảo mật)', '']);
  });

  it('gives the submissions by Vietnam day with a running total towards the quota', () => {
    const s = sheet('Theo ngày');
    const last = s.rowCount;
    const days = s.getSheetValues().slice(2) as unknown[][];
    expect(days.reduce((sum, r) => sum + (r[2] as number), 0)).toBe(28);
    expect(s.getCell('A2').value).toEqual(new Date('2022-01-04T00:00:00Z'));
    expect(s.getCell('A2').numFmt).toBe('dd/mm/yyyy');
    expect(value(s.getCell(`F${last}`))).toBe(28);
    expect(formulaOf(s.getCell('F3'))).toBe('F2+B3');
    expect(s.getCell('J1').value).toBe(40);
    expect(value(s.getCell(`G${last}`))).toBeCloseTo(0.7);
  });
});
