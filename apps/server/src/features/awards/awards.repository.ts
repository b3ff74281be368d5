/** SQL of awards (giấy khen, bằng khen) to initiatives, members and collectives. */
import { sql } from 'drizzle-orm';
import { queryOne, queryRows, type DbOrTx } from '../../db/client.ts';
import { awards } from '../../db/schema/index.ts';
import { intArray } from '../../db/sql-values.ts';

export async function insertAward(db: DbOrTx, values: typeof awards.$inferInsert): Promise<number> {
  const [row] = await db.insert(awards).values(values).returning({ id: awards.id });
  return row!.id;
}

export interface AwardRow {
  id: number;
  kind: 'giay_khen' | 'bang_khen';
  level: 'grassroots' | 'district' | 'province' | 'national';
  decision_number: string;
  decided_on: string;
  granted_by_code: string;
  granted_by_name: string;
  phase_code: string;
  reason: string | null;
  recipient_kind: 'initiative' | 'member' | 'unit';
  recipient_code: string;
  recipient_name: string;
  recipient_unit_name: string;
  confidentiality: string | null;
  /** Authors of an awarded initiative, in order. */
  authors: string[] | null;
}

const AWARD_SELECT = sql`select a.id, a.kind, a.level, a.decision_number, a.decided_on::text as decided_on,
    g.code as granted_by_code, g.name as granted_by_name, ph.code as phase_code, a.reason,
    case when a.initiative_id is not null then 'initiative' when a.member_id is not null then 'member' else 'unit' end
      as recipient_kind,
    coalesce(i.code, m.code, ru.code) as recipient_code,
    coalesce(i.title, m.full_name, ru.name) as recipient_name,
    coalesce(iu.name, mu.name, ru.name) as recipient_unit_name,
    i.confidentiality,
    (select array_agg(am.full_name order by ia.position) from initiative_authors ia join members am on am.id = ia.member_id
      where ia.initiative_id = a.initiative_id) as authors
  from awards a join units g on g.id = a.unit_id join phases ph on ph.id = a.phase_id
    left join initiatives i on i.id = a.initiative_id left join units iu on iu.id = i.unit_id
    left join members m on m.id = a.member_id left join units mu on mu.id = m.unit_id
    left join units ru on ru.id = a.recipient_unit_id`;

const ORDER = sql`order by array_position(array['national','province','district','grassroots'], a.level),
  array_position(array['bang_khen','giay_khen'], a.kind), a.decided_on, a.id`;

export async function findAward(db: DbOrTx, id: number): Promise<AwardRow | undefined> {
  return queryOne<AwardRow>(db, sql`${AWARD_SELECT} where a.id = ${id}`);
}

/** Awards granted by the unit or any unit below it (optionally in one phase, to one kind of recipient). */
export async function listSubtreeAwards(
  db: DbOrTx,
  unitId: number,
  options: { phaseId?: number; recipients?: 'collective' | 'individual'; limit?: number } = {},
): Promise<AwardRow[]> {
  const phase = options.phaseId === undefined ? sql`` : sql`and a.phase_id = ${options.phaseId}`;
  const recipients =
    options.recipients === undefined
      ? sql``
      : options.recipients === 'collective'
        ? sql`and a.recipient_unit_id is not null`
        : sql`and a.recipient_unit_id is null`;
  return queryRows<AwardRow>(
    db,
    sql`${AWARD_SELECT} where g.path @> ${intArray([unitId])}::int[] ${phase} ${recipients} ${ORDER}
        limit ${options.limit ?? 500}`,
  );
}

export async function listInitiativeAwards(db: DbOrTx, initiativeId: number): Promise<AwardRow[]> {
  return queryRows<AwardRow>(db, sql`${AWARD_SELECT} where a.initiative_id = ${initiativeId} ${ORDER}`);
}

export interface RecipientRow {
  id: number;
  path: number[];
  phase_id: number | null;
}

export async function findInitiativeRecipient(db: DbOrTx, code: string) {
  return queryOne<RecipientRow>(
    db,
    sql`select i.id, u.path, i.phase_id from initiatives i join units u on u.id = i.unit_id
        where i.code = ${code} and i.status = 'valid'`,
  );
}

export async function findMemberRecipient(db: DbOrTx, code: string) {
  return queryOne<RecipientRow>(
    db,
    sql`select m.id, u.path, null::int as phase_id from members m join units u on u.id = m.unit_id where m.code = ${code}`,
  );
}

export async function findUnitRecipient(db: DbOrTx, code: string) {
  return queryOne<RecipientRow>(
    db,
    sql`select u.id, u.path, null::int as phase_id from units u where u.code = ${code}`,
  );
}
