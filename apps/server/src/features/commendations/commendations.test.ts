import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamInstant, type CommendationList, type Commendations } from '@sangkien/shared';
import { paragraphs, readDocx, tables } from '../../../test/docx-xml.ts';
import { actingAs } from '../../../test/auth-helpers.ts';
import { createTestApp, EXAMPLE_DATASET, type TestApp } from '../../../test/helpers.ts';
import { importDataset } from '../datasets/import.service.ts';

describe('commendation lists of the example province TM', () => {
  let t: TestApp;
  const api = actingAs(() => t, [['admin', 'TW']]);
  const get = (query: string) => api({ url: `/api/v1/units/TM/commendations?phase=GD1${query}` });
  type ListOf<C> = Extract<CommendationList, { criterion: C }>;
  const list = <C extends CommendationList['criterion']>(c: Commendations, criterion: C): ListOf<C>['items'] =>
    (c.lists.find((l) => l.criterion === criterion) as ListOf<C>).items as ListOf<C>['items'];

  beforeAll(async () => {
    t = await createTestApp({ now: vietnamInstant(2022, 6, 3, 10)! });
    expect((await importDataset(t.database, EXAMPLE_DATASET)).ok).toBe(true);
  });
  afterAll(() => t.close());

  it('ranks grassroots unions by valid initiatives, ties sharing a rank', async () => {
    const response = await get('&criteria=grassroots_most_valid');
    expect(response.statusCode).toBe(200);
    const body = response.json() as Commendations;
    expect(body.lists.map((l) => l.criterion)).toEqual(['grassroots_most_valid']);
    expect(list(body, 'grassroots_most_valid')).toEqual([
      { rank: 1, code: 'TMH1C0001', name: 'CĐCS TMH1-1', parent_name: 'LĐLĐ huyện Đông', valid: 5, submissions: 7 },
      { rank: 1, code: 'TMH1C0002', name: 'CĐCS TMH1-2', parent_name: 'LĐLĐ huyện Đông', valid: 5, submissions: 5 },
      { rank: 3, code: 'TMH2C0001', name: 'CĐCS TMH2-1', parent_name: 'LĐLĐ huyện Tây', valid: 4, submissions: 8 },
      { rank: 4, code: 'TMH2C0002', name: 'CĐCS TMH2-2', parent_name: 'LĐLĐ huyện Tây', valid: 1, submissions: 4 },
      {
        rank: 4,
        code: 'TMN1C0001',
        name: 'CĐCS TMN1-1',
        parent_name: 'Công đoàn ngành Y tế',
        valid: 1,
        submissions: 4,
      },
    ]);
  });

  it('ranks members by the valid initiatives they authored or co-authored, within the limit', async () => {
    const body = (await get('&criteria=members_most_valid&limit=5')).json() as Commendations;
    expect(
      list(body, 'members_most_valid').map((m) => [m.rank, m.member_code, m.full_name, m.valid, m.submissions]),
    ).toEqual([
      [1, 'DV000013', 'Dương Văn Mai', 3, 4],
      [2, 'DV000001', 'Đặng Thị Khánh', 2, 2],
      [2, 'DV000002', 'Vũ Xuân Yến', 2, 2],
      [4, 'DV000016', 'Phan Thu Hạnh', 1, 3],
      [4, 'DV000014', 'Đỗ Xuân Lan', 1, 2],
    ]);
    expect(body.limit).toBe(5);
  });

  it('orders children by the moment their submissions reached the quota', async () => {
    const body = (await get('&criteria=first_to_quota')).json() as Commendations;
    // The 10th of TMH1's submissions (withdrawn ones do not count); the other children are below quota.
    expect(list(body, 'first_to_quota')).toEqual([
      {
        rank: 1,
        code: 'TMH1',
        name: 'LĐLĐ huyện Đông',
        kind: 'district',
        quota: 10,
        reached_at: '2022-04-18T04:01:00+07:00',
      },
    ]);
  });

  it('lists the highest benefits with the confidential initiative masked', async () => {
    const body = (await get('&criteria=top_benefit')).json() as Commendations;
    const items = list(body, 'top_benefit');
    expect(items.map((i) => i.code)).toEqual(['SK000005', 'SK000007', 'SK000012', 'SK000001', 'SK000002', 'SK000004']);
    expect(items[4]).toMatchObject({ title: '(bảo mật)', authors: [], confidential: true });
  });

  it('gives every list by default, collectives first, and refuses unknown criteria', async () => {
    const body = (await get('')).json() as Commendations;
    expect(body.lists.map((l) => l.criterion)).toEqual([
      'grassroots_most_valid',
      'first_to_quota',
      'members_most_valid',
      'top_benefit',
      'awarded_collectives',
      'awarded_individuals',
    ]);
    expect(body.lists.map((l) => l.title)[0]).toBe('Công đoàn cơ sở có nhiều sáng kiến hợp lệ nhất');
    const bad = await get('&criteria=most_liked');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual({ 'criteria.0': 'Giá trị không nằm trong danh sách cho phép.' });
  });

  it('writes a DOCX administrative list with the report’s header and signature', async () => {
    const response = await get('&format=docx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="bieu-duong-TM-GD1.docx"');
    const { document } = await readDocx(response.rawPayload);
    const texts = paragraphs(document);
    const all = tables(document);
    expect(all[0]![1]).toEqual(['Số: …/DS-LĐLĐ', 'Mẫu, ngày 03 tháng 6 năm 2022']);
    expect(texts).toContain('DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG');
    expect(texts).toContain('I. TẬP THỂ');
    expect(texts).toContain('II. CÁ NHÂN');
    expect(texts).toContain('2. Đơn vị sớm nhất đạt chỉ tiêu được giao');
    expect(all.find((rows) => rows[0]![1] === 'Đơn vị')).toEqual([
      ['TT', 'Đơn vị', 'Chỉ tiêu', 'Thời điểm đạt chỉ tiêu'],
      ['1', 'LĐLĐ huyện Đông', '10', '18/04/2022 04:01'],
    ]);
    const benefits = all.find((rows) => rows[0]![1] === 'Tác giả')!;
    expect(benefits[5]).toEqual(['5', '', '(bảo mật)', 'CĐCS TMH1-1', '400.000.000 đồng/6 tháng']);
    expect(document).not.toContain('Công thức phối trộn phụ gia mới');
    expect(all.at(-1)![0]![1]).toBe('TM. BAN THƯỜNG VỤCHỦ TỊCH');
  });

  it('writes a workbook with one sheet a list', async () => {
    const response = await get('&format=xlsx&criteria=members_most_valid,first_to_quota');
    expect(response.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Sớm đạt chỉ tiêu', 'Đoàn viên nhiều SK hợp lệ']);
    const members = book.getWorksheet('Đoàn viên nhiều SK hợp lệ')!;
    expect(members.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect((members.getRow(2).values as unknown[]).slice(1)).toEqual([
      1,
      'DV000013',
      'Dương Văn Mai',
      undefined,
      'CĐCS TMH2-1',
      3,
      4,
    ]);
    expect(book.getWorksheet('Sớm đạt chỉ tiêu')!.getCell('E2').value).toBe('18/04/2022 04:01');
  });
});
