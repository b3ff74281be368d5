import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actingAs } from '../../../test/auth-helpers.ts';
import { createTestApp, EXAMPLE_DATASET, type TestApp } from '../../../test/helpers.ts';
import { queryRows } from '../../db/client.ts';
import { campaigns, clusters, clusterUnits, phases, units } from '../../db/schema/index.ts';
import { importDataset } from '../datasets/import.service.ts';
import { takeSnapshot } from '../snapshots/snapshots.service.ts';

/** A dataset of extra initiatives (imported through the real import path, aggregates and all). */
function initiativesDataset(rows: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sk-rank-'));
  fs.writeFileSync(
    path.join(dir, 'initiatives.csv'),
    ['code,title,phase_code,unit_code,author_codes,status,submitted_at', ...rows].join('\n'),
  );
  return dir;
}

type Item = { code: string; rank: number; submissions: number; movement: { change: number | null } | null };

describe('rankings: phase, campaign window, emulation cluster, weekly movement', () => {
  let t: TestApp;
  const national = actingAs(() => t, [['viewer', 'TW']]);
  const neighbour = actingAs(() => t, [['viewer', 'TMH2']]);
  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2022-05-20T03:00:00Z') });
    expect((await importDataset(t.database, EXAMPLE_DATASET)).ok).toBe(true);
    const db = t.database.db;
    const [gd1] = await db
      .select()
      .from(phases)
      .where(sql`code = 'GD1'`);
    // "Đợt cao điểm tháng 5": 01/05 00:00 to 24 giờ ngày 31/5, Vietnam time.
    await db.insert(campaigns).values({
      phaseId: gd1!.id,
      code: 'CD5',
      name: 'Tháng cao điểm 5',
      startsAt: new Date('2022-05-01T00:00:00+07:00'),
      endsAt: new Date('2022-06-01T00:00:00+07:00'),
    });
    const [tm] = await db
      .select()
      .from(units)
      .where(sql`code = 'TM'`);
    const [cluster] = await db
      .insert(clusters)
      .values({ code: 'CUM1', name: 'Cụm huyện', ownerUnitId: tm!.id })
      .returning();
    const members = await db
      .select()
      .from(units)
      .where(sql`code in ('TMH1', 'TMH2', 'TMN1')`);
    await db.insert(clusterUnits).values(members.map((u) => ({ clusterId: cluster!.id, unitId: u.id })));
    // One minute either side of the campaign's start, in Vietnam time.
    const extra = initiativesDataset([
      'SKB1,Trước đợt,GD1,TMH2C0001,DV000011,Đã nộp,2022-04-30T23:59',
      'SKB2,Đầu đợt,GD1,TMH1C0001,DV000001,Đã nộp,2022-05-01T00:00',
    ]);
    expect((await importDataset(t.database, extra)).ok).toBe(true);
  });
  afterAll(() => t.close());

  it('ranks children by submissions with shared ties (1, 1, 3) and no-quota last by quota %', async () => {
    const res = await national({ url: '/api/v1/units/TM/ranking?phase=GD1' });
    expect(res.statusCode).toBe(200);
    const items: Item[] = res.json().items;
    expect(items.map((i) => [i.code, i.rank, i.submissions])).toEqual([
      ['TMH1', 1, 13],
      ['TMH2', 1, 13],
      ['TMN1', 3, 4],
      ['TMK1', 4, 0],
    ]);
    expect(res.json()).toMatchObject({ campaign: null, cluster: null, unavailable: [], movement_between: null });
    // No grassroots unit has a quota: all share the position after the (absent) present values.
    const byQuota = await national({ url: '/api/v1/units/TMH1/ranking?phase=GD1&by=quota_percent' });
    expect(byQuota.json().items.map((i: Item & { quota_percent: null }) => [i.rank, i.quota_percent])).toEqual([
      [1, null],
      [1, null],
      [1, null],
    ]);
  });

  it('counts a campaign over its Vietnam-time window only, from the daily aggregates', async () => {
    const res = await national({ url: '/api/v1/units/TM/ranking?campaign=CD5' });
    expect(res.statusCode).toBe(200);
    expect(res.json().phase.code).toBe('GD1');
    expect(res.json().unavailable).toContain('quota_percent');
    const expected = await queryRows<{ code: string; n: number }>(
      t.database.db,
      sql`select c.code, count(i.id)::int as n from units c
          left join units g on g.path @> array[c.id]
          left join initiatives i on i.unit_id = g.id and i.status not in ('draft', 'withdrawn')
            and i.submitted_at >= '2022-05-01T00:00:00+07:00' and i.submitted_at < '2022-06-01T00:00:00+07:00'
          where c.parent_id = (select id from units where code = 'TM') group by c.code`,
    );
    const got = Object.fromEntries(res.json().items.map((i: Item) => [i.code, i.submissions]));
    expect(got).toEqual(Object.fromEntries(expected.map((e) => [e.code, e.n])));
    // The exact instants agree with the day buckets: SKB2 (00:00 on 1/5) is in, SKB1 (23:59 on 30/4) is not.
    const edge = await queryRows<{ code: string; inside: boolean }>(
      t.database.db,
      sql`select code, submitted_at >= '2022-05-01T00:00:00+07:00' as inside from initiatives where code in ('SKB1', 'SKB2') order by code`,
    );
    expect(edge).toEqual([
      { code: 'SKB1', inside: false },
      { code: 'SKB2', inside: true },
    ]);
  });

  it('refuses a metric a campaign does not have, naming the field', async () => {
    const res = await national({ url: '/api/v1/units/TM/ranking?campaign=CD5&by=quota_percent' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields.by).toMatch(/Đợt thi đua/);
    expect((await national({ url: '/api/v1/units/TM/ranking?campaign=KHONGCO' })).statusCode).toBe(404);
    expect((await national({ url: '/api/v1/units/TM/ranking?phase=GD2&campaign=CD5' })).statusCode).toBe(422);
  });

  it('ranks the units of an emulation cluster against each other with the same figures', async () => {
    const cluster = await national({ url: '/api/v1/units/TM/ranking?phase=GD1&cluster=CUM1&by=valid' });
    expect(cluster.statusCode).toBe(200);
    const phase = await national({ url: '/api/v1/units/TM/ranking?phase=GD1&by=valid' });
    const figuresOf = (items: Array<Item & Record<string, unknown>>) =>
      Object.fromEntries(items.map(({ rank: _r, movement: _m, ...rest }) => [rest.code, rest]));
    const inPhase = figuresOf(phase.json().items);
    const inCluster = figuresOf(cluster.json().items);
    expect(Object.keys(inCluster).sort()).toEqual(['TMH1', 'TMH2', 'TMN1']);
    for (const code of Object.keys(inCluster)) expect(inCluster[code]).toEqual(inPhase[code]);
    expect(cluster.json().cluster).toEqual({ code: 'CUM1', name: 'Cụm huyện' });
    // A cluster is ranked only under the unit that organises it.
    expect((await national({ url: '/api/v1/units/TW/ranking?phase=GD1&cluster=CUM1' })).statusCode).toBe(404);
    const campaign = await national({ url: '/api/v1/units/TM/ranking?cluster=CUM1&campaign=CD5' });
    expect(campaign.statusCode).toBe(200);
  });

  it('shows week-on-week movement from the two latest snapshots, and a rank history', async () => {
    const first = await takeSnapshot(t.database.db, { at: new Date('2022-05-13T17:00:00+07:00'), phaseCodes: ['GD1'] });
    expect(first.phases).toEqual([{ code: 'GD1', units: 19, created: true }]);
    const again = await takeSnapshot(t.database.db, { at: new Date('2022-05-13T17:00:00+07:00'), phaseCodes: ['GD1'] });
    expect(again.phases[0]!.created).toBe(false);
    const onlyOne = await national({ url: '/api/v1/units/TM/ranking?phase=GD1' });
    expect(onlyOne.json().items.find((i: Item) => i.code === 'TMN1').movement).toEqual({
      rank: 3,
      previous_rank: null,
      change: null,
      new: false,
    });
    // TMN1 jumps from 5 to 16 submissions.
    const rows = Array.from(
      { length: 11 },
      (_, n) => `SKM${n},Sáng kiến tuần sau ${n},GD1,TMN1C0001,DV000020,Đã nộp,2022-05-18T09:00`,
    );
    const imported = await importDataset(t.database, initiativesDataset(rows));
    expect(imported.ok, JSON.stringify(imported)).toBe(true);
    await takeSnapshot(t.database.db, { at: new Date('2022-05-20T17:00:00+07:00'), phaseCodes: ['GD1'] });
    const res = await national({ url: '/api/v1/units/TM/ranking?phase=GD1' });
    const tmn1 = res.json().items.find((i: Item) => i.code === 'TMN1');
    expect(tmn1).toMatchObject({ rank: 1, movement: { rank: 1, previous_rank: 3, change: 2, new: false } });
    expect(res.json().items.find((i: Item) => i.code === 'TMH2').movement.change).toBe(-1);
    expect(res.json().items.find((i: Item) => i.code === 'TMH1').movement.change).toBe(-1);
    expect(res.json().movement_between).toEqual({
      latest: '2022-05-20T17:00:00+07:00',
      previous: '2022-05-13T17:00:00+07:00',
    });
    const history = await national({ url: '/api/v1/units/TMN1/rank-history?phase=GD1' });
    expect(history.statusCode).toBe(200);
    expect(history.json().items.map((i: { rank: number; of: number }) => [i.rank, i.of])).toEqual([
      [3, 4],
      [1, 4],
    ]);
  });

  it('hides a neighbouring unit: 404 for its ranking and history, the own unit is fine', async () => {
    expect((await neighbour({ url: '/api/v1/units/TMH1/ranking?phase=GD1' })).statusCode).toBe(404);
    expect((await neighbour({ url: '/api/v1/units/TMH1/rank-history?phase=GD1' })).statusCode).toBe(404);
    expect((await neighbour({ url: '/api/v1/units/TMH2/ranking?phase=GD1' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/units/TM/ranking?phase=GD1' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/units/TW/ranking?phase=GD1' })).statusCode).toBe(200);
  });
});
