import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, vietnamInstant, type PhaseReport } from '@sangkien/shared';
import { paragraphs, readDocx, runsWithText, tables, textOf, type DocxParts } from '../../../test/docx-xml.ts';
import { actingAs } from '../../../test/auth-helpers.ts';
import { createTestApp, EXAMPLE_DATASET, EXAMPLE_EXPECTED, type TestApp } from '../../../test/helpers.ts';
import { importDataset } from '../datasets/import.service.ts';

/** The figures of expected/TM-GD1.json, which the DOCX must state in Vietnamese format. */
const expected = JSON.parse(fs.readFileSync(`${EXAMPLE_EXPECTED}/TM-GD1.json`, 'utf8')) as PhaseReport;
const ISSUED = vietnamInstant(2022, 6, 3, 10)!;

describe('the phase report as DOCX (example province TM)', () => {
  let t: TestApp;
  const api = actingAs(() => t, [['admin', 'TW']]);
  let docx: DocxParts;
  let body: string;
  let texts: string[];

  beforeAll(async () => {
    t = await createTestApp({ now: ISSUED });
    expect((await importDataset(t.database, EXAMPLE_DATASET)).ok).toBe(true);
    const settings = await api({
      method: 'PUT',
      url: '/api/v1/units/TM/report-settings',
      payload: {
        signer_title: 'PHÓ CHỦ TỊCH',
        signer_name: 'Nguyễn Chí Công',
        recipients: ['Thường trực LĐLĐ tỉnh', 'Các Ban LĐLĐ tỉnh', 'LĐLĐ huyện, ngành', 'Lưu: VP, CSPL&QHLĐ'],
      },
    });
    expect(settings.statusCode).toBe(200);
    const response = await api({ url: '/api/v1/reports/TM/GD1?format=docx' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(response.headers['content-disposition']).toBe('attachment; filename="bao-cao-TM-GD1.docx"');
    docx = await readDocx(response.rawPayload);
    body = docx.document;
    texts = paragraphs(body);
  });
  afterAll(() => t.close());

  it('is A4 portrait with margins top/bottom 20 mm, left 30 mm, right 15 mm', () => {
    expect(body).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(body).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  it('sets Times New Roman 14 pt as the document font', () => {
    const defaults = docx.styles.match(/<w:docDefaults>[\s\S]*<\/w:docDefaults>/)![0];
    expect(defaults).toContain(
      '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>',
    );
    expect(defaults).toContain('<w:sz w:val="28"/>');
    const fonts = new Set([...body.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
  });

  it('numbers pages centred at the top from page 2 (a different, empty first-page header)', () => {
    expect(body).toContain('<w:titlePg/>');
    const id = (type: string) => body.match(new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"/>`))![1]!;
    const file = (rid: string) => docx.relationships.match(new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`))![1]!;
    const main = docx.headers[file(id('default'))]!;
    const first = docx.headers[file(id('first'))]!;
    expect(main).toMatch(/<w:jc w:val="center"\/>/);
    expect(main).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(textOf(first)).toBe('');
    expect(first).not.toContain('PAGE');
  });

  it('heads the document with the borderless two-column table of administrative documents', () => {
    const headerTable = body.match(/<w:tbl>[\s\S]*?<\/w:tbl>/)![0];
    expect(headerTable).toMatch(/<w:tblBorders><w:top w:val="none"/);
    expect(tables(body)[0]).toEqual([
      ['TỔNG LIÊN ĐOÀN LAO ĐỘNG (MẪU)LĐLĐ TỈNH MẪU', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc'],
      ['Số: …/BC-LĐLĐ', 'Mẫu, ngày 03 tháng 6 năm 2022'],
    ]);
    expect(runsWithText(headerTable, 'LĐLĐ TỈNH MẪU')[0]).toContain('<w:b/>');
    expect(runsWithText(headerTable, 'TỔNG LIÊN ĐOÀN LAO ĐỘNG (MẪU)')[0]).not.toContain('<w:b/>');
    expect(runsWithText(headerTable, 'Mẫu, ngày 03 tháng 6 năm 2022')[0]).toContain('<w:i/>');
    expect(texts).toContain('BÁO CÁO');
    expect(texts).toContain('Kết quả thực hiện Giai đoạn I Chương trình sáng kiến mẫu');
  });

  it('states every figure of the report in Vietnamese format', () => {
    const prose = texts.join('\n');
    const n = formatNumber;
    expect(prose).toContain(
      `LĐLĐ tỉnh Mẫu có ${n(expected.submissions)} lượt nộp sáng kiến, đạt ${formatPercent(expected.quota_percent)} chỉ tiêu giai đoạn ` +
        `(chỉ tiêu ${n(expected.quota!)} sáng kiến; tính theo sáng kiến hợp lệ đạt ${formatPercent(expected.valid_quota_percent)}), ` +
        `xếp thứ ${expected.rank!.position}/${expected.rank!.of} toàn quốc; trong đó: số sáng kiến hợp lệ là ${n(expected.valid)}; ` +
        `số sáng kiến đang xem xét là ${n(expected.pending)}; số sáng kiến không hợp lệ là ${n(expected.invalid)}.`,
    );
    expect(prose).toContain(
      `có ${n(expected.grassroots_participating)} công đoàn cơ sở với ${n(expected.members_participating)} đoàn viên công đoàn tham gia`,
    );
    expect(prose).toContain(
      `tổng số đoàn viên là ${n(expected.members)}, tỷ lệ sáng kiến/đoàn viên đạt ${formatPercent(expected.rate_percent)}`,
    );
    expect(prose).toContain(`${n(expected.benefit_vnd_total)} đồng/năm`);
    expect(prose).toContain('9.680.000.000');
    expect(prose).toContain('70,0%');
  });

  it('tabulates every child with its figures, and the totals', () => {
    const childTable = tables(body).find((rows) => rows[0]?.[1] === 'Đơn vị')!;
    expect(childTable.slice(1)).toEqual([
      ...expected.children.map((c) => [
        String(c.rank),
        c.name,
        formatNumber(c.submissions),
        formatNumber(c.valid),
        formatNumber(c.pending),
        formatNumber(c.invalid),
        formatNumber(c.quota!),
        formatPercent(c.quota_percent),
        formatNumber(c.members),
        formatPercent(c.rate_percent),
      ]),
      ['', 'Tổng cộng', '28', '16', '10', '2', '40', '70,0%', '470', '6,0%'],
    ]);
    expect(childTable[2]).toEqual(['1', 'LĐLĐ huyện Tây', '12', '5', '7', '0', '15', '80,0%', '90', '13,3%']);
  });

  it('names the leading children, those below quota and those with almost none', () => {
    const prose = texts.join('\n');
    expect(prose).toContain('LĐLĐ huyện Đông có 12 sáng kiến (đạt 120,0% chỉ tiêu; tỷ lệ sáng kiến/đoàn viên 10,0%)');
    expect(prose).toContain(
      '- Một số đơn vị chưa đạt chỉ tiêu được giao: Công đoàn ngành Y tế có 4 sáng kiến (đạt 40,0% chỉ tiêu); ' +
        'LĐLĐ huyện Tây có 12 sáng kiến (đạt 80,0% chỉ tiêu).',
    );
    expect(prose).toContain('(Công đoàn Khu công nghiệp Nam: 0 sáng kiến)');
  });

  it('lists the largest benefits with authors, masking the confidential initiative', () => {
    const topTable = tables(body).find((rows) => rows[0]?.[1] === 'Tên sáng kiến')!;
    expect(topTable.slice(1)).toEqual(
      expected.top_initiatives.map((ti, i) => [
        String(i + 1),
        ti.title,
        ti.authors.join(', '),
        expect.any(String),
        expect.stringContaining(formatNumber(ti.benefit_vnd)),
      ]),
    );
    expect(topTable[5]).toEqual(['5', '(bảo mật)', '', 'CĐCS TMH1-1', '400.000.000 đồng/6 tháng']);
    expect(texts.join('\n')).toContain(
      'Sáng kiến (bảo mật), giá trị làm lợi 400.000.000 đồng/6 tháng, của CĐCS TMH1-1',
    );
    expect(body).not.toContain('Công thức phối trộn phụ gia mới');
  });

  it('leaves causes and directions as marked placeholders under their headings', () => {
    for (const title of ['2. Nguyên nhân', 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN TIẾP THEO']) {
      const next = texts[texts.indexOf(title) + 1]!;
      expect(next).toMatch(/^\[Đơn vị bổ sung: .+\]$/);
      expect(runsWithText(body, next)[0]).toContain('<w:highlight w:val="yellow"/>');
    }
  });

  it('ends with "Nơi nhận" and the signature block from the unit settings', () => {
    const signature = tables(body).find((rows) => rows[0]?.[0]?.startsWith('Nơi nhận:'))!;
    expect(signature).toEqual([
      [
        'Nơi nhận:- Thường trực LĐLĐ tỉnh;- Các Ban LĐLĐ tỉnh;- LĐLĐ huyện, ngành;- Lưu: VP, CSPL&QHLĐ.',
        'TM. BAN THƯỜNG VỤPHÓ CHỦ TỊCHNguyễn Chí Công',
      ],
    ]);
    expect(runsWithText(body, 'TM. BAN THƯỜNG VỤ')[0]).toContain('<w:b/>');
    expect(runsWithText(body, 'Nguyễn Chí Công')[0]).toContain('<w:b/>');
  });

  it('words a unit with nothing yet, and the root without rank or quota, without inventing figures', async () => {
    const read = async (unit: string) => {
      const response = await api({ url: `/api/v1/reports/${unit}/GD1?format=docx` });
      expect(response.statusCode).toBe(200);
      return paragraphs((await readDocx(response.rawPayload)).document).join('\n');
    };
    const empty = await read('TMH1C0003');
    expect(empty).toContain('CĐCS TMH1-3 chưa có lượt nộp sáng kiến nào, xếp thứ 3/3 trong LĐLĐ huyện Đông.');
    expect(empty).toContain('CĐCS TMH1-3 chưa có đoàn viên nào tham gia');
    expect(empty).toContain('TM. BAN CHẤP HÀNH');
    expect(empty).not.toContain('PHỤ LỤC');
    const root = await read('TW');
    expect(root).toContain(
      'Tổng Liên đoàn Lao động (mẫu) có 68 lượt nộp sáng kiến, chưa được giao chỉ tiêu giai đoạn; trong đó',
    );
    expect(root).not.toContain('xếp thứ');
    expect(root).toContain('Hà Nội, ngày 03 tháng 6 năm 2022');
  });
});
