/**
 * Page and type of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * A4 portrait, margins top/bottom 20 mm, left 30 mm, right 15 mm, Times New Roman 13–14 pt.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  TextRun,
  type IBorderOptions,
  type IParagraphOptions,
} from 'docx';
import { gap, type Prose } from './prose-segments.ts';

export const FONT = 'Times New Roman';
/** Half-points: 14 pt body, 13 pt header lines, 12 pt tables and the distribution list heading. */
export const SIZE = { body: 28, header: 26, table: 24, small: 22 } as const;

/** Millimetres to twips, rounded (docx's own helper truncates: 20 mm would be 1133). */
export const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);

export const A4 = { width: 11906, height: 16838 } as const;
export const MARGIN = {
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
  header: mm(10),
  footer: mm(10),
} as const;
/** Width between the margins, for tables. */
export const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

/** 1 cm first-line indent, justified, 6 pt after, single-and-a-bit line spacing (1.1). */
const BODY: IParagraphOptions = {
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: mm(10) },
  spacing: { after: 120, line: 264 },
};

export interface RunStyle {
  bold?: boolean | undefined;
  italic?: boolean | undefined;
  size?: number;
  upper?: boolean;
  mark?: boolean | undefined;
}

export const run = (text: string, style: RunStyle = {}) =>
  new TextRun({
    text: style.upper ? text.toLocaleUpperCase('vi') : text,
    font: FONT,
    size: style.size ?? SIZE.body,
    bold: style.bold ?? false,
    italics: style.italic ?? false,
    ...(style.mark ? { highlight: 'yellow' } : {}),
  });

export const bodyParagraph = (prose: Prose) => new Paragraph({ ...BODY, children: prose.map((s) => run(s.text, s)) });

/** Section headings ("I. KẾT QUẢ ĐẠT ĐƯỢC", "1. Kết quả thực hiện"): bold, keep with what follows. */
export const heading = (text: string) =>
  new Paragraph({
    ...BODY,
    keepNext: true,
    spacing: { before: 120, after: 120 },
    children: [run(text, { bold: true })],
  });

/** Where a person must write (causes, directions): a marked placeholder paragraph, never invented text. */
export const placeholder = (what: string) => bodyParagraph([gap(what)]);

export const centred = (runs: TextRun[], spacing: IParagraphOptions['spacing'] = { after: 0 }) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing, children: runs });

const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };

/**
 * A short horizontal rule under a header line: the bottom border of an empty 3 pt line narrowed
 * by indents, so it sits just below the text in Word and LibreOffice alike.
 */
export const shortRule = (cellWidth: number, ruleWidth: number) => {
  const side = Math.max(0, Math.round((cellWidth - ruleWidth) / 2));
  return new Paragraph({
    spacing: { before: 0, after: 120, line: 60, lineRule: LineRuleType.EXACT },
    indent: { left: side, right: side },
    border: { bottom: RULE },
    children: [],
  });
};
