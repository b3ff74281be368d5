/** An admin imports members.csv for their subtree: the dataset importer's rules, limited to the scope. */
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { canAdminister, type Actor } from '../access/access.policy.ts';
import { requireUnitPermission } from '../access/access.service.ts';
import { readCsvTable } from '../datasets/dataset-reader.ts';
import { parseDataset } from '../datasets/dataset-rows.ts';
import type { ImportIssue } from '../datasets/import-issues.ts';
import { applyDataset } from '../datasets/import.service.ts';

const FILE = 'members.csv';

/** Each problem as `file:row: column` → reason, so the page can list them as the CLI prints them. */
function issueFields(issues: ImportIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const where = issue.row > 0 ? `${issue.file}:${issue.row}` : issue.file;
    const key = issue.column ? `${where}: ${issue.column}` : where;
    fields[key] = fields[key] ? `${fields[key]}; ${issue.message}` : issue.message;
  }
  return fields;
}

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
    throw new AppError(
      'rule_broken',
      `Không nhập gì: ${result.issues.length} lỗi. Hãy sửa tệp rồi nhập lại.`,
      issueFields(result.issues),
    );
  }
  return { members: result.counts.members, rows: result.rows };
}
