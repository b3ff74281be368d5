import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actingAs } from '../../../test/auth-helpers.ts';
import { createTestApp, EXAMPLE_DATASET, type TestApp } from '../../../test/helpers.ts';
import { importDataset } from '../datasets/import.service.ts';

function initiativesDataset(rows: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sk-dash-'));
  fs.writeFileSync(
    path.join(dir, 'initiatives.csv'),
    ['code,title,phase_code,unit_code,author_codes,status,submitted_at', ...rows].join('\n'),
  );
  return dir;
}

const FIGURES = [
  'submissions',
  'valid',
  'pending',
  'invalid',
  'quota',
  'quota_percent',
  'valid_quota_percent',
  'members',
  'rate_percent',
  'grassroots_participating',
  'members_participating',
  'benefit_vnd_total',
] as const;
const pick = (o: Record<string, unknown>) => Object.fromEntries(FIGURES.map((k) => [k, o[k]]));

describe('the dashboard of a unit', () => {
  let t: TestApp;
  const national = actingAs(() => t, [['viewer', 'TW']]);
  const district = actingAs(() => t, [['viewer', 'TMH1']]);
  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2022-05-20T03:00:00Z') });
    expect((await importDataset(t.database, EXAMPLE_DATASET)).ok).toBe(true);
  });
  afterAll(() => t.close());

  it('gives the report’s figures, its children ranked, the daily chart and the backlog by age', async () => {
    // After the phase: the chart covers every day of its window.
    t.setNow(new Date('2022-06-15T03:00:00Z'));
    const res = await national({ url: '/api/v1/units/TM/dashboard?phase=GD1' });
    t.setNow(new Date('2022-05-20T03:00:00Z'));
    expect(res.statusCode).toBe(200);
    const d = res.json();
    const report = (await national({ url: '/api/v1/reports/TM/GD1' })).json();
    expect(pick(d.figures)).toEqual(pick(report));
    expect(d.children.map((c: { code: string }) => c.code).sort()).toEqual(
      report.children.map((c: { code: string }) => c.code).sort(),
    );
    for (const child of report.children) {
      expect(pick(d.children.find((c: { code: string }) => c.code === child.code))).toEqual(pick(child));
    }
    const daily = d.daily as Array<{ day: string; submissions: number }>;
    expect(daily[0]!.day).toBe('2022-01-01');
    expect(daily.at(-1)!.day).toBe('2022-05-31');
    expect(daily.reduce((s, x) => s + x.submissions, 0)).toBe(d.figures.submissions);
    const backlog = d.backlog as Array<{ bucket: string; pending: number }>;
    expect(backlog.map((b) => b.bucket)).toEqual(['0_7', '8_14', '15_30', 'over_30']);
    expect(backlog.reduce((s, b) => s + b.pending, 0)).toBe(d.figures.pending);
    expect(d.without_submissions).toEqual([{ code: 'TMK1', name: 'Công đoàn Khu công nghiệp Nam' }]);
    expect(d.below_quota.map((u: { code: string }) => u.code)).toContain('TMK1');
    for (const u of d.below_quota) expect(u.submissions).toBeLessThan(u.quota);
    expect(d.phases.map((p: { code: string }) => p.code)).toEqual(['GD1', 'GD2']);
  });

  it('sorts the children by the asked metric', async () => {
    const res = await national({ url: '/api/v1/units/TM/dashboard?phase=GD1&by=members' });
    const members = res.json().children.map((c: { members: number }) => c.members);
    expect(members).toEqual([...members].sort((a: number, b: number) => b - a));
  });

  it('is scoped like the report: a district viewer sees its own, a neighbour gets 404', async () => {
    expect((await district({ url: '/api/v1/units/TMH1/dashboard?phase=GD1' })).statusCode).toBe(200);
    expect((await district({ url: '/api/v1/units/TMH2/dashboard?phase=GD1' })).statusCode).toBe(404);
    expect((await district({ url: '/api/v1/units/TM/dashboard?phase=GD1' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/units/TW/dashboard' })).statusCode).toBe(401);
  });

  it('agrees with the ranking, the report and the live counter after an aggregate-changing import', async () => {
    const rows = Array.from({ length: 3 }, (_, n) => `SKD${n},Mới ${n},GD1,TMH1C0002,DV000005,Hợp lệ,2022-05-19T08:00`);
    expect((await importDataset(t.database, initiativesDataset(rows))).ok).toBe(true);
    const dashboard = (await national({ url: '/api/v1/units/TW/dashboard?phase=GD1' })).json();
    const report = (await national({ url: '/api/v1/reports/TW/GD1' })).json();
    const ranking = (await national({ url: '/api/v1/units/TW/ranking?phase=GD1' })).json();
    const live = (await t.app.inject({ method: 'GET', url: '/api/v1/stats/live' })).json();
    expect(pick(dashboard.figures)).toEqual(pick(report));
    expect(live.phase_submissions).toBe(dashboard.figures.submissions);
    const sum = (key: string) => ranking.items.reduce((s: number, i: Record<string, number>) => s + i[key]!, 0);
    for (const key of ['submissions', 'valid', 'pending', 'invalid']) expect(sum(key)).toBe(dashboard.figures[key]);
    const tmh1 = (await district({ url: '/api/v1/units/TMH1/dashboard?phase=GD1' })).json();
    const tmh1Report = (await district({ url: '/api/v1/reports/TMH1/GD1' })).json();
    expect(pick(tmh1.figures)).toEqual(pick(tmh1Report));
    expect(tmh1.daily.find((x: { day: string }) => x.day === '2022-05-19').valid).toBeGreaterThanOrEqual(3);
  });
});
