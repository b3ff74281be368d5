/**
 * Checks across tables and against what the database already holds (the merged state after
 * the import): the tree has one root and no cycle, every reference resolves, initiatives and
 * members sit in grassroots units. Pure: the caller loads `ExistingState`.
 */
import { UNIT_KIND_LABELS, type UnitKind } from '@sangkien/shared';
import type { ParsedDataset } from './dataset-rows.ts';
import type { ImportIssue } from './import-issues.ts';

export interface ExistingUnit {
  kind: UnitKind;
  parentCode: string | null;
  /** Has members or initiatives (its kind cannot leave grassroots). */
  hasPeople: boolean;
}

export interface ExistingState {
  units: Map<string, ExistingUnit>;
  phaseCodes: Set<string>;
  /** Members referenced by the file but not in it: code → unit code. */
  members: Map<string, string>;
  /** Join codes already held by other units: join code → unit code. */
  joinCodes: Map<string, string>;
}

export function checkDataset(data: ParsedDataset, existing: ExistingState, issues: ImportIssue[]): void {
  const label = (table: keyof ParsedDataset['labels']) => data.labels[table] ?? `${table}.csv`;
  const issue = (table: keyof ParsedDataset['labels'], row: number, column: string, message: string) =>
    issues.push({ file: label(table), row, column, message });

  // The merged tree: what the database has, overridden by the file.
  const tree = new Map<string, { kind: UnitKind; parentCode: string | null; row?: number }>();
  for (const [code, unit] of existing.units) tree.set(code, { kind: unit.kind, parentCode: unit.parentCode });
  for (const unit of data.units) tree.set(unit.code, { kind: unit.kind, parentCode: unit.parentCode, row: unit.row });
  const fileUnits = new Map(data.units.map((unit) => [unit.code, unit]));

  const unitKnown = (code: string) => tree.has(code) || data.erroredCodes.units.has(code);
  for (const unit of data.units) {
    if (unit.parentCode !== null && !unitKnown(unit.parentCode)) {
      issue('units', unit.row, 'parent_code', `không tìm thấy đơn vị cấp trên "${unit.parentCode}"`);
    }
    const before = existing.units.get(unit.code);
    if (before?.kind === 'grassroots' && unit.kind !== 'grassroots' && before.hasPeople) {
      issue(
        'units',
        unit.row,
        'kind',
        `đơn vị "${unit.code}" đang có đoàn viên hoặc sáng kiến nên phải là ${UNIT_KIND_LABELS.grassroots}`,
      );
    }
    if (unit.joinCode) {
      // A unit absent from the file, or with an empty join code in it, keeps the one it has.
      const holder = existing.joinCodes.get(unit.joinCode);
      const holderRow = holder === undefined ? undefined : fileUnits.get(holder);
      if (holder !== undefined && holder !== unit.code && (holderRow?.joinCode ?? unit.joinCode) === unit.joinCode) {
        issue('units', unit.row, 'join_code', `mã tham gia "${unit.joinCode}" đã thuộc đơn vị "${holder}"`);
      }
    }
  }

  const roots = [...tree.entries()].filter(([, unit]) => unit.parentCode === null);
  if (roots.length > 1) {
    const names = roots.map(([code]) => `"${code}"`).join(', ');
    for (const [, unit] of roots) {
      if (unit.row !== undefined) {
        issue(
          'units',
          unit.row,
          'parent_code',
          `chỉ được có một đơn vị gốc (không có cấp trên), đang có ${roots.length}: ${names}`,
        );
      }
    }
  }

  const reported = new Set<string>();
  for (const unit of data.units) {
    const chain = [unit.code];
    const seen = new Set(chain);
    let parent = unit.parentCode;
    while (parent !== null) {
      if (seen.has(parent)) {
        const cycle = chain.slice(chain.indexOf(parent));
        const key = [...cycle].sort().join('|');
        if (!reported.has(key)) {
          reported.add(key);
          issue('units', unit.row, 'parent_code', `vòng lặp cấp trên: ${[...cycle, parent].join(' → ')}`);
        }
        break;
      }
      seen.add(parent);
      chain.push(parent);
      parent = tree.get(parent)?.parentCode ?? null;
    }
  }

  const phaseCodes = new Set([
    ...existing.phaseCodes,
    ...data.phases.map((p) => p.phaseCode),
    ...data.erroredCodes.phases,
  ]);
  const grassroots = (table: 'quotas' | 'members' | 'initiatives', row: number, code: string) => {
    const unit = tree.get(code);
    if (!unit) {
      if (!unitKnown(code)) issue(table, row, 'unit_code', `không tìm thấy đơn vị "${code}"`);
      return;
    }
    if (unit.kind !== 'grassroots') {
      issue(
        table,
        row,
        'unit_code',
        `đơn vị "${code}" không phải ${UNIT_KIND_LABELS.grassroots} (loại: ${UNIT_KIND_LABELS[unit.kind]})`,
      );
    }
  };

  for (const quota of data.quotas) {
    if (!unitKnown(quota.unitCode))
      issue('quotas', quota.row, 'unit_code', `không tìm thấy đơn vị "${quota.unitCode}"`);
    if (!phaseCodes.has(quota.phaseCode))
      issue('quotas', quota.row, 'phase_code', `không tìm thấy giai đoạn "${quota.phaseCode}"`);
  }

  for (const member of data.members) grassroots('members', member.row, member.unitCode);

  const memberCodes = new Set([
    ...existing.members.keys(),
    ...data.members.map((m) => m.code),
    ...data.erroredCodes.members,
  ]);
  for (const initiative of data.initiatives) {
    if (!phaseCodes.has(initiative.phaseCode)) {
      issue('initiatives', initiative.row, 'phase_code', `không tìm thấy giai đoạn "${initiative.phaseCode}"`);
    }
    grassroots('initiatives', initiative.row, initiative.unitCode);
    for (const author of initiative.authorCodes) {
      if (!memberCodes.has(author)) {
        issue('initiatives', initiative.row, 'author_codes', `tác giả "${author}" không có trong danh sách đoàn viên`);
      }
    }
  }
}

/** Member codes the file references but does not define (to look up in the database). */
export function referencedMemberCodes(data: ParsedDataset): string[] {
  const defined = new Set([...data.members.map((m) => m.code), ...data.erroredCodes.members]);
  const wanted = new Set<string>();
  for (const initiative of data.initiatives) {
    for (const author of initiative.authorCodes) if (!defined.has(author)) wanted.add(author);
  }
  return [...wanted];
}
