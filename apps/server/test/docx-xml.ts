/** Test support: the parts of a DOCX (a zip of XML) and the texts of its paragraphs and tables. */
import JSZip from 'jszip';

export interface DocxParts {
  document: string;
  styles: string;
  /** header1.xml, header2.xml, … by file name. */
  headers: Record<string, string>;
  /** document.xml.rels: which header file each reference id names. */
  relationships: string;
}

export async function readDocx(buffer: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(buffer);
  const text = (name: string) => zip.file(name)!.async('string');
  const headers: Record<string, string> = {};
  for (const name of Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n))) {
    headers[name.replace('word/', '')] = await text(name);
  }
  return {
    document: await text('word/document.xml'),
    styles: await text('word/styles.xml'),
    headers,
    relationships: await text('word/_rels/document.xml.rels'),
  };
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\u00a0/g, ' ');

/** The visible text of an XML fragment (its `w:t` elements). */
export const textOf = (xml: string) =>
  decode([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));

/** Every paragraph's text, in order (paragraphs inside tables included). */
export const paragraphs = (xml: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0]));

/** The body's top-level tables (tables are not nested here), each as rows of cell texts. */
export function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0])),
    ),
  );
}

/** The XML of the runs whose text is exactly `text` (to check bold, italic, size). */
export const runsWithText = (xml: string, text: string) =>
  [...xml.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((m) => m[0]).filter((r) => textOf(r) === text);
