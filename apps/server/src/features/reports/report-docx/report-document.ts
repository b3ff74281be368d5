/** The phase report as a DOCX in Vietnamese administrative style, from the same `PhaseReport` as the JSON. */
import { AlignmentType, Paragraph, type Table } from 'docx';
import { formatDate, type PhaseReport, type ReportSettingsValues } from '@sangkien/shared';
import { administrativeDate } from './document-date.ts';
import { centred, run } from './document-style.ts';
import { programmeTitle } from './prose-segments.ts';
import { documentHeader, documentTitle } from './header-block.ts';
import { documentBuffer, officialDocument } from './official-document.ts';
import { openingParagraph, reportSections } from './report-sections.ts';
import { childrenTable, topInitiativesTable } from './report-tables.ts';
import { signatureBlock } from './signature-block.ts';

export interface ReportDocumentInput {
  report: PhaseReport;
  settings: ReportSettingsValues;
  /** The date the document is issued (the place-and-date line). */
  issuedOn: Date;
}

/** "Kết quả thực hiện Giai đoạn I Chương trình “…”". */
export const reportSummary = (report: PhaseReport) =>
  `Kết quả thực hiện ${report.phase.name} ${programmeTitle(report.programme.name)}`;

/** After the signature, on a new page: the tables by child unit and of the largest benefits. */
function appendix({ report, settings, issuedOn }: ReportDocumentInput): Array<Paragraph | Table> {
  const tables: Array<Paragraph | Table> = [];
  let n = 0;
  if (report.children.length > 0) tables.push(...childrenTable(report, `Bảng ${++n}. Kết quả theo đơn vị trực thuộc`));
  if (report.top_initiatives.length > 0)
    tables.push(...topInitiativesTable(report, `Bảng ${++n}. Sáng kiến có giá trị làm lợi cao`));
  if (tables.length === 0) return [];
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      pageBreakBefore: true,
      children: [run('PHỤ LỤC', { bold: true })],
    }),
    centred([run(`SỐ LIỆU ${reportSummary(report)}`, { bold: true, upper: true })]),
    centred(
      [
        run(
          `(Kèm theo Báo cáo số …/BC-${settings.short_name} ${administrativeDate(issuedOn)} của ${settings.issuer_name}; ` +
            `số liệu tính đến ngày ${formatDate(report.as_of)})`,
          { italic: true },
        ),
      ],
      { after: 120 },
    ),
    ...tables,
  ];
}

export function buildReportDocument(input: ReportDocumentInput) {
  const { report, settings, issuedOn } = input;
  const tail = appendix(input);
  return officialDocument({ title: `Báo cáo ${reportSummary(report)}`, subject: settings.issuer_name }, [
    documentHeader(settings, 'BC', issuedOn),
    ...documentTitle('BÁO CÁO', reportSummary(report)),
    openingParagraph(report, settings.issuer_name),
    ...reportSections(report, tail.length > 0),
    ...signatureBlock(settings),
    ...tail,
  ]);
}

export const reportDocumentBuffer = (input: ReportDocumentInput) => documentBuffer(buildReportDocument(input));
