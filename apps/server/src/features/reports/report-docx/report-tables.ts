/** The report's tables: results by child unit, and the initiatives with the largest benefit. */
import { formatNumber, formatPercent, type PhaseReport } from '@sangkien/shared';
import { dataTable, tableCaption, type TableColumn } from './data-table.ts';
import { benefitText, joinList } from './prose-segments.ts';

const CHILD_COLUMNS: TableColumn[] = [
  { header: 'Hạng', share: 0.075, numeric: true },
  { header: 'Đơn vị', share: 0.225 },
  { header: 'Lượt nộp', share: 0.085, numeric: true },
  { header: 'Hợp lệ', share: 0.08, numeric: true },
  { header: 'Đang xem xét', share: 0.085, numeric: true },
  { header: 'Không hợp lệ', share: 0.09, numeric: true },
  { header: 'Chỉ tiêu', share: 0.08, numeric: true },
  { header: '% chỉ tiêu', share: 0.09, numeric: true },
  { header: 'Số đoàn viên', share: 0.09, numeric: true },
  { header: 'Tỷ lệ SK/ ĐV', share: 0.1, numeric: true },
];

const optional = (value: number | null) => (value === null ? '—' : formatNumber(value));

export function childrenTable(report: PhaseReport, caption: string) {
  const rows = report.children.map((c) => [
    String(c.rank),
    c.name,
    formatNumber(c.submissions),
    formatNumber(c.valid),
    formatNumber(c.pending),
    formatNumber(c.invalid),
    optional(c.quota),
    formatPercent(c.quota_percent),
    formatNumber(c.members),
    formatPercent(c.rate_percent),
  ]);
  const totals = [
    '',
    'Tổng cộng',
    formatNumber(report.submissions),
    formatNumber(report.valid),
    formatNumber(report.pending),
    formatNumber(report.invalid),
    optional(report.quota),
    formatPercent(report.quota_percent),
    formatNumber(report.members),
    formatPercent(report.rate_percent),
  ];
  return [tableCaption(caption), dataTable(CHILD_COLUMNS, rows, totals)];
}

const TOP_COLUMNS: TableColumn[] = [
  { header: 'TT', share: 0.06, numeric: true },
  { header: 'Tên sáng kiến', share: 0.32 },
  { header: 'Tác giả', share: 0.2 },
  { header: 'Đơn vị', share: 0.2 },
  { header: 'Giá trị làm lợi', share: 0.22, numeric: true },
];

/** Confidential initiatives keep their masked title and show no authors. */
export function topInitiativesTable(report: PhaseReport, caption: string) {
  const rows = report.top_initiatives.map((t, i) => [
    String(i + 1),
    t.title,
    joinList(t.authors),
    t.unit_name,
    benefitText(t),
  ]);
  return [tableCaption(caption), dataTable(TOP_COLUMNS, rows)];
}
