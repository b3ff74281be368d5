/**
 * SQL of the dataset import: what the database already holds, and set-based upserts from staging
 * tables filled by COPY. An update only touches rows whose values differ, so importing the same
 * dataset twice changes nothing.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { UnitKind } from '@sangkien/shared';
import { queryRows, type DatabaseKind, type DbOrTx } from '../../db/client.ts';
import { copyRows, type CopyValue } from '../../db/copy.ts';
import { textArray } from '../../db/sql-values.ts';
import type { ExistingState } from './dataset-checks.ts';
import type { ScopeState } from './dataset-scope.ts';

export interface TableCounts {
  added: number;
  updated: number;
}

const CHUNK = 20_000;

function* chunks<T>(values: readonly T[], size = CHUNK): Generator<T[]> {
  for (let i = 0; i < values.length; i += size) yield values.slice(i, i + size);
}

export async function loadExistingState(
  db: DbOrTx,
  unitCodesChangingKind: string[],
  memberCodes: string[],
  joinCodes: string[],
): Promise<ExistingState> {
  const units = new Map<string, { kind: UnitKind; parentCode: string | null; hasPeople: boolean }>();
  const unitRows = await queryRows<{ code: string; kind: UnitKind; parent_code: string | null }>(
    db,
    sql`select u.code, u.kind, p.code as parent_code from units u left join units p on p.id = u.parent_id`,
  );
  for (const row of unitRows) units.set(row.code, { kind: row.kind, parentCode: row.parent_code, hasPeople: false });
  for (const part of chunks(unitCodesChangingKind)) {
    const rows = await queryRows<{ code: string }>(
      db,
      sql`select u.code from units u where u.code = any(${textArray(part)}::text[])
          and (exists (select 1 from members m where m.unit_id = u.id) or exists (select 1 from initiatives i where i.unit_id = u.id))`,
    );
    for (const row of rows) units.get(row.code)!.hasPeople = true;
  }
  const phaseRows = await queryRows<{ code: string }>(db, sql`select code from phases`);
  const members = new Map<string, string>();
  for (const part of chunks(memberCodes)) {
    const rows = await queryRows<{ code: string; unit_code: string }>(
      db,
      sql`select m.code, u.code as unit_code from members m join units u on u.id = m.unit_id where m.code = any(${textArray(part)}::text[])`,
    );
    for (const row of rows) members.set(row.code, row.unit_code);
  }
  const joins = new Map<string, string>();
  if (joinCodes.length > 0) {
    const rows = await queryRows<{ join_code: string; code: string }>(
      db,
      sql`select join_code, code from units where join_code = any(${textArray(joinCodes)}::text[])`,
    );
    for (const row of rows) joins.set(row.join_code, row.code);
  }
  return { units, phaseCodes: new Set(phaseRows.map((r) => r.code)), members, joinCodes: joins };
}

/** Join codes among `candidates` that some unit already holds. */
export async function takenJoinCodes(db: DbOrTx, candidates: string[]): Promise<Set<string>> {
  if (candidates.length === 0) return new Set();
  const rows = await queryRows<{ join_code: string }>(
    db,
    sql`select join_code from units where join_code = any(${textArray(candidates)}::text[])`,
  );
  return new Set(rows.map((r) => r.join_code));
}

/** A temporary staging table, dropped at commit, filled by COPY. */
export async function stage(
  kind: DatabaseKind,
  tx: DbOrTx,
  name: string,
  columns: Record<string, string>,
  rows: Iterable<readonly CopyValue[]>,
): Promise<void> {
  const definition = Object.entries(columns)
    .map(([column, type]) => `${column} ${type}`)
    .join(', ');
  await tx.execute(sql.raw(`create temp table ${name} (${definition}) on commit drop`));
  await copyRows(kind, tx, name, Object.keys(columns), rows);
  await tx.execute(sql.raw(`analyze ${name}`));
}

/** `col = excluded.col` for columns the file has; absent optional columns keep stored values. */
export function assignments(table: string, columns: Record<string, boolean>): SQL {
  return sql.raw(
    Object.entries(columns)
      .map(([column, present]) => `${column} = ${present ? `excluded.${column}` : `${table}.${column}`}`)
      .join(', '),
  );
}

/** Reads `returning (xmax = 0) as inserted` rows into counts. */
export function countUpserts(rows: Array<{ inserted: boolean }>): TableCounts {
  const added = rows.filter((r) => r.inserted).length;
  return { added, updated: rows.length - added };
}

export async function upsertUnits(
  tx: DbOrTx,
  present: { members: boolean },
  now: Date,
): Promise<{ counts: TableCounts }> {
  const upserted = await queryRows<{ code: string; inserted: boolean }>(
    tx,
    sql`insert into units (code, name, name_folded, kind, members, join_code, path, depth)
        select code, name, name_folded, kind, members, join_code, '{}', 0 from stage_units
        on conflict (code) do update set name = excluded.name, name_folded = excluded.name_folded, kind = excluded.kind,
          ${assignments('units', { members: present.members })},
          join_code = coalesce(excluded.join_code, units.join_code), updated_at = ${now}
        where (units.name, units.kind) is distinct from (excluded.name, excluded.kind)
          or ${present.members ? sql`units.members <> excluded.members` : sql`false`}
          or (excluded.join_code is not null and excluded.join_code is distinct from units.join_code)
        returning code, (xmax = 0) as inserted`,
  );
  const moved = await queryRows<{ code: string }>(
    tx,
    sql`update units u set parent_id = p.id, updated_at = ${now}
        from stage_units s left join units p on p.code = s.parent_code
        where u.code = s.code and u.parent_id is distinct from p.id
        returning u.code`,
  );
  const inserted = new Set(upserted.filter((r) => r.inserted).map((r) => r.code));
  const updated = new Set([...upserted.filter((r) => !r.inserted).map((r) => r.code), ...moved.map((r) => r.code)]);
  for (const code of inserted) updated.delete(code);
  await tx.execute(sql`
    with recursive tree as (
      select id, array[id] as path, 0 as depth from units where parent_id is null
      union all
      select u.id, t.path || u.id, t.depth + 1 from units u join tree t on u.parent_id = t.id
    )
    update units u set path = t.path, depth = t.depth from tree t
    where u.id = t.id and (u.path <> t.path or u.depth <> t.depth)`);
  // Unit history: close versions that no longer describe the unit, open current ones.
  await tx.execute(sql`
    update unit_versions v set valid_to = ${now} from units u
    where v.unit_id = u.id and v.valid_to is null and u.code in (select code from stage_units)
      and (v.parent_id, v.name, v.kind, v.members) is distinct from (u.parent_id, u.name, u.kind, u.members)`);
  await tx.execute(sql`
    insert into unit_versions (unit_id, parent_id, name, kind, members, valid_from)
    select u.id, u.parent_id, u.name, u.kind, u.members,
      case when exists (select 1 from unit_versions o where o.unit_id = u.id) then ${now} else u.valid_from end
    from units u
    where u.code in (select code from stage_units)
      and not exists (select 1 from unit_versions v where v.unit_id = u.id and v.valid_to is null)`);
  return { counts: { added: inserted.size, updated: updated.size } };
}

export interface ProgrammeInput {
  code: string;
  name: string;
  goal: number | null;
}

export interface PhaseInput {
  programmeCode: string;
  code: string;
  name: string;
  position: number;
  startsAt: Date;
  endsAt: Date;
}

export async function upsertProgrammesAndPhases(
  tx: DbOrTx,
  programmes: ProgrammeInput[],
  phases: PhaseInput[],
  goalPresent: boolean,
): Promise<{ programmes: TableCounts; phases: TableCounts }> {
  const programmeRows: Array<{ inserted: boolean }> = [];
  for (const p of programmes) {
    programmeRows.push(
      ...(await queryRows<{ inserted: boolean }>(
        tx,
        sql`insert into programmes (code, name, goal, owner_unit_id)
            values (${p.code}, ${p.name}, ${p.goal}, (select id from units where parent_id is null order by id limit 1))
            on conflict (code) do update set name = excluded.name, ${assignments('programmes', { goal: goalPresent })}
            where programmes.name <> excluded.name ${goalPresent ? sql`or programmes.goal is distinct from excluded.goal` : sql``}
            returning (xmax = 0) as inserted`,
      )),
    );
  }
  const phaseRows: Array<{ inserted: boolean }> = [];
  for (const p of phases) {
    phaseRows.push(
      ...(await queryRows<{ inserted: boolean }>(
        tx,
        sql`insert into phases (programme_id, code, name, position, starts_at, ends_at)
            values ((select id from programmes where code = ${p.programmeCode}), ${p.code}, ${p.name}, ${p.position}, ${p.startsAt}, ${p.endsAt})
            on conflict (code) do update set programme_id = excluded.programme_id, name = excluded.name,
              position = excluded.position, starts_at = excluded.starts_at, ends_at = excluded.ends_at
            where (phases.programme_id, phases.name, phases.position, phases.starts_at, phases.ends_at)
              is distinct from (excluded.programme_id, excluded.name, excluded.position, excluded.starts_at, excluded.ends_at)
            returning (xmax = 0) as inserted`,
      )),
    );
  }
  return { programmes: countUpserts(programmeRows), phases: countUpserts(phaseRows) };
}

export async function upsertQuotas(tx: DbOrTx, now: Date): Promise<TableCounts> {
  return countUpserts(
    await queryRows<{ inserted: boolean }>(
      tx,
      sql`insert into quotas (unit_id, phase_id, quota)
          select u.id, p.id, s.quota from stage_quotas s join units u on u.code = s.unit_code join phases p on p.code = s.phase_code
          on conflict (unit_id, phase_id) do update set quota = excluded.quota, updated_at = ${now}
          where quotas.quota <> excluded.quota
          returning (xmax = 0) as inserted`,
    ),
  );
}

export async function upsertMembers(
  tx: DbOrTx,
  present: { phone: boolean; job_title: boolean },
  now: Date,
): Promise<TableCounts> {
  return countUpserts(
    await queryRows<{ inserted: boolean }>(
      tx,
      sql`insert into members (code, full_name, name_folded, unit_id, phone, job_title)
          select s.code, s.full_name, s.name_folded, u.id, s.phone, s.job_title from stage_members s join units u on u.code = s.unit_code
          on conflict (code) do update set full_name = excluded.full_name, name_folded = excluded.name_folded,
            unit_id = excluded.unit_id, ${assignments('members', present)}, updated_at = ${now}
          where (members.full_name, members.unit_id) is distinct from (excluded.full_name, excluded.unit_id)
            ${present.phone ? sql`or members.phone is distinct from excluded.phone` : sql``}
            ${present.job_title ? sql`or members.job_title is distinct from excluded.job_title` : sql``}
          returning (xmax = 0) as inserted`,
    ),
  );
}

/** Which of the file's unit codes lie in the scope's subtree, and which member codes are held outside it. */
export async function loadScopeState(
  db: DbOrTx,
  scopeUnitId: number,
  unitCodes: string[],
  memberCodes: string[],
): Promise<ScopeState> {
  const inScope = new Set<string>();
  for (const part of chunks(unitCodes)) {
    const rows = await queryRows<{ code: string }>(
      db,
      sql`select code from units where code = any(${textArray(part)}::text[]) and path @> ${`{${scopeUnitId}}`}::int[]`,
    );
    for (const row of rows) inScope.add(row.code);
  }
  const outside = new Set<string>();
  for (const part of chunks(memberCodes)) {
    const rows = await queryRows<{ code: string }>(
      db,
      sql`select m.code from members m join units u on u.id = m.unit_id
          where m.code = any(${textArray(part)}::text[]) and not (u.path @> ${`{${scopeUnitId}}`}::int[])`,
    );
    for (const row of rows) outside.add(row.code);
  }
  return { unitCodesInScope: inScope, memberCodesOutside: outside };
}
