/** Bordered tables of figures: a bold header repeated on every page, numbers right-aligned. */
import { AlignmentType, Paragraph, Table, TableCell, TableRow, VerticalAlign, WidthType } from 'docx';
import { SIZE, TEXT_WIDTH, run } from './document-style.ts';

export interface TableColumn {
  header: string;
  /** Share of the text width. */
  share: number;
  numeric?: boolean;
}

const CELL_MARGIN = { top: 30, bottom: 30, left: 60, right: 60 };

function cell(text: string, width: number, align: (typeof AlignmentType)[keyof typeof AlignmentType], bold: boolean) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: CELL_MARGIN,
    children: [
      new Paragraph({ alignment: align, spacing: { after: 0 }, children: [run(text, { bold, size: SIZE.small })] }),
    ],
  });
}

/** `rows` are the formatted cell texts; `totals` (bold) closes the table when given. */
export function dataTable(columns: readonly TableColumn[], rows: readonly string[][], totals?: string[]): Table {
  const widths = columns.map((c) => Math.round(TEXT_WIDTH * c.share));
  const line = (texts: readonly string[], bold: boolean) =>
    texts.map((text, i) =>
      cell(text, widths[i]!, columns[i]!.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT, bold),
    );
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c, i) => cell(c.header, widths[i]!, AlignmentType.CENTER, true)),
      }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: line(r, false) })),
      ...(totals ? [new TableRow({ cantSplit: true, children: line(totals, true) })] : []),
    ],
  });
}

/** A table's caption: "Bảng 1. Kết quả theo đơn vị trực thuộc". */
export const tableCaption = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 240, after: 120 },
    children: [run(text, { bold: true, size: SIZE.body })],
  });
