/**
 * What an uploaded file really is, from its first bytes (magic numbers), checked against the
 * name's extension: a renamed executable or a photo called ".pdf" is refused in Vietnamese.
 */
export type FileKind = 'jpeg' | 'png' | 'webp' | 'gif' | 'pdf' | 'docx' | 'xlsx' | 'pptx' | 'ole' | 'odf';

export const KIND_LABELS: Record<FileKind, string> = {
  jpeg: 'ảnh JPEG',
  png: 'ảnh PNG',
  webp: 'ảnh WEBP',
  gif: 'ảnh GIF',
  pdf: 'PDF',
  docx: 'Word (.docx)',
  xlsx: 'Excel (.xlsx)',
  pptx: 'PowerPoint (.pptx)',
  ole: 'Word/Excel/PowerPoint đời cũ (.doc, .xls, .ppt)',
  odf: 'OpenDocument (.odt, .ods, .odp)',
};

export const MIME_TYPES: Record<FileKind, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  ole: 'application/octet-stream',
  odf: 'application/vnd.oasis.opendocument',
};

const EXTENSIONS: Record<string, FileKind> = {
  jpg: 'jpeg',
  jpeg: 'jpeg',
  png: 'png',
  webp: 'webp',
  gif: 'gif',
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
  pptx: 'pptx',
  doc: 'ole',
  xls: 'ole',
  ppt: 'ole',
  odt: 'odf',
  ods: 'odf',
  odp: 'odf',
};

export const IMAGE_KINDS: readonly FileKind[] = ['jpeg', 'png', 'webp'];

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const containsAscii = (bytes: Uint8Array, text: string, limit = 64 * 1024) =>
  Buffer.from(bytes.subarray(0, limit)).includes(text, 0, 'latin1');

/** The kind the content shows, or null when it is none of the accepted kinds. */
export function sniffKind(bytes: Uint8Array): FileKind | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif';
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (containsAscii(bytes, 'mimetypeapplication/vnd.oasis.opendocument')) return 'odf';
    // Office Open XML names its parts in the zip's local headers near the start.
    if (containsAscii(bytes, 'word/', bytes.length)) return 'docx';
    if (containsAscii(bytes, 'xl/', bytes.length)) return 'xlsx';
    if (containsAscii(bytes, 'ppt/', bytes.length)) return 'pptx';
  }
  return null;
}

export function kindOfName(fileName: string): FileKind | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  return EXTENSIONS[ext] ?? null;
}

export type FileCheck = { ok: true; kind: FileKind } | { ok: false; message: string };

const ACCEPTED = 'ảnh (JPG, PNG, WEBP, GIF), PDF, Word, Excel, PowerPoint';

export function checkFile(fileName: string, bytes: Uint8Array): FileCheck {
  const named = kindOfName(fileName);
  if (!named) return { ok: false, message: `Tệp "${fileName}": chỉ nhận ${ACCEPTED}.` };
  const actual = sniffKind(bytes);
  if (!actual) {
    return {
      ok: false,
      message: `Tệp "${fileName}": nội dung không phải ${KIND_LABELS[named]} thật; chỉ nhận ${ACCEPTED}.`,
    };
  }
  if (actual !== named) {
    return {
      ok: false,
      message: `Tệp "${fileName}": tên tệp ghi là ${KIND_LABELS[named]} nhưng nội dung là ${KIND_LABELS[actual]}. Hãy đổi đúng đuôi tệp hoặc chọn đúng tệp.`,
    };
  }
  return { ok: true, kind: actual };
}
