/** `sangkien demo` and the data `npm start` loads into an empty database. */
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../db/client.ts';
import { applyDataset } from '../datasets/import.service.ts';
import { formatIssue } from '../datasets/import-issues.ts';
import { planDemo, type DemoScale } from './demo-dataset.ts';
import { consentDemoInitiatives } from '../showcase/showcase.service.ts';

export async function isEmpty(database: Database): Promise<boolean> {
  const rows = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from units`);
  return (rows[0]?.n ?? 0) === 0;
}

export interface DemoSummary {
  units: number;
  members: number;
  initiatives: number;
  seconds: number;
}

export async function loadDemo(
  database: Database,
  scale: DemoScale,
  options: { now?: Date; onProgress?: (line: string) => void } = {},
): Promise<DemoSummary> {
  const started = Date.now();
  const now = options.now ?? new Date();
  const progress = options.onProgress ?? (() => {});
  const plan = planDemo(scale, now);
  const apply = async (label: string, data: Parameters<typeof applyDataset>[1]) => {
    const result = await applyDataset(database, data, [], { now, label });
    if (!result.ok)
      throw new Error(`Dữ liệu mẫu không hợp lệ:\n${result.issues.slice(0, 10).map(formatIssue).join('\n')}`);
    return result.counts;
  };
  await apply(`demo-${scale}`, plan.skeleton);
  progress(`Dữ liệu mẫu: ${plan.totals.units} đơn vị, ${plan.totals.phases} giai đoạn`);
  let members = 0;
  let initiatives = 0;
  let batchNo = 0;
  for (const batch of plan.batches()) {
    const counts = await apply(`demo-${scale}`, batch);
    members += counts.members.added;
    initiatives += counts.initiatives.added;
    batchNo++;
    progress(
      `Lô ${batchNo}: tổng ${members} đoàn viên, ${initiatives} sáng kiến (${((Date.now() - started) / 1000).toFixed(0)} giây)`,
    );
  }
  await consentDemoInitiatives(database.db);
  return { units: plan.totals.units, members, initiatives, seconds: (Date.now() - started) / 1000 };
}
