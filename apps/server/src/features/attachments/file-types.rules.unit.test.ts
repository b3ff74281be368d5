import { describe, expect, it } from 'vitest';
import { checkFile, sniffKind } from './file-types.rules.ts';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

const SAMPLES = {
  jpeg: bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'),
  png: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR'),
  pdf: bytes('%PDF-1.7\n'),
  docx: bytes([0x50, 0x4b, 0x03, 0x04], '....[Content_Types].xml....word/document.xml'),
  xlsx: bytes([0x50, 0x4b, 0x03, 0x04], '....[Content_Types].xml....xl/workbook.xml'),
  ole: bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  exe: bytes('MZ\x90\x00'),
};

describe('file type by content', () => {
  it.each(Object.entries(SAMPLES))('%s', (kind, content) => {
    expect(sniffKind(content)).toBe(kind === 'exe' ? null : kind);
  });

  it.each([
    ['anh.JPG', SAMPLES.jpeg, true],
    ['bao-cao.pdf', SAMPLES.pdf, true],
    ['don.docx', SAMPLES.docx, true],
    ['so-lieu.xls', SAMPLES.ole, true],
    ['anh-doi-ten.pdf', SAMPLES.jpeg, false],
    ['virus.pdf', SAMPLES.exe, false],
    ['chuong-trinh.exe', SAMPLES.exe, false],
  ] as const)('%s accepted: %s', (name, content, ok) => {
    const check = checkFile(name, content);
    expect(check.ok).toBe(ok);
    if (!check.ok) expect(check.message).toContain(`Tệp "${name}"`);
  });

  it('names both kinds on a mismatch, in Vietnamese', () => {
    expect(checkFile('anh.pdf', SAMPLES.jpeg)).toEqual({
      ok: false,
      message: expect.stringContaining('tên tệp ghi là PDF nhưng nội dung là ảnh JPEG'),
    });
  });
});
