/** SQL of nominations of recognised initiatives up the tree, and the outstanding level they reach. */
import { eq, sql } from 'drizzle-orm';
import { queryOne, queryRows, type DbOrTx } from '../../db/client.ts';
import { initiatives, nominations } from '../../db/schema/index.ts';

export interface NominationInitiativeRow {
  id: number;
  code: string;
  unit_id: number;
  unit_path: number[];
  recognised: boolean;
  outstanding_level: 'grassroots' | 'district' | 'province' | 'national' | null;
  /** Units whose councils recognised it. */
  recognised_by: number[];
  /** Units that selected it from their nominations. */
  selected_by: number[];
}

export async function findNominationInitiative(db: DbOrTx, code: string) {
  return queryOne<NominationInitiativeRow>(
    db,
    sql`select i.id, i.code, i.unit_id, u.path as unit_path, i.recognised_at is not null as recognised, i.outstanding_level,
          array(select c.unit_id from council_reviews r join councils c on c.id = r.council_id
                where r.initiative_id = i.id and r.recognised) as recognised_by,
          array(select n.to_unit_id from nominations n where n.initiative_id = i.id and n.status = 'selected') as selected_by
        from initiatives i join units u on u.id = i.unit_id where i.code = ${code}`,
  );
}

export async function insertNomination(
  db: DbOrTx,
  values: typeof nominations.$inferInsert,
): Promise<number | undefined> {
  const [row] = await db.insert(nominations).values(values).onConflictDoNothing().returning({ id: nominations.id });
  return row?.id;
}

export interface NominationRow {
  id: number;
  initiative_id: number;
  initiative_code: string;
  title: string;
  confidentiality: string;
  initiative_unit_name: string;
  from_code: string;
  from_name: string;
  to_unit_id: number;
  to_code: string;
  to_name: string;
  to_path: number[];
  level: 'grassroots' | 'district' | 'province' | 'national';
  note: string | null;
  status: 'nominated' | 'selected' | 'not_selected';
  nominated_at: string;
  decided_at: string | null;
}

const SELECT = sql`select n.id, n.initiative_id, i.code as initiative_code, i.title, i.confidentiality,
    iu.name as initiative_unit_name, f.code as from_code, f.name as from_name, n.to_unit_id, t.code as to_code,
    t.name as to_name, t.path as to_path, n.level, n.note, n.status, n.nominated_at, n.decided_at
  from nominations n join initiatives i on i.id = n.initiative_id join units iu on iu.id = i.unit_id
    join units f on f.id = n.from_unit_id join units t on t.id = n.to_unit_id`;

export async function findNomination(db: DbOrTx, id: number) {
  return queryOne<NominationRow>(db, sql`${SELECT} where n.id = ${id}`);
}

export async function listNominations(db: DbOrTx, unitId: number, direction: 'received' | 'sent') {
  const where = direction === 'received' ? sql`n.to_unit_id = ${unitId}` : sql`n.from_unit_id = ${unitId}`;
  return queryRows<NominationRow>(db, sql`${SELECT} where ${where} order by n.nominated_at desc, n.id desc limit 500`);
}

export async function decideNomination(
  db: DbOrTx,
  id: number,
  values: { status: 'selected' | 'not_selected'; decidedAt: Date; decidedByAccountId: number },
) {
  await db.update(nominations).set(values).where(eq(nominations.id, id));
}

export async function setOutstandingLevel(db: DbOrTx, initiativeId: number, level: string) {
  await db.update(initiatives).set({ outstandingLevel: level }).where(eq(initiatives.id, initiativeId));
}
