/** A Word document laid out as an administrative document: A4, margins, fonts, page numbers. */
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type Table,
} from 'docx';
import { A4, FONT, MARGIN, SIZE } from './document-style.ts';

/** Page numbers centred at the top from page 2 on; the first page has none. */
const pageNumberHeader = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.header })],
      }),
    ],
  });

export function officialDocument(meta: { title: string; subject: string }, children: Array<Paragraph | Table>) {
  return new Document({
    creator: 'Sáng Kiến',
    title: meta.title,
    subject: meta.subject,
    styles: {
      default: { document: { run: { font: FONT, size: SIZE.body, language: { value: 'vi-VN' } } } },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
            margin: MARGIN,
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children,
      },
    ],
  });
}

export const documentBuffer = (document: Document): Promise<Buffer> => Packer.toBuffer(document);
