import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { actingAs } from '../../../test/auth-helpers.ts';
import { createTestApp, EXAMPLE_DATASET, type TestApp } from '../../../test/helpers.ts';
import { importDataset } from '../datasets/import.service.ts';

describe('GET/PUT /units/{code}/report-settings', () => {
  let t: TestApp;
  const api = actingAs(() => t, [['admin', 'TW']]);
  const url = (code: string) => `/api/v1/units/${code}/report-settings`;
  beforeAll(async () => {
    t = await createTestApp();
    expect((await importDataset(t.database, EXAMPLE_DATASET)).ok).toBe(true);
  });
  afterAll(() => t.close());

  it('derives defaults from the tree until the unit sets its own', async () => {
    const response = await api({ url: url('TMH1C0001') });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      unit_code: 'TMH1C0001',
      superior_name: 'LĐLĐ huyện Đông',
      issuer_name: 'CĐCS TMH1-1',
      short_name: 'CĐCS',
      place_name: 'Mẫu',
      signer_capacity: 'TM. BAN CHẤP HÀNH',
      signer_title: 'CHỦ TỊCH',
      signer_name: '',
      recipients: ['LĐLĐ huyện Đông (để báo cáo)', 'Lưu: VP'],
      customised: [],
    });
  });

  it('keeps what is set, leaves the rest derived, and returns a setting to its default on null', async () => {
    const set = await api({
      method: 'PUT',
      url: url('TM'),
      payload: {
        issuer_name: '  Liên đoàn Lao động tỉnh Mẫu ',
        signer_name: 'Nguyễn Chí Công',
        recipients: ['Thường trực LĐLĐ tỉnh', 'Lưu: VP'],
      },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({
      superior_name: 'Tổng Liên đoàn Lao động (mẫu)',
      issuer_name: 'Liên đoàn Lao động tỉnh Mẫu',
      signer_name: 'Nguyễn Chí Công',
      recipients: ['Thường trực LĐLĐ tỉnh', 'Lưu: VP'],
      customised: ['issuer_name', 'signer_name', 'recipients'],
    });
    const reset = await api({ method: 'PUT', url: url('TM'), payload: { issuer_name: null } });
    expect(reset.json()).toMatchObject({
      issuer_name: 'LĐLĐ tỉnh Mẫu',
      signer_name: 'Nguyễn Chí Công',
      customised: ['signer_name', 'recipients'],
    });
    expect((await api({ url: url('TM') })).json()).toEqual(reset.json());
  });

  it('records each change in the audit log', async () => {
    await api({ method: 'PUT', url: url('TMH2'), payload: { place_name: 'Vinh' } });
    const rows = await queryRows<{ entity_key: string; after: { placeName: string } }>(
      t.database.db,
      sql`select entity_key, after from audit_log where action = 'report_settings.update' and entity_key = 'TMH2'`,
    );
    expect(rows).toEqual([{ entity_key: 'TMH2', after: expect.objectContaining({ placeName: 'Vinh' }) }]);
  });

  it('says in Vietnamese what is wrong, field by field', async () => {
    const response = await api({
      method: 'PUT',
      url: url('TM'),
      payload: { short_name: '   ', recipients: [], signer: 'x' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
    const bad = await api({ method: 'PUT', url: url('TM'), payload: { recipients: [] } });
    expect(bad.json().error.fields).toEqual({ recipients: 'Cần ít nhất 1 mục.' });
  });

  it('answers 404 for a unit that does not exist', async () => {
    expect((await api({ url: url('KHONG-CO') })).statusCode).toBe(404);
    expect((await api({ method: 'PUT', url: url('KHONG-CO'), payload: {} })).statusCode).toBe(404);
  });
});
