/**
 * The body of the phase report in the order of the federations' own reports. Figures are
 * written out; what needs judgement (directives, causes, directions) is a marked placeholder.
 */
import type { Paragraph, Table } from 'docx';
import { formatDate, type PhaseReport } from '@sangkien/shared';
import { lastDayOf } from './document-date.ts';
import { bodyParagraph, heading, placeholder } from './document-style.ts';
import { gap, plain, programmeTitle } from './prose-segments.ts';
import {
  headlineParagraph,
  leadingUnitsParagraph,
  participationParagraph,
  shortcomingBullets,
  topInitiativesParagraph,
} from './report-prose.ts';

const programmeName = (report: PhaseReport) => programmeTitle(report.programme.name);

export function openingParagraph(report: PhaseReport, issuerName: string): Paragraph {
  const window = `từ ngày ${formatDate(report.phase.starts_at)} đến ngày ${lastDayOf(new Date(report.phase.ends_at))}`;
  return bodyParagraph([
    plain(`Thực hiện ${programmeName(report)} `),
    gap('số, ngày, cơ quan ban hành các văn bản chỉ đạo, hướng dẫn'),
    plain(
      `; ${issuerName} báo cáo kết quả thực hiện ${report.phase.name} ${programmeName(report)} (${window}) như sau:`,
    ),
  ]);
}

function resultsParagraphs(report: PhaseReport, hasAppendix: boolean): Paragraph[] {
  const optional = [leadingUnitsParagraph(report), topInitiativesParagraph(report)].flatMap((p) => (p ? [p] : []));
  return [
    bodyParagraph(headlineParagraph(report)),
    bodyParagraph(participationParagraph(report)),
    ...optional.map(bodyParagraph),
    ...(hasAppendix ? [bodyParagraph([plain('(Chi tiết theo đơn vị tại Phụ lục kèm theo.)')])] : []),
    placeholder('đánh giá chung về kết quả đạt được'),
  ];
}

export function reportSections(report: PhaseReport, hasAppendix: boolean): Array<Paragraph | Table> {
  return [
    heading('I. KẾT QUẢ ĐẠT ĐƯỢC'),
    heading('1. Công tác chỉ đạo, hướng dẫn triển khai thực hiện Chương trình'),
    placeholder('văn bản chỉ đạo, hướng dẫn; hội nghị triển khai; phân bổ chỉ tiêu; Ban chỉ đạo, tổ hỗ trợ sáng kiến'),
    heading('2. Công tác tuyên truyền'),
    placeholder('hình thức, kênh tuyên truyền và kết quả'),
    heading('3. Mô hình mới, cách làm sáng tạo trong tổ chức triển khai'),
    placeholder('mô hình, cách làm hiệu quả của đơn vị và cơ sở'),
    heading('4. Kết quả thực hiện'),
    ...resultsParagraphs(report, hasAppendix),
    heading('II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN'),
    heading('1. Tồn tại, hạn chế'),
    ...shortcomingBullets(report).map(bodyParagraph),
    placeholder('các tồn tại, hạn chế khác'),
    heading('2. Nguyên nhân'),
    placeholder('nguyên nhân của các tồn tại, hạn chế'),
    heading('III. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN TIẾP THEO'),
    placeholder('phương hướng, nhiệm vụ và giải pháp cho từng cấp công đoàn'),
    heading('IV. ĐỀ XUẤT, KIẾN NGHỊ'),
    placeholder('đề xuất, kiến nghị với cấp trên (nếu có)'),
  ];
}
