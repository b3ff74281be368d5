import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actingAs } from '../../../test/auth-helpers.ts';
import { createTestApp, EXAMPLE_DATASET, type TestApp } from '../../../test/helpers.ts';
import { importDataset } from '../datasets/import.service.ts';
import { takeSnapshot } from '../snapshots/snapshots.service.ts';

function initiativesDataset(rows: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sk-bulletin-'));
  fs.writeFileSync(
    path.join(dir, 'initiatives.csv'),
    ['code,title,phase_code,unit_code,author_codes,status,submitted_at', ...rows].join('\n'),
  );
  return dir;
}

describe('weekly bulletins from the snapshots', () => {
  let t: TestApp;
  const province = actingAs(() => t, [['viewer', 'TM']]);
  const neighbour = actingAs(() => t, [['viewer', 'TMH2']]);
  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2022-05-20T03:00:00Z') });
    expect((await importDataset(t.database, EXAMPLE_DATASET)).ok).toBe(true);
  });
  afterAll(() => t.close());

  it('says what to wait for before the first snapshot', async () => {
    const res = await province({ url: '/api/v1/units/TM/bulletins?phase=GD1' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([]);
  });

  it('tells each week in words and in a 1080×1350 picture, with the leaders and their movement', async () => {
    await takeSnapshot(t.database.db, { at: new Date('2022-05-13T17:00:00+07:00'), phaseCodes: ['GD1'] });
    const rows = Array.from(
      { length: 11 },
      (_, n) => `SKB${n},Sáng kiến tuần sau ${n},GD1,TMN1C0001,DV000020,Đã nộp,2022-05-18T09:00`,
    );
    expect((await importDataset(t.database, initiativesDataset(rows))).ok).toBe(true);
    await takeSnapshot(t.database.db, { at: new Date('2022-05-20T17:00:00+07:00'), phaseCodes: ['GD1'] });

    const tmn1 = (await province({ url: '/api/v1/units/TMN1' })).json();
    const report = (await province({ url: '/api/v1/reports/TM/GD1' })).json();
    const list = await province({ url: '/api/v1/units/TM/bulletins?phase=GD1' });
    expect(list.statusCode).toBe(200);
    const [latest, earlier] = list.json().items;
    expect(list.json().items).toHaveLength(2);
    expect(latest.taken_at).toBe('2022-05-20T17:00:00+07:00');
    expect(earlier.taken_at).toBe('2022-05-13T17:00:00+07:00');
    const fmt = new Intl.NumberFormat('vi-VN');
    expect(latest.text).toContain(`${fmt.format(report.submissions)} sáng kiến đã đăng ký`);
    expect(latest.text).toContain('tuần qua thêm 11');
    expect(latest.text).toContain(`1. ${tmn1.name}: ${fmt.format(15)} sáng kiến (tăng 2 bậc)`);
    expect(earlier.text).not.toContain('tuần qua');
    expect(earlier.text).toContain('(mới vào bảng)');

    const one = await province({ url: `/api/v1/units/TM/bulletins/${latest.snapshot_id}` });
    expect(one.json()).toEqual(latest);
    const image = await province({ url: latest.image_url });
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['content-disposition']).toContain('ban-tin-TM-2022-05-20.png');
    expect([image.rawPayload.readUInt32BE(16), image.rawPayload.readUInt32BE(20)]).toEqual([1080, 1350]);
  });

  it('is not found for a neighbouring unit, an unknown week, or a visitor', async () => {
    const [latest] = (await province({ url: '/api/v1/units/TM/bulletins?phase=GD1' })).json().items;
    for (const url of [
      '/api/v1/units/TMH1/bulletins?phase=GD1',
      `/api/v1/units/TMH1/bulletins/${latest.snapshot_id}`,
      `/api/v1/units/TMH1/bulletins/${latest.snapshot_id}/image.png`,
    ]) {
      expect((await neighbour({ url })).statusCode, url).toBe(404);
    }
    expect((await province({ url: '/api/v1/units/TM/bulletins/999999' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: latest.image_url })).statusCode).toBe(401);
  });
});
