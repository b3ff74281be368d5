/** Parsing the tree's tables: units, phases (with their programmes) and quotas. */
import { UNIT_KIND_LABELS, parseUnitKind } from '@sangkien/shared';
import type { PhaseRow, QuotaRow, UnitRow } from './dataset-rows.ts';
import { checkUnique, type TableReader } from './table-reader.ts';

export function parseUnits(reader: TableReader, errored: Set<string>): UnitRow[] {
  const out: UnitRow[] = [];
  for (const raw of reader.raw.rows) {
    reader.at(raw);
    const before = reader.issues.length;
    const code = reader.text('code', true);
    const name = reader.text('name', true);
    const kind = reader.choice('kind', parseUnitKind, UNIT_KIND_LABELS, 'loại đơn vị');
    const parentCode = reader.text('parent_code');
    const members = reader.integer('members') ?? 0;
    const joinCode = reader.text('join_code');
    if (joinCode !== null && !/^[A-Za-z0-9-]{4,32}$/.test(joinCode)) {
      reader.issue(
        `mã tham gia "${joinCode}" chỉ được gồm chữ không dấu, số và dấu gạch ngang (4–32 ký tự)`,
        'join_code',
      );
    }
    reader.rememberErrored(before, 'code', errored);
    if (reader.issues.length === before && code && name && kind) {
      out.push({ row: raw.row, code, name, kind, parentCode, members, joinCode: joinCode?.toUpperCase() ?? null });
    }
  }
  checkUnique(out, (r) => r.code, reader, 'code', 'mã đơn vị');
  checkUnique(
    out.filter((r) => r.joinCode),
    (r) => r.joinCode!,
    reader,
    'join_code',
    'mã tham gia',
  );
  return out;
}

export function parsePhases(reader: TableReader, errored: Set<string>): PhaseRow[] {
  const out: PhaseRow[] = [];
  const programmes = new Map<string, { name: string; goal: number | null; row: number }>();
  for (const raw of reader.raw.rows) {
    reader.at(raw);
    const before = reader.issues.length;
    const programmeCode = reader.text('programme_code', true);
    const programmeName = reader.text('programme_name', true);
    const programmeGoal = reader.integer('programme_goal');
    const phaseCode = reader.text('phase_code', true);
    const phaseName = reader.text('phase_name', true);
    const startsAt = reader.instant('starts_at', true);
    const endsAt = reader.instant('ends_at', true, true);
    if (startsAt && endsAt && endsAt <= startsAt)
      reader.issue('thời điểm kết thúc phải sau thời điểm bắt đầu', 'ends_at');
    if (programmeCode && programmeName) {
      const known = programmes.get(programmeCode);
      if (!known) programmes.set(programmeCode, { name: programmeName, goal: programmeGoal, row: raw.row });
      else if (known.name !== programmeName) {
        reader.issue(`chương trình "${programmeCode}" mang tên khác với dòng ${known.row}`, 'programme_name');
      } else if (programmeGoal !== null && known.goal !== null && known.goal !== programmeGoal) {
        reader.issue(`chương trình "${programmeCode}" có mục tiêu khác với dòng ${known.row}`, 'programme_goal');
      }
    }
    reader.rememberErrored(before, 'phase_code', errored);
    if (
      reader.issues.length === before &&
      programmeCode &&
      programmeName &&
      phaseCode &&
      phaseName &&
      startsAt &&
      endsAt
    ) {
      out.push({ row: raw.row, programmeCode, programmeName, programmeGoal, phaseCode, phaseName, startsAt, endsAt });
    }
  }
  checkUnique(out, (r) => r.phaseCode, reader, 'phase_code', 'mã giai đoạn');
  return out;
}

export function parseQuotas(reader: TableReader): QuotaRow[] {
  const out: QuotaRow[] = [];
  for (const raw of reader.raw.rows) {
    reader.at(raw);
    const before = reader.issues.length;
    const unitCode = reader.text('unit_code', true);
    const phaseCode = reader.text('phase_code', true);
    const quota = reader.integer('quota', true);
    if (reader.issues.length === before && unitCode && phaseCode && quota !== null) {
      out.push({ row: raw.row, unitCode, phaseCode, quota });
    }
  }
  checkUnique(out, (r) => `${r.unitCode} / ${r.phaseCode}`, reader, 'unit_code', 'chỉ tiêu của đơn vị / giai đoạn');
  return out;
}
