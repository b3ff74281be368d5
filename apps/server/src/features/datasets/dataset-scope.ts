/**
 * An admin's import is limited to the roster of their own subtree: only members.csv, every row's
 * unit inside the subtree, and no member code that belongs to someone outside it. Out-of-scope
 * rows are reported and removed, so later checks say nothing about units the admin cannot see.
 */
import { TABLE_NAMES } from './dataset-columns.ts';
import type { ParsedDataset } from './dataset-rows.ts';
import type { ImportIssue } from './import-issues.ts';

export interface ImportScope {
  /** The unit whose subtree the importer administers. */
  unitId: number;
  unitCode: string;
}

export interface ScopeState {
  /** Unit codes of the file that lie inside the subtree. */
  unitCodesInScope: Set<string>;
  /** Member codes of the file held by members outside the subtree. */
  memberCodesOutside: Set<string>;
}

export function checkScope(data: ParsedDataset, scope: ImportScope, state: ScopeState, issues: ImportIssue[]): void {
  for (const table of TABLE_NAMES) {
    if (table === 'members' || !data.labels[table]) continue;
    issues.push({
      file: data.labels[table]!,
      row: 0,
      message: `ở đây chỉ nhập được danh sách đoàn viên (members.csv) của "${scope.unitCode}" và các đơn vị cấp dưới`,
    });
  }
  const label = data.labels.members ?? 'members.csv';
  data.members = data.members.filter((member) => {
    if (!state.unitCodesInScope.has(member.unitCode)) {
      issues.push({
        file: label,
        row: member.row,
        column: 'unit_code',
        message: `không có đơn vị "${member.unitCode}" trong phạm vi bạn quản trị (${scope.unitCode})`,
      });
      return false;
    }
    if (state.memberCodesOutside.has(member.code)) {
      issues.push({
        file: label,
        row: member.row,
        column: 'member_code',
        message: `mã đoàn viên "${member.code}" đã thuộc một đoàn viên ngoài phạm vi bạn quản trị`,
      });
      return false;
    }
    return true;
  });
}
