/** Commendation lists as a workbook: one sheet a list, real numbers, frozen headers, filters. */
import ExcelJS from 'exceljs';
import {
  BENEFIT_PERIOD_LABELS,
  formatDate,
  formatDateTime,
  type CommendationList,
  type Commendations,
} from '@sangkien/shared';
import { INTEGER, addFilter, addTableSheet, type ColumnSpec } from '../reports/report-xlsx/cells.ts';

const SHEET_NAMES: Record<CommendationList['criterion'], string> = {
  grassroots_most_valid: 'CĐCS nhiều SK hợp lệ',
  first_to_quota: 'Sớm đạt chỉ tiêu',
  members_most_valid: 'Đoàn viên nhiều SK hợp lệ',
  top_benefit: 'SK làm lợi cao',
  awarded_collectives: 'Tập thể được khen',
  awarded_individuals: 'Cá nhân được khen',
};

const rank: ColumnSpec = { key: 'rank', header: 'TT', width: 6, numFmt: INTEGER };

function sheetRows(list: CommendationList): { columns: ColumnSpec[]; rows: object[] } {
  switch (list.criterion) {
    case 'grassroots_most_valid':
      return {
        columns: [
          rank,
          { key: 'code', header: 'Mã đơn vị', width: 14 },
          { key: 'name', header: 'Công đoàn cơ sở', width: 40 },
          { key: 'parent_name', header: 'Thuộc', width: 32 },
          { key: 'valid', header: 'Sáng kiến hợp lệ', width: 15, numFmt: INTEGER },
          { key: 'submissions', header: 'Lượt nộp', width: 11, numFmt: INTEGER },
        ],
        rows: list.items,
      };
    case 'first_to_quota':
      return {
        columns: [
          rank,
          { key: 'code', header: 'Mã đơn vị', width: 14 },
          { key: 'name', header: 'Đơn vị', width: 40 },
          { key: 'quota', header: 'Chỉ tiêu', width: 10, numFmt: INTEGER },
          { key: 'reached', header: 'Thời điểm đạt chỉ tiêu', width: 20 },
        ],
        rows: list.items.map((r) => ({ ...r, reached: formatDateTime(r.reached_at) })),
      };
    case 'members_most_valid':
      return {
        columns: [
          rank,
          { key: 'member_code', header: 'Mã đoàn viên', width: 14 },
          { key: 'full_name', header: 'Họ và tên', width: 28 },
          { key: 'job_title', header: 'Chức vụ', width: 20 },
          { key: 'unit_name', header: 'Đơn vị', width: 32 },
          { key: 'valid', header: 'Sáng kiến hợp lệ', width: 15, numFmt: INTEGER },
          { key: 'submissions', header: 'Lượt nộp', width: 11, numFmt: INTEGER },
        ],
        rows: list.items,
      };
    case 'top_benefit':
      return {
        columns: [
          rank,
          { key: 'code', header: 'Mã sáng kiến', width: 14 },
          { key: 'title', header: 'Tên sáng kiến', width: 46 },
          { key: 'authors', header: 'Tác giả', width: 28 },
          { key: 'unit_name', header: 'Đơn vị', width: 32 },
          { key: 'benefit_vnd', header: 'Giá trị làm lợi (đ)', width: 20, numFmt: INTEGER },
          { key: 'period', header: 'Kỳ tính', width: 10 },
          { key: 'benefit_vnd_year', header: 'Quy ra năm (đ/năm)', width: 20, numFmt: INTEGER },
        ],
        rows: list.items.map((r) => ({
          ...r,
          authors: r.authors.join('; '),
          period: BENEFIT_PERIOD_LABELS[r.benefit_period],
        })),
      };
    case 'awarded_collectives':
    case 'awarded_individuals':
      return {
        columns: [
          rank,
          { key: 'recipient', header: 'Tập thể, cá nhân', width: 32 },
          { key: 'unit_name', header: 'Đơn vị', width: 32 },
          { key: 'initiative_title', header: 'Sáng kiến', width: 40 },
          { key: 'kind_label', header: 'Hình thức', width: 12 },
          { key: 'granted_by', header: 'Cấp khen', width: 30 },
          { key: 'decision_number', header: 'Số quyết định', width: 16 },
          { key: 'decided', header: 'Ngày quyết định', width: 14 },
        ],
        rows: list.items.map((r) => ({ ...r, decided: formatDate(r.decided_on) })),
      };
  }
}

export function buildCommendationsWorkbook(commendations: Commendations): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = 'Sáng Kiến';
  book.created = new Date(commendations.as_of);
  for (const list of commendations.lists) {
    const { columns, rows } = sheetRows(list);
    const sheet = addTableSheet(book, SHEET_NAMES[list.criterion], columns, 1);
    for (const row of rows) sheet.addRow(row);
    addFilter(sheet, columns.length, rows.length + 1);
  }
  return book;
}

export async function commendationsWorkbookBuffer(commendations: Commendations): Promise<Buffer> {
  return Buffer.from(await buildCommendationsWorkbook(commendations).xlsx.writeBuffer());
}
