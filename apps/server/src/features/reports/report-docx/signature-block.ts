/** The foot of an administrative document: "Nơi nhận" on the left, the signer on the right. */
import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableRow, WidthType } from 'docx';
import type { ReportSettingsValues } from '@sangkien/shared';
import { SIZE, TEXT_WIDTH, centred, run } from './document-style.ts';

const LEFT = Math.round(TEXT_WIDTH * 0.45);
const RIGHT = TEXT_WIDTH - LEFT;
/** Room for the handwritten signature and the seal. */
const SIGNATURE_LINES = 4;

/** "- A;", "- B;", …, "- Lưu: VP." */
export function recipientLines(recipients: readonly string[]): string[] {
  return recipients.map((r, i) => `- ${r.replace(/[;.]+$/, '')}${i === recipients.length - 1 ? '.' : ';'}`);
}

const left = (text: string, style: Parameters<typeof run>[1]) =>
  new Paragraph({ alignment: AlignmentType.LEFT, spacing: { after: 0 }, children: [run(text, style)] });

const cell = (width: number, children: Paragraph[]) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    children,
  });

/** The signature table, after a blank line that separates it from the body. */
export function signatureBlock(settings: ReportSettingsValues): Array<Paragraph | Table> {
  const recipients = [
    left('Nơi nhận:', { bold: true, italic: true, size: SIZE.table }),
    ...recipientLines(settings.recipients).map((line) => left(line, { size: SIZE.small })),
  ];
  const signer = [
    centred([run(settings.signer_capacity, { bold: true })]),
    centred([run(settings.signer_title, { bold: true })]),
    ...Array.from({ length: SIGNATURE_LINES }, () => centred([run('')])),
    centred([run(settings.signer_name, { bold: true })]),
  ];
  return [
    new Paragraph({ keepNext: true, spacing: { after: 120 }, children: [] }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [LEFT, RIGHT],
      borders: TableBorders.NONE,
      rows: [new TableRow({ cantSplit: true, children: [cell(LEFT, recipients), cell(RIGHT, signer)] })],
    }),
  ];
}
