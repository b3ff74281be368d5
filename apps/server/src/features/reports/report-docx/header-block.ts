/**
 * The head of an administrative document: a borderless two-column table with the superior body
 * and the issuer (bold) on the left, the national title and motto on the right, then the
 * document number and the italic place-and-date line; and the centred title with its summary.
 */
import type { Paragraph } from 'docx';
import { Table, TableBorders, TableCell, TableRow, VerticalAlign, WidthType } from 'docx';
import type { ReportSettingsValues } from '@sangkien/shared';
import { administrativeDate } from './document-date.ts';
import { SIZE, TEXT_WIDTH, centred, mm, run, shortRule } from './document-style.ts';

const LEFT = Math.round(TEXT_WIDTH * 0.41);
const RIGHT = TEXT_WIDTH - LEFT;

/** Kinds of documents in "Số: …/BC-LĐLĐ": BC báo cáo, DS danh sách, BB biên bản, GCN giấy chứng nhận. */
export type DocumentKind = 'BC' | 'DS' | 'BB' | 'GCN';

const cell = (width: number, children: Paragraph[]) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    children,
  });

export function documentHeader(settings: ReportSettingsValues, kind: DocumentKind, issuedOn: Date): Table {
  const issuer: Paragraph[] = [
    ...(settings.superior_name ? [centred([run(settings.superior_name, { size: SIZE.header, upper: true })])] : []),
    centred([run(settings.issuer_name, { size: SIZE.header, upper: true, bold: true })]),
    shortRule(LEFT, mm(25)),
  ];
  const nation: Paragraph[] = [
    centred([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: SIZE.table, bold: true })]),
    centred([run('Độc lập - Tự do - Hạnh phúc', { size: SIZE.header, bold: true })]),
    shortRule(RIGHT, mm(58)),
  ];
  const number = centred([run(`Số: …/${kind}-${settings.short_name}`, { size: SIZE.header })]);
  const placeDate = centred([run(`${settings.place_name}, ${administrativeDate(issuedOn)}`, { italic: true })]);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT, RIGHT],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({ children: [cell(LEFT, issuer), cell(RIGHT, nation)] }),
      new TableRow({ children: [cell(LEFT, [number]), cell(RIGHT, [placeDate])] }),
    ],
  });
}

/** "BÁO CÁO" and its summary line, with a short rule under them. */
export function documentTitle(title: string, summary: string): Paragraph[] {
  return [
    centred([run(title, { bold: true })], { before: 360, after: 0 }),
    centred([run(summary, { bold: true })], { after: 60 }),
    shortRule(TEXT_WIDTH, mm(35)),
  ];
}
