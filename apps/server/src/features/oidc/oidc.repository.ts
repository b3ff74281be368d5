/** SQL of single sign-on: flows in progress, pending registrations, linked identities. */
import { and, eq, lt } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { accountIdentities, oidcLogins } from '../../db/schema/index.ts';

export type OidcLoginRecord = typeof oidcLogins.$inferSelect;

export async function insertFlow(db: DbOrTx, flow: typeof oidcLogins.$inferInsert): Promise<void> {
  await db.insert(oidcLogins).values(flow);
}

export async function deleteExpiredFlows(db: DbOrTx, now: Date): Promise<void> {
  await db.delete(oidcLogins).where(lt(oidcLogins.expiresAt, now));
}

export async function findFlowByState(db: DbOrTx, stateHash: string): Promise<OidcLoginRecord | undefined> {
  const [row] = await db.select().from(oidcLogins).where(eq(oidcLogins.stateHash, stateHash)).limit(1);
  return row;
}

export async function findFlowByPendingToken(db: DbOrTx, tokenHash: string): Promise<OidcLoginRecord | undefined> {
  const [row] = await db.select().from(oidcLogins).where(eq(oidcLogins.pendingTokenHash, tokenHash)).limit(1);
  return row;
}

export async function updateFlow(
  db: DbOrTx,
  id: number,
  changes: Partial<typeof oidcLogins.$inferInsert>,
): Promise<void> {
  await db.update(oidcLogins).set(changes).where(eq(oidcLogins.id, id));
}

export async function findIdentity(db: DbOrTx, issuer: string, subject: string) {
  const [row] = await db
    .select()
    .from(accountIdentities)
    .where(and(eq(accountIdentities.issuer, issuer), eq(accountIdentities.subject, subject)))
    .limit(1);
  return row;
}

export async function insertIdentity(db: DbOrTx, identity: typeof accountIdentities.$inferInsert): Promise<void> {
  await db.insert(accountIdentities).values(identity).onConflictDoNothing();
}
