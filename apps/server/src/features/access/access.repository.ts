/** Loads what an actor is: the account, its member's unit and its role grants with unit paths. */
import { sql } from 'drizzle-orm';
import type { Role } from '@sangkien/shared';
import { queryOne, queryRows, type DbOrTx } from '../../db/client.ts';
import type { Grant } from './access.policy.ts';

export interface ActorAccountRow {
  id: number;
  display_name: string;
  disabled: boolean;
  member_id: number | null;
  member_code: string | null;
  unit_id: number | null;
  unit_code: string | null;
  unit_name: string | null;
  unit_path: number[] | null;
}

export async function findActorAccount(db: DbOrTx, accountId: number): Promise<ActorAccountRow | undefined> {
  return queryOne<ActorAccountRow>(
    db,
    sql`select a.id, a.display_name, a.disabled, m.id as member_id, m.code as member_code,
          u.id as unit_id, u.code as unit_code, u.name as unit_name, u.path as unit_path
        from accounts a left join members m on m.id = a.member_id left join units u on u.id = m.unit_id
        where a.id = ${accountId}`,
  );
}

export async function listGrants(db: DbOrTx, accountId: number): Promise<Grant[]> {
  const rows = await queryRows<{ id: number; role: Role; unit_id: number; code: string; name: string; path: number[] }>(
    db,
    sql`select g.id, g.role, g.unit_id, u.code, u.name, u.path
        from role_grants g join units u on u.id = g.unit_id
        where g.account_id = ${accountId} order by u.depth, u.code, g.role`,
  );
  return rows.map((r) => ({
    id: r.id,
    role: r.role,
    unitId: r.unit_id,
    unitCode: r.code,
    unitName: r.name,
    unitPath: r.path,
  }));
}
