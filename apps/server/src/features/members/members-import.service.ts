/** An admin imports members.csv for their subtree: the dataset importer's rules, limited to the scope. */
import type { Database } from '../../db/client.ts';
import { canAdminister, type Actor } from '../access/access.policy.ts';
import { requireUnitPermission } from '../access/access.service.ts';
import { readCsvTable } from '../datasets/dataset-reader.ts';
import { parseDataset } from '../datasets/dataset-rows.ts';
import { refusedImport } from '../datasets/import-issues.ts';
import { applyDataset } from '../datasets/import.service.ts';

const FILE = 'members.csv';

export async function importRoster(database: Database, actor: Actor | null, unitCode: string, csv: Buffer, now: Date) {
  const { actor: admin, unit } = await requireUnitPermission(
    database.db,
    actor,
    unitCode,
    canAdminister,
    'nhập danh sách đoàn viên vào đơn vị này',
  );
  const { table, issues } = readCsvTable('members', FILE, csv);
  const data = parseDataset({ tables: table ? { members: table } : {}, issues: [] }, issues);
  const result = await applyDataset(database, data, issues, {
    now,
    accountId: admin.accountId,
    scope: { unitId: unit.id, unitCode: unit.code },
    label: FILE,
  });
  if (!result.ok) {
    throw refusedImport(result.issues);
  }
  return { members: result.counts.members, rows: result.rows };
}
