/** The report as a file (XLSX workbook or DOCX document), for the API and the CLI alike. */
import { vietnamDay } from '@sangkien/shared';
import type { Db } from '../../db/client.ts';
import { getReportSettings } from '../report-settings/report-settings.service.ts';
import { reportDocumentBuffer } from './report-docx/report-document.ts';
import { buildReportStatistics } from './report-statistics.service.ts';
import { reportWorkbookBuffer } from './report-xlsx/workbook.ts';
import { assemblePhaseReport, withReportScope, type ReportOptions } from './reports.service.ts';

export const REPORT_FILE_FORMATS = ['xlsx', 'docx'] as const;
export type ReportFileFormat = (typeof REPORT_FILE_FORMATS)[number];

export const CONTENT_TYPES: Record<ReportFileFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface RenderedFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

export async function renderReportFile(
  db: Db,
  unitCode: string,
  phaseCode: string,
  format: ReportFileFormat,
  options: ReportOptions = {},
): Promise<RenderedFile> {
  return withReportScope(db, unitCode, phaseCode, options, async (scope, tx) => {
    const suffix = options.asOf ? `-${vietnamDay(options.asOf)}` : '';
    const fileName = `bao-cao-${scope.unit.code}-${scope.phase.code}${suffix}.${format}`;
    const body =
      format === 'xlsx'
        ? await reportWorkbookBuffer(await buildReportStatistics(tx, scope))
        : await reportDocumentBuffer({
            report: await assemblePhaseReport(tx, scope),
            settings: await getReportSettings(tx, unitCode),
            issuedOn: options.now ?? new Date(),
          });
    return { fileName, contentType: CONTENT_TYPES[format], body };
  });
}
