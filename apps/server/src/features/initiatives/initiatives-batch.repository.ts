/** SQL of reading many initiatives at once (bulk decisions): a few queries, not a few per item. */
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { fields, initiativeAuthors, initiatives, members, phases, units } from '../../db/schema/index.ts';
import { AUTHOR_COLUMNS, type AuthorRecord, type InitiativeRecord } from './initiatives.repository.ts';

/** The initiatives with these codes, locked for update, in code order (missing codes left out). */
export async function findInitiativesByCodes(db: DbOrTx, codes: readonly string[]): Promise<InitiativeRecord[]> {
  if (codes.length === 0) return [];
  const rows = await db
    .select()
    .from(initiatives)
    .where(inArray(initiatives.code, [...codes]))
    .orderBy(asc(initiatives.id))
    .for('update');
  if (rows.length === 0) return [];
  const unitRows = await db
    .select({ id: units.id, code: units.code, name: units.name, path: units.path })
    .from(units)
    .where(inArray(units.id, [...new Set(rows.map((r) => r.unitId))]));
  const phaseRows = await db
    .select({ id: phases.id, code: phases.code, name: phases.name, startsAt: phases.startsAt, endsAt: phases.endsAt })
    .from(phases)
    .where(inArray(phases.id, [...new Set(rows.map((r) => r.phaseId))]));
  const fieldIds = [...new Set(rows.map((r) => r.fieldId).filter((id): id is number => id !== null))];
  const fieldRows =
    fieldIds.length === 0
      ? []
      : await db
          .select({ id: fields.id, code: fields.code, name: fields.name })
          .from(fields)
          .where(inArray(fields.id, fieldIds));
  const authorRows = await db
    .select({ initiativeId: initiativeAuthors.initiativeId, ...AUTHOR_COLUMNS })
    .from(initiativeAuthors)
    .innerJoin(members, eq(members.id, initiativeAuthors.memberId))
    .where(sql`${initiativeAuthors.initiativeId} = any(${`{${rows.map((r) => r.id).join(',')}}`}::int[])`)
    .orderBy(asc(initiativeAuthors.initiativeId), asc(initiativeAuthors.position));
  const unitById = new Map(unitRows.map((u) => [u.id, u]));
  const phaseById = new Map(phaseRows.map((p) => [p.id, p]));
  const fieldById = new Map(fieldRows.map((f) => [f.id, { code: f.code, name: f.name }]));
  const authorsOf = new Map<number, AuthorRecord[]>();
  for (const { initiativeId, ...a } of authorRows)
    authorsOf.set(initiativeId, [...(authorsOf.get(initiativeId) ?? []), a]);
  return rows.map((row) => ({
    row,
    unit: unitById.get(row.unitId)!,
    phase: phaseById.get(row.phaseId)!,
    field: row.fieldId ? (fieldById.get(row.fieldId) ?? null) : null,
    authors: authorsOf.get(row.id) ?? [],
    enteredBy: null,
  }));
}
