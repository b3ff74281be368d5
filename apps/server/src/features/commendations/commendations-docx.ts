/** "DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG" as an administrative document, with the report's head and signature. */
import type { Paragraph, Table } from 'docx';
import {
  COMMENDATION_GROUPS,
  formatDate,
  formatDateTime,
  formatNumber,
  type CommendationList,
  type Commendations,
  type ReportSettingsValues,
} from '@sangkien/shared';
import { dataTable, type TableColumn } from '../reports/report-docx/data-table.ts';
import { bodyParagraph, heading } from '../reports/report-docx/document-style.ts';
import { documentHeader, documentTitle } from '../reports/report-docx/header-block.ts';
import { documentBuffer, officialDocument } from '../reports/report-docx/official-document.ts';
import { benefitText, joinList, plain, programmeTitle } from '../reports/report-docx/prose-segments.ts';
import { signatureBlock } from '../reports/report-docx/signature-block.ts';

export interface CommendationsDocumentInput {
  commendations: Commendations;
  settings: ReportSettingsValues;
  issuedOn: Date;
}

const columns = (...specs: Array<[string, number, boolean?]>): TableColumn[] =>
  specs.map(([header, share, numeric]) => ({ header, share, numeric: numeric ?? false }));

/** Each list as a table; confidential initiatives keep their masked title and name no author. */
function listTable(list: CommendationList): Table {
  switch (list.criterion) {
    case 'grassroots_most_valid':
      return dataTable(
        columns(
          ['TT', 0.07, true],
          ['Công đoàn cơ sở', 0.4],
          ['Thuộc', 0.29],
          ['Sáng kiến hợp lệ', 0.12, true],
          ['Lượt nộp', 0.12, true],
        ),
        list.items.map((r) => [
          String(r.rank),
          r.name,
          r.parent_name ?? '',
          formatNumber(r.valid),
          formatNumber(r.submissions),
        ]),
      );
    case 'first_to_quota':
      return dataTable(
        columns(['TT', 0.07, true], ['Đơn vị', 0.45], ['Chỉ tiêu', 0.15, true], ['Thời điểm đạt chỉ tiêu', 0.33]),
        list.items.map((r) => [String(r.rank), r.name, formatNumber(r.quota), formatDateTime(r.reached_at)]),
      );
    case 'members_most_valid':
      return dataTable(
        columns(
          ['TT', 0.07, true],
          ['Họ và tên', 0.25],
          ['Chức vụ', 0.18],
          ['Đơn vị', 0.26],
          ['Sáng kiến hợp lệ', 0.12, true],
          ['Lượt nộp', 0.12, true],
        ),
        list.items.map((r) => [
          String(r.rank),
          r.full_name,
          r.job_title ?? '',
          r.unit_name,
          formatNumber(r.valid),
          formatNumber(r.submissions),
        ]),
      );
    case 'top_benefit':
      return dataTable(
        columns(
          ['TT', 0.07, true],
          ['Tác giả', 0.22],
          ['Tên sáng kiến', 0.3],
          ['Đơn vị', 0.22],
          ['Giá trị làm lợi', 0.19, true],
        ),
        list.items.map((r) => [String(r.rank), joinList(r.authors), r.title, r.unit_name, benefitText(r)]),
      );
    case 'awarded_collectives':
    case 'awarded_individuals':
      return dataTable(
        columns(['TT', 0.07, true], ['Tập thể, cá nhân', 0.3], ['Sáng kiến', 0.25], ['Khen thưởng', 0.38]),
        list.items.map((r) => [
          String(r.rank),
          `${r.recipient}${r.recipient && r.unit_name !== r.recipient ? ` (${r.unit_name})` : r.recipient ? '' : r.unit_name}`,
          r.initiative_title ?? '',
          `${r.kind_label} của ${r.granted_by}, quyết định số ${r.decision_number} ngày ${formatDate(r.decided_on)}`,
        ]),
      );
  }
}

const ROMAN = ['I', 'II'];

/** "I. TẬP THỂ" then "II. CÁ NHÂN", each list under its own numbered heading. */
function lists(commendations: Commendations): Array<Paragraph | Table> {
  const groups = (
    [
      ['TẬP THỂ', 'collective'],
      ['CÁ NHÂN', 'individual'],
    ] as const
  )
    .map(
      ([title, group]) =>
        [title, commendations.lists.filter((l) => COMMENDATION_GROUPS[l.criterion] === group)] as const,
    )
    .filter(([, group]) => group.length > 0);
  return groups.flatMap(([title, group], g) => [
    heading(`${ROMAN[g]}. ${title}`),
    ...group.flatMap((list, i) => [
      heading(`${i + 1}. ${list.title}`),
      list.items.length > 0
        ? listTable(list)
        : bodyParagraph([plain('(Chưa có đơn vị, cá nhân nào đạt tiêu chí này.)')]),
    ]),
  ]);
}

export function buildCommendationsDocument({ commendations, settings, issuedOn }: CommendationsDocumentInput) {
  const programme = programmeTitle(commendations.programme.name);
  const summary = `Tập thể, cá nhân có thành tích tiêu biểu trong ${commendations.phase.name} ${programme}`;
  return officialDocument({ title: `Danh sách đề nghị biểu dương: ${summary}`, subject: settings.issuer_name }, [
    documentHeader(settings, 'DS', issuedOn),
    ...documentTitle('DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG', summary),
    bodyParagraph([
      plain(
        `Căn cứ kết quả thực hiện ${commendations.phase.name} ${programme} ghi nhận trên hệ thống tính đến ngày ` +
          `${formatDate(commendations.as_of)}, ${settings.issuer_name} đề nghị biểu dương các tập thể, cá nhân sau:`,
      ),
    ]),
    ...lists(commendations),
    ...signatureBlock(settings),
  ]);
}

export const commendationsDocumentBuffer = (input: CommendationsDocumentInput) =>
  documentBuffer(buildCommendationsDocument(input));
