/**
 * The official request for recognition of an initiative (đơn yêu cầu công nhận sáng kiến,
 * Thông tư 18/2013/TT-BKHCN, Phụ lục I) as a Word document, filled from the initiative; what
 * the initiative lacks is left as dotted lines for the author to write by hand.
 */
import { AlignmentType, Paragraph } from 'docx';
import { BENEFIT_PERIOD_LABELS, formatDate, formatMoney, type InitiativeDetail } from '@sangkien/shared';
import { dataTable } from '../reports/report-docx/data-table.ts';
import { administrativeDate } from '../reports/report-docx/document-date.ts';
import { bodyParagraph, centred, heading, run, SIZE } from '../reports/report-docx/document-style.ts';
import { documentBuffer, officialDocument } from '../reports/report-docx/official-document.ts';

const DOTS = '……………………………………………………………………';
const or = (text: string | null | undefined) => (text && text.trim() !== '' ? text : DOTS);
const date = (iso: string | null) => (iso ? formatDate(`${iso}T00:00:00+07:00`) : DOTS);

const item = (label: string, value: string | null | undefined) =>
  bodyParagraph([{ text: `- ${label}: `, bold: true }, { text: or(value) }]);

function benefitText(d: InitiativeDetail): string | null {
  const value =
    d.benefit_vnd === null
      ? ''
      : ` Giá trị làm lợi: ${formatMoney(d.benefit_vnd)} đồng (${BENEFIT_PERIOD_LABELS[d.benefit_period].toLowerCase()}).`;
  return d.benefit || value ? `${d.benefit ?? ''}${value}`.trim() : null;
}

export async function renderRequestForm(d: InitiativeDetail, council: string, issuedOn: Date): Promise<Buffer> {
  const authors = dataTable(
    [
      { header: 'Số TT', share: 0.07, numeric: true },
      { header: 'Họ và tên', share: 0.2 },
      { header: 'Ngày tháng năm sinh', share: 0.13 },
      { header: 'Nơi công tác (hoặc nơi thường trú)', share: 0.2 },
      { header: 'Chức danh', share: 0.13 },
      { header: 'Trình độ chuyên môn', share: 0.14 },
      { header: 'Tỷ lệ (%) đóng góp vào việc tạo ra sáng kiến', share: 0.13, numeric: true },
    ],
    d.authors.map((a, i) => [
      String(i + 1),
      a.full_name,
      a.date_of_birth ? date(a.date_of_birth) : '',
      a.workplace ?? d.unit.name,
      a.job_title ?? '',
      a.qualification ?? '',
      a.contribution_percent === null ? '' : String(a.contribution_percent).replace('.', ','),
    ]),
  );
  const appliers = d.first_appliers?.length
    ? [
        dataTable(
          [
            { header: 'Số TT', share: 0.07, numeric: true },
            { header: 'Họ và tên', share: 0.2 },
            { header: 'Ngày tháng năm sinh', share: 0.13 },
            { header: 'Nơi công tác', share: 0.2 },
            { header: 'Chức danh', share: 0.13 },
            { header: 'Trình độ chuyên môn', share: 0.12 },
            { header: 'Nội dung công việc hỗ trợ', share: 0.15 },
          ],
          d.first_appliers.map((a, i) => [
            String(i + 1),
            a.full_name,
            a.date_of_birth ? date(a.date_of_birth) : '',
            a.workplace ?? '',
            a.job_title ?? '',
            a.qualification ?? '',
            a.contribution ?? '',
          ]),
        ),
      ]
    : [bodyParagraph([{ text: DOTS }])];
  const description = [d.problem && `Hiện trạng: ${d.problem}`, d.solution && `Giải pháp: ${d.solution}`]
    .filter(Boolean)
    .join('\n');
  const children = [
    centred([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: SIZE.header })]),
    centred([run('Độc lập - Tự do - Hạnh phúc', { bold: true })], { after: 360 }),
    centred([run('ĐƠN YÊU CẦU CÔNG NHẬN SÁNG KIẾN', { bold: true })], { after: 240 }),
    centred([run(`Kính gửi: ${council}`)], { after: 240 }),
    bodyParagraph([{ text: 'Tôi (chúng tôi) ghi tên dưới đây:' }]),
    authors,
    bodyParagraph([
      { text: 'Là tác giả (nhóm tác giả) đề nghị xét công nhận sáng kiến: ' },
      { text: d.title || DOTS, bold: true },
    ]),
    item('Chủ đầu tư tạo ra sáng kiến', d.investor),
    item('Lĩnh vực áp dụng sáng kiến', d.application_field ?? d.field?.name),
    item('Ngày sáng kiến được áp dụng lần đầu hoặc áp dụng thử', d.first_applied_on ? date(d.first_applied_on) : null),
    item('Mô tả bản chất của sáng kiến', description),
    item('Những thông tin cần được bảo mật (nếu có)', d.confidential_info),
    item('Những điều kiện cần thiết để áp dụng sáng kiến', d.application_conditions),
    item(
      'Đánh giá lợi ích thu được hoặc dự kiến có thể thu được do áp dụng sáng kiến theo ý kiến của tác giả',
      benefitText(d),
    ),
    item(
      'Đánh giá lợi ích thu được hoặc dự kiến có thể thu được do áp dụng sáng kiến theo ý kiến của tổ chức, cá nhân đã tham gia áp dụng sáng kiến lần đầu, kể cả áp dụng thử (nếu có)',
      d.benefit_by_appliers,
    ),
    heading('Danh sách những người đã tham gia áp dụng thử hoặc áp dụng sáng kiến lần đầu (nếu có):'),
    ...appliers,
    bodyParagraph([
      {
        text: 'Tôi (chúng tôi) xin cam đoan mọi thông tin nêu trong đơn là trung thực, đúng sự thật và hoàn toàn chịu trách nhiệm trước pháp luật.',
      },
    ]),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: 240, after: 0 },
      children: [run(`……………, ${administrativeDate(issuedOn)}`, { italic: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { after: 0 },
      children: [run('Người nộp đơn', { bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { after: 1200 },
      children: [run('(Ký và ghi rõ họ tên)', { italic: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [run(d.authors.map((a) => a.full_name).join(', '), { bold: true })],
    }),
  ];
  return documentBuffer(
    officialDocument({ title: `Đơn yêu cầu công nhận sáng kiến ${d.code}`, subject: d.title }, children),
  );
}
