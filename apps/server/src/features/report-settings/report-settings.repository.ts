/** SQL of units' document settings. */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { unitReportSettings } from '../../db/schema/index.ts';

export type ReportSettingsRecord = typeof unitReportSettings.$inferSelect;
export type ReportSettingsColumns = Omit<ReportSettingsRecord, 'unitId' | 'updatedAt'>;

export async function findReportSettings(db: DbOrTx, unitId: number): Promise<ReportSettingsRecord | undefined> {
  const [row] = await db.select().from(unitReportSettings).where(eq(unitReportSettings.unitId, unitId)).limit(1);
  return row;
}

export async function saveReportSettings(
  db: DbOrTx,
  unitId: number,
  columns: ReportSettingsColumns,
  now: Date,
): Promise<void> {
  await db
    .insert(unitReportSettings)
    .values({ unitId, ...columns, updatedAt: now })
    .onConflictDoUpdate({ target: unitReportSettings.unitId, set: { ...columns, updatedAt: now } });
}
