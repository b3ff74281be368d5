/** The statistics workbook of a phase report: real numbers, formats, frozen headers, filters, formulas. */
import ExcelJS from 'exceljs';
import type { ReportStatistics } from '../report-statistics.service.ts';
import { addDailySheet } from './sheet-daily.ts';
import { addBelowQuotaSheet, addTopInitiativesSheet } from './sheet-initiatives.ts';
import { addTotalsSheet } from './sheet-totals.ts';
import { addChildrenSheet, addGrandchildrenSheet } from './sheet-units.ts';

export function buildReportWorkbook(data: ReportStatistics): ExcelJS.Workbook {
  const { report } = data;
  const book = new ExcelJS.Workbook();
  book.creator = 'Sáng Kiến';
  book.created = new Date(report.as_of);
  // Excel recomputes the formulas on opening, so edited figures flow into the totals.
  book.calcProperties.fullCalcOnLoad = true;
  addTotalsSheet(book, report);
  addChildrenSheet(book, report.children, report.members_participating);
  addGrandchildrenSheet(book, data.grandchildren);
  const byCode = new Map(report.children.map((c) => [c.code, c]));
  addBelowQuotaSheet(
    book,
    report.below_quota.map((code) => byCode.get(code)!),
  );
  addTopInitiativesSheet(book, data.top_initiatives);
  addDailySheet(book, data.daily, report.quota);
  return book;
}

export async function reportWorkbookBuffer(data: ReportStatistics): Promise<Buffer> {
  return Buffer.from(await buildReportWorkbook(data).xlsx.writeBuffer());
}
