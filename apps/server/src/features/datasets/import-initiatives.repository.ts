/** SQL of importing initiatives: fields, upsert, authors, history and the aggregates. */
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { intArray } from '../../db/sql-values.ts';
import type { UnitPhasePair } from '../stats/stats.repository.ts';
import { assignments, type TableCounts } from './import.repository.ts';

export const INITIATIVE_STAGE = {
  code: 'text',
  title: 'text',
  search_folded: 'text',
  phase_code: 'text',
  unit_code: 'text',
  status: 'text',
  submitted_at: 'timestamptz',
  field_folded: 'text',
  problem: 'text',
  solution: 'text',
  benefit: 'text',
  benefit_vnd: 'int8',
  benefit_period: 'text',
  confidentiality: 'text',
  author_codes: 'text[]',
} as const;

/** Adds the fields (lĩnh vực) the file names that the list does not have yet. */
export async function addMissingFields(
  tx: DbOrTx,
  fields: Array<{ code: string; name: string; folded: string }>,
): Promise<void> {
  for (const field of fields) {
    await tx.execute(sql`
      insert into fields (code, name, name_folded, position)
      select ${field.code}, ${field.name}, ${field.folded}, coalesce((select max(position) + 1 from fields), 0)
      where not exists (select 1 from fields where name_folded = ${field.folded})
      on conflict (code) do nothing`);
  }
}

export interface OptionalInitiativeColumns {
  field_id: boolean;
  problem: boolean;
  solution: boolean;
  benefit: boolean;
  benefit_vnd: boolean;
  benefit_period: boolean;
  confidentiality: boolean;
}

export interface InitiativeImportResult {
  counts: TableCounts;
  /** (unit, phase) pairs whose aggregates must be recounted. */
  pairs: UnitPhasePair[];
}

export async function upsertInitiatives(
  tx: DbOrTx,
  present: OptionalInitiativeColumns,
  now: Date,
): Promise<InitiativeImportResult> {
  const before = await queryRows<{ id: number; unit_id: number; phase_id: number; status: string }>(
    tx,
    sql`select i.id, i.unit_id, i.phase_id, i.status from initiatives i join stage_initiatives s on s.code = i.code`,
  );
  const changedColumns = Object.entries(present)
    .filter(([, has]) => has)
    .map(([column]) => sql.raw(`initiatives.${column} is distinct from excluded.${column}`));
  const upserted = await queryRows<{ id: number; inserted: boolean }>(
    tx,
    sql`insert into initiatives (code, title, search_folded, phase_id, unit_id, status, confidentiality, field_id, problem,
          solution, benefit, benefit_vnd, benefit_period, submitted_at, status_changed_at)
        select s.code, s.title, s.search_folded, p.id, u.id, s.status, s.confidentiality, f.id, s.problem, s.solution,
          s.benefit, s.benefit_vnd, s.benefit_period, s.submitted_at, coalesce(s.submitted_at, ${now})
        from stage_initiatives s join phases p on p.code = s.phase_code join units u on u.code = s.unit_code
          left join fields f on f.name_folded = s.field_folded
        on conflict (code) do update set title = excluded.title, search_folded = excluded.search_folded,
          phase_id = excluded.phase_id, unit_id = excluded.unit_id, status = excluded.status,
          submitted_at = excluded.submitted_at,
          status_changed_at = case when initiatives.status <> excluded.status then ${now} else initiatives.status_changed_at end,
          ${assignments('initiatives', present as unknown as Record<string, boolean>)},
          version = initiatives.version + 1, updated_at = ${now}
        where (initiatives.title, initiatives.search_folded, initiatives.phase_id, initiatives.unit_id, initiatives.status, initiatives.submitted_at)
          is distinct from (excluded.title, excluded.search_folded, excluded.phase_id, excluded.unit_id, excluded.status, excluded.submitted_at)
          ${changedColumns.length > 0 ? sql` or ${sql.join(changedColumns, sql` or `)}` : sql``}
        returning id, (xmax = 0) as inserted`,
  );

  await tx.execute(sql`
    create temp table stage_authors on commit drop as
    select i.id as initiative_id, m.id as member_id, (a.ord - 1)::smallint as position
    from stage_initiatives s join initiatives i on i.code = s.code
      cross join lateral unnest(s.author_codes) with ordinality as a(code, ord)
      join members m on m.code = a.code`);
  const removed = await queryRows<{ initiative_id: number }>(
    tx,
    sql`delete from initiative_authors ia using stage_initiatives s join initiatives i on i.code = s.code
        where ia.initiative_id = i.id
          and not exists (select 1 from stage_authors sa where sa.initiative_id = ia.initiative_id and sa.member_id = ia.member_id)
        returning ia.initiative_id`,
  );
  const added = await queryRows<{ initiative_id: number }>(
    tx,
    sql`insert into initiative_authors (initiative_id, member_id, position)
        select initiative_id, member_id, position from stage_authors
        on conflict (initiative_id, member_id) do update set position = excluded.position
        where initiative_authors.position <> excluded.position
        returning initiative_id`,
  );

  const inserted = upserted.filter((r) => r.inserted).map((r) => r.id);
  const changed = new Set([
    ...upserted.filter((r) => !r.inserted).map((r) => r.id),
    ...removed.map((r) => r.initiative_id),
    ...added.map((r) => r.initiative_id),
  ]);
  for (const id of inserted) changed.delete(id);

  // History: how each initiative arrived at its status.
  await tx.execute(sql`
    insert into initiative_events (initiative_id, from_status, to_status, at, source)
    select i.id, null, i.status, coalesce(i.submitted_at, ${now}), 'import' from initiatives i
    where i.id = any(${intArray(inserted)}::int[])`);
  const beforeStatus = new Map(before.map((b) => [b.id, b.status]));
  const statusChanged = before.filter((b) => changed.has(b.id)).map((b) => b.id);
  if (statusChanged.length > 0) {
    await tx.execute(sql`
      insert into initiative_events (initiative_id, from_status, to_status, at, source)
      select i.id, b.status, i.status, ${now}, 'import'
      from initiatives i join unnest(${intArray(statusChanged)}::int[], ${`{${statusChanged.map((id) => beforeStatus.get(id)).join(',')}}`}::text[]) as b(id, status)
        on b.id = i.id
      where i.status <> b.status`);
  }

  const touched = [...inserted, ...changed];
  const pairs = new Map<string, UnitPhasePair>();
  for (const b of before) {
    if (changed.has(b.id)) pairs.set(`${b.unit_id}:${b.phase_id}`, { unitId: b.unit_id, phaseId: b.phase_id });
  }
  if (touched.length > 0) {
    const after = await queryRows<{ unit_id: number; phase_id: number }>(
      tx,
      sql`select distinct unit_id, phase_id from initiatives where id = any(${intArray(touched)}::int[])`,
    );
    for (const a of after) pairs.set(`${a.unit_id}:${a.phase_id}`, { unitId: a.unit_id, phaseId: a.phase_id });
  }
  return { counts: { added: inserted.length, updated: changed.size }, pairs: [...pairs.values()] };
}
