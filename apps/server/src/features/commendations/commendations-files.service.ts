/** Commendation lists as a file (XLSX or DOCX), for the API and the CLI alike. */
import { getReportSettings } from '../report-settings/report-settings.service.ts';
import { CONTENT_TYPES, type RenderedFile, type ReportFileFormat } from '../reports/report-files.service.ts';
import type { DbOrTx } from '../../db/client.ts';
import { commendationsDocumentBuffer } from './commendations-docx.ts';
import { commendationsWorkbookBuffer } from './commendations-xlsx.ts';
import { buildCommendations, type CommendationsRequest } from './commendations.service.ts';

export async function renderCommendationsFile(
  db: DbOrTx,
  request: CommendationsRequest,
  format: ReportFileFormat,
): Promise<RenderedFile> {
  const commendations = await buildCommendations(db, request);
  const body =
    format === 'xlsx'
      ? await commendationsWorkbookBuffer(commendations)
      : await commendationsDocumentBuffer({
          commendations,
          settings: await getReportSettings(db, request.unitCode),
          issuedOn: request.now,
        });
  const fileName = `bieu-duong-${commendations.unit.code}-${commendations.phase.code}.${format}`;
  return { fileName, contentType: CONTENT_TYPES[format], body };
}
