import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldVietnamese } from '@sangkien/shared';
import { createTestApp, EXAMPLE_DATASET, type TestApp } from '../../../test/helpers.ts';
import { fields, initiatives } from '../../db/schema/index.ts';
import { importDataset } from '../datasets/import.service.ts';

describe('the public showcase', () => {
  let t: TestApp;
  const get = (url: string) => t.app.inject({ method: 'GET', url });
  const codes = async (query: string) =>
    ((await get(`/api/v1/showcase${query}`)).json().items as Array<{ code: string }>).map((i) => i.code);

  beforeAll(async () => {
    t = await createTestApp({ config: { publicUrl: 'https://sangkien.example.vn' } });
    await importDataset(t.database, EXAMPLE_DATASET);
    const db = t.database.db;
    const [field] = await db
      .insert(fields)
      .values({ code: 'NL', name: 'Năng lượng', nameFolded: 'nang luong' })
      .returning();
    const title = 'Sáng kiến tiết kiệm điện chiếu sáng phân xưởng';
    await db
      .update(initiatives)
      .set({ title, searchFolded: foldVietnamese(title), fieldId: field!.id })
      .where(eq(initiatives.code, 'SK000019'));
    // Every kind of initiative agreed to publish; only valid public ones may show.
    await db
      .update(initiatives)
      .set({ showcaseConsent: true })
      .where(
        inArray(initiatives.code, ['SK000001', 'SK000002', 'SK000005', 'SK000009', 'SK000016', 'SK000019', 'SK000011']),
      );
    await db.update(initiatives).set({ outstandingLevel: 'district' }).where(eq(initiatives.code, 'SK000009'));
    await db.update(initiatives).set({ recognisedAt: new Date() }).where(eq(initiatives.code, 'SK000019'));
  });
  afterAll(() => t.close());

  it('lists valid public initiatives with consent only, outstanding first, without a login, cached', async () => {
    const response = await get('/api/v1/showcase');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=60');
    expect(response.json().items.map((i: { code: string }) => i.code)).toEqual(['SK000009', 'SK000019', 'SK000001']);
    expect(response.json()).toMatchObject({ total: 3, page: 1 });
    expect(response.json().items[0]).toMatchObject({
      outstanding_level: 'district',
      province_name: 'LĐLĐ tỉnh Mẫu',
      url: '/sang-kien-tieu-bieu/SK000009',
    });
  });

  it('never returns a confidential, internal, unconsented or unfinished initiative, even by its exact words', async () => {
    // SK000002 is confidential, SK000005 internal, SK000016 only submitted, SK000004 has no consent.
    for (const [code, words] of [
      ['SK000002', 'phu gia'],
      ['SK000005', 'an toan ve sinh'],
      ['SK000016', 'SK000016'],
      ['SK000004', 'so hoa so theo doi'],
      ['SK000011', 'giam thieu tieu hao'],
    ]) {
      expect(await codes(`?q=${encodeURIComponent(words!)}`)).toEqual([]);
      expect((await get(`/api/v1/showcase/${code}`)).statusCode).toBe(404);
      expect((await get(`/api/v1/showcase/${code}/preview.png`)).statusCode).toBe(404);
      expect((await get(`/sang-kien-tieu-bieu/${code}`)).statusCode).toBe(404);
    }
  });

  it('finds Vietnamese text typed without diacritics, and filters by field, province and benefit', async () => {
    expect(await codes(`?q=${encodeURIComponent('sang kien tiet kiem dien')}`)).toEqual(['SK000019']);
    expect(await codes(`?q=${encodeURIComponent('TIẾT KIỆM ĐIỆN')}`)).toEqual(['SK000019']);
    expect(await codes(`?q=${encodeURIComponent('nuoc lam mat')}`)).toEqual(['SK000001']);
    expect(await codes('?field=NL')).toEqual(['SK000019']);
    expect(await codes('?province=TM')).toHaveLength(3);
    expect(await codes('?province=TK')).toEqual([]);
    expect(await codes('?benefit_min=1000000000')).toEqual(['SK000001']);
    expect(await codes('?page_size=1&page=2')).toEqual(['SK000019']);
  });

  it('gives one initiative with its awards, a 1200×630 preview image and a page with Open Graph tags', async () => {
    const detail = await get('/api/v1/showcase/SK000001');
    expect(detail.json()).toMatchObject({
      code: 'SK000001',
      title: 'Tái sử dụng nước làm mát máy nén khí',
      authors: ['Đặng Thị Khánh'],
      benefit_vnd_year: 1_200_000_000,
      image_url: '/api/v1/showcase/SK000001/preview.png',
      awards: [],
    });
    const png = await get('/api/v1/showcase/SK000019/preview.png');
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    expect([png.rawPayload.readUInt32BE(16), png.rawPayload.readUInt32BE(20)]).toEqual([1200, 630]);
    const page = await get('/sang-kien-tieu-bieu/SK000019');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<meta property="og:title" content="Sáng kiến tiết kiệm điện chiếu sáng phân xưởng">');
    expect(page.body).toContain(
      '<meta property="og:image" content="https://sangkien.example.vn/api/v1/showcase/SK000019/preview.png">',
    );
    expect(page.body).toContain(
      '<meta property="og:url" content="https://sangkien.example.vn/sang-kien-tieu-bieu/SK000019">',
    );
  });
});
