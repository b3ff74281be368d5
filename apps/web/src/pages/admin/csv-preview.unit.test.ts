import { describe, expect, it } from 'vitest';
import { previewCsv, splitCsvLine } from './csv-preview.ts';

describe('splitting a CSV line', () => {
  it.each([
    ['a,b,c', ['a', 'b', 'c']],
    ['a,,c', ['a', '', 'c']],
    ['"Nguyễn, Văn A",DV1', ['Nguyễn, Văn A', 'DV1']],
    ['"nói ""không""",x', ['nói "không"', 'x']],
    ['', ['']],
  ])('%s', (line, cells) => {
    expect(splitCsvLine(line)).toEqual(cells);
  });
});

describe('previewing members.csv', () => {
  it('takes the header, at most ten rows, counts every row and drops the BOM and blank lines', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `DV${i},Tên ${i},C1`);
    const preview = previewCsv(`\uFEFFmember_code,full_name,unit_code\r\n${rows.join('\r\n')}\r\n\r\n`);
    expect(preview.header).toEqual(['member_code', 'full_name', 'unit_code']);
    expect(preview.rows).toHaveLength(10);
    expect(preview.rows[0]).toEqual(['DV0', 'Tên 0', 'C1']);
    expect(preview.rowCount).toBe(12);
  });

  it('shows an empty file as no rows', () => {
    expect(previewCsv('')).toEqual({ header: [''], rows: [], rowCount: 0 });
  });
});
