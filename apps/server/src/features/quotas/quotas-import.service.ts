/** An admin imports quotas.csv (interchange.md §1) for its subtree: every row checked, all or nothing. */
import type { Database } from '../../db/client.ts';
import { canAdminister, type Actor } from '../access/access.policy.ts';
import { requireUnitPermission } from '../access/access.service.ts';
import { readCsvTable } from '../datasets/dataset-reader.ts';
import { parseDataset } from '../datasets/dataset-rows.ts';
import { refusedImport } from '../datasets/import-issues.ts';
import { findPhaseByCode, type PhaseRecord } from '../programmes/programmes.repository.ts';
import { descendantsByCode, quotasOfUnits } from './quotas.repository.ts';
import { quotaChanges } from './quotas.rules.ts';
import { applyAuditedChanges } from './quotas.service.ts';

const FILE = 'quotas.csv';

export async function importQuotas(database: Database, actor: Actor | null, code: string, csv: Buffer, now: Date) {
  const db = database.db;
  const { actor: admin, unit } = await requireUnitPermission(
    db,
    actor,
    code,
    canAdminister,
    'nhập chỉ tiêu cho các đơn vị cấp dưới của đơn vị này',
  );
  const { table, issues } = readCsvTable('quotas', FILE, csv);
  const data = parseDataset({ tables: table ? { quotas: table } : {}, issues: [] }, issues);
  const rows = data.quotas;
  const units = await descendantsByCode(
    db,
    unit.id,
    rows.map((r) => r.unitCode),
  );
  const phases = new Map<string, PhaseRecord | undefined>();
  for (const phaseCode of new Set(rows.map((r) => r.phaseCode)))
    phases.set(phaseCode, await findPhaseByCode(db, phaseCode));
  const seen = new Set<string>();
  for (const row of rows) {
    const issue = (column: string, message: string) => issues.push({ file: FILE, row: row.row, column, message });
    if (!units.has(row.unitCode))
      issue('unit_code', `không có đơn vị "${row.unitCode}" dưới "${unit.code}" (phạm vi bạn quản trị)`);
    if (!phases.get(row.phaseCode)) issue('phase_code', `không tìm thấy giai đoạn "${row.phaseCode}"`);
    const key = `${row.unitCode}/${row.phaseCode}`;
    if (seen.has(key)) issue('unit_code', `đơn vị "${row.unitCode}" đã có chỉ tiêu giai đoạn này ở dòng trước`);
    seen.add(key);
  }
  if (issues.length > 0 || rows.length === 0) {
    if (rows.length === 0 && issues.length === 0) issues.push({ file: FILE, row: 0, message: 'tệp không có dòng nào' });
    throw refusedImport(issues);
  }
  let changed = 0;
  await db.transaction(async (tx) => {
    for (const [phaseCode, phase] of phases) {
      const mine = rows
        .filter((r) => r.phaseCode === phaseCode)
        .map((r) => ({ ...units.get(r.unitCode)!, quota: r.quota }));
      const current = await quotasOfUnits(
        tx,
        mine.map((m) => m.id),
        phase!.id,
      );
      const codes = new Map(mine.map((m) => [m.id, m.code]));
      const changes = quotaChanges(
        current,
        mine.map((m) => ({ unitId: m.id, quota: m.quota })),
      ).map((c) => ({ ...c, code: codes.get(c.unitId)! }));
      await applyAuditedChanges(tx, admin, unit, phase!, changes, now);
      changed += changes.length;
    }
  });
  return { rows: rows.length, changed };
}
