/**
 * The minutes of a council meeting (biên bản họp xét sáng kiến) and the recognition certificate
 * (giấy chứng nhận sáng kiến) as DOCX, in the administrative layout the reports use.
 */
import type { Paragraph, Table } from 'docx';
import { formatDecimal, formatNumber, type ReportSettingsValues } from '@sangkien/shared';
import { administrativeDate } from '../reports/report-docx/document-date.ts';
import { documentHeader, documentTitle } from '../reports/report-docx/header-block.ts';
import { dataTable } from '../reports/report-docx/data-table.ts';
import { bodyParagraph, centred, heading, run } from '../reports/report-docx/document-style.ts';
import { documentBuffer, officialDocument } from '../reports/report-docx/official-document.ts';
import { signatureBlock } from '../reports/report-docx/signature-block.ts';
import { maxTotal, POSITION_LABELS, votesNeeded, type CouncilPosition, type Criterion } from './councils.rules.ts';

export interface SheetLine {
  name: string;
  position: CouncilPosition;
  points: Record<string, number>;
  total: number;
  recognise: boolean;
}

export interface MinutesData {
  settings: ReportSettingsValues;
  councilName: string;
  unitName: string;
  heldOn: Date;
  members: Array<{ name: string; position: CouncilPosition; recused: boolean }>;
  criteria: readonly Criterion[];
  initiative: { code: string; title: string; authors: string[]; unitName: string };
  sheets: SheetLine[];
  eligible: number;
  votes: number;
  average: number | null;
  recognised: boolean;
  decisionNumber: string | null;
}

const text = (value: string) => bodyParagraph([{ text: value }]);

/** Chair and secretary sign the minutes (names filled in, room for signatures). */
function minutesSignatures(members: MinutesData['members'], settings: ReportSettingsValues) {
  const who = (position: CouncilPosition) => members.find((m) => m.position === position)?.name ?? '';
  return signatureBlock({
    ...settings,
    recipients: ['Các thành viên Hội đồng', 'Tác giả sáng kiến', 'Lưu: VT'],
    signer_capacity: 'CHỦ TỊCH HỘI ĐỒNG',
    signer_title: `Thư ký: ${who('secretary')}`,
    signer_name: who('chair'),
  });
}

export function minutesDocument(data: MinutesData) {
  const max = maxTotal(data.criteria);
  const scoreTable = dataTable(
    [
      { header: 'TT', share: 0.06, numeric: true },
      { header: 'Thành viên', share: 0.3 },
      ...data.criteria.map((c) => ({
        header: `${c.label} (${c.max_points})`,
        share: 0.4 / data.criteria.length,
        numeric: true,
      })),
      { header: `Tổng (${max})`, share: 0.11, numeric: true },
      { header: 'Đề nghị công nhận', share: 0.13 },
    ],
    data.sheets.map((s, i) => [
      String(i + 1),
      `${s.name} (${POSITION_LABELS[s.position]})`,
      ...data.criteria.map((c) => formatNumber(s.points[c.key] ?? 0)),
      formatNumber(s.total),
      s.recognise ? 'Đồng ý' : 'Không',
    ]),
  );
  const present = data.members.filter((m) => !m.recused);
  const recused = data.members.filter((m) => m.recused);
  const children: Array<Paragraph | Table> = [
    documentHeader(data.settings, 'BB', data.heldOn),
    ...documentTitle('BIÊN BẢN', `Họp xét công nhận sáng kiến — ${data.councilName}`),
    text(`Thời gian: ${administrativeDate(data.heldOn)}. Đơn vị: ${data.unitName}.`),
    heading('I. THÀNH PHẦN HỘI ĐỒNG'),
    ...present.map((m) => text(`- ${m.name}, ${POSITION_LABELS[m.position]}.`)),
    ...recused.map((m) => text(`- ${m.name}, ${POSITION_LABELS[m.position]} (là tác giả, không tham gia chấm).`)),
    heading('II. SÁNG KIẾN ĐƯỢC XÉT'),
    text(`Sáng kiến "${data.initiative.title}" (mã ${data.initiative.code}), đơn vị ${data.initiative.unitName}.`),
    text(`Tác giả: ${data.initiative.authors.join(', ')}.`),
    heading('III. KẾT QUẢ CHẤM ĐIỂM'),
    scoreTable,
    text(
      `Số thành viên chấm: ${formatNumber(data.sheets.length)}/${formatNumber(data.eligible)}; điểm trung bình: ` +
        `${data.average === null ? '—' : formatDecimal(data.average)}/${formatNumber(max)}.`,
    ),
    text(
      `Số thành viên đề nghị công nhận: ${formatNumber(data.votes)}/${formatNumber(data.eligible)} ` +
        `(cần ít nhất ${formatNumber(votesNeeded(data.eligible))}, tức 2/3 số thành viên).`,
    ),
    heading('IV. KẾT LUẬN'),
    text(
      data.recognised
        ? `Hội đồng công nhận "${data.initiative.title}" là sáng kiến${data.decisionNumber ? ` (quyết định số ${data.decisionNumber})` : ''}.`
        : `Sáng kiến "${data.initiative.title}" chưa đủ 2/3 số thành viên Hội đồng đề nghị công nhận.`,
    ),
    ...minutesSignatures(data.members, data.settings),
  ];
  return documentBuffer(
    officialDocument({ title: 'Biên bản họp xét sáng kiến', subject: data.initiative.title }, children),
  );
}

export interface CertificateData {
  settings: ReportSettingsValues;
  issuedOn: Date;
  councilName: string;
  initiative: { code: string; title: string; unitName: string; fieldName: string | null };
  authors: Array<{ name: string; jobTitle: string | null }>;
  average: number | null;
  maxTotal: number;
  decisionNumber: string | null;
}

export function certificateDocument(data: CertificateData) {
  const children: Array<Paragraph | Table> = [
    documentHeader(data.settings, 'GCN', data.issuedOn),
    centred([run('GIẤY CHỨNG NHẬN SÁNG KIẾN', { bold: true, size: 36 })], { before: 480, after: 240 }),
    centred([run(`${data.settings.issuer_name}`, { bold: true, upper: true })], { after: 240 }),
    text(
      `Căn cứ kết quả họp xét của ${data.councilName}${data.decisionNumber ? `, quyết định số ${data.decisionNumber}` : ''},`,
    ),
    centred([run('CHỨNG NHẬN', { bold: true })], { before: 240, after: 240 }),
    text(`Sáng kiến: "${data.initiative.title}" (mã ${data.initiative.code}).`),
    ...(data.initiative.fieldName ? [text(`Lĩnh vực: ${data.initiative.fieldName}.`)] : []),
    text(
      `Tác giả: ${data.authors.map((a) => (a.jobTitle ? `${a.name} (${a.jobTitle})` : a.name)).join(', ')}; ` +
        `đơn vị: ${data.initiative.unitName}.`,
    ),
    ...(data.average === null
      ? []
      : [text(`Điểm đánh giá của Hội đồng: ${formatDecimal(data.average)}/${formatNumber(data.maxTotal)}.`)]),
    text('Được công nhận là sáng kiến theo Điều lệ Sáng kiến (Nghị định 13/2012/NĐ-CP).'),
    ...signatureBlock(data.settings),
  ];
  return documentBuffer(
    officialDocument({ title: 'Giấy chứng nhận sáng kiến', subject: data.initiative.title }, children),
  );
}
