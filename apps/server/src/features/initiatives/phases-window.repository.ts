/** SQL of submission windows: the phase open at an instant, and the next one to open. */
import { and, asc, gt, lte } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { phases } from '../../db/schema/index.ts';

const columns = {
  id: phases.id,
  code: phases.code,
  name: phases.name,
  startsAt: phases.startsAt,
  endsAt: phases.endsAt,
};

export async function findOpenPhase(db: DbOrTx, at: Date) {
  const [row] = await db
    .select(columns)
    .from(phases)
    .where(and(lte(phases.startsAt, at), gt(phases.endsAt, at)))
    .orderBy(asc(phases.endsAt))
    .limit(1);
  return row;
}

export async function findNextPhase(db: DbOrTx, at: Date) {
  const [row] = await db
    .select(columns)
    .from(phases)
    .where(gt(phases.startsAt, at))
    .orderBy(asc(phases.startsAt))
    .limit(1);
  return row;
}
