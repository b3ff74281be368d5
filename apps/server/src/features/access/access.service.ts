/** Building the actor of a request, and the checks services share (404 for what is not visible). */
import type { DbOrTx } from '../../db/client.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { findUnitByCode, type UnitRecord } from '../units/units.repository.ts';
import { canSeeUnit, type Actor } from './access.policy.ts';
import { findActorAccount, listGrants } from './access.repository.ts';

export async function loadActor(
  db: DbOrTx,
  accountId: number,
  via: Actor['via'],
  session: { id: string; csrfToken: string } | null,
): Promise<Actor | null> {
  const account = await findActorAccount(db, accountId);
  if (!account || account.disabled) return null;
  return {
    accountId: account.id,
    displayName: account.display_name,
    memberId: account.member_id,
    memberCode: account.member_code,
    memberUnit:
      account.unit_id === null
        ? null
        : { id: account.unit_id, code: account.unit_code!, name: account.unit_name!, path: account.unit_path! },
    grants: await listGrants(db, accountId),
    via,
    sessionId: session?.id ?? null,
    csrfToken: session?.csrfToken ?? null,
  };
}

export const unauthenticated = () => new AppError('unauthenticated', 'Bạn cần đăng nhập để xem hoặc làm việc này.');

export const forbidden = (what: string) => new AppError('forbidden', `Bạn không có quyền ${what}.`);

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}

/**
 * The unit if the actor may see it; anonymous callers get 401 and others 404 whether or not the
 * unit exists, so nobody learns of units outside their scope.
 */
export async function requireVisibleUnit(
  db: DbOrTx,
  actor: Actor | null,
  code: string,
  options: { publicRoot?: boolean } = {},
): Promise<UnitRecord> {
  const unit = await findUnitByCode(db, code);
  if (unit && options.publicRoot && unit.parentId === null) return unit;
  if (!actor) throw unauthenticated();
  if (!unit || !canSeeUnit(actor, unit)) throw notFound(`đơn vị "${code}"`);
  return unit;
}

/** The visible unit, and a 403 when the actor may see it but not do `what` there. */
export async function requireUnitPermission(
  db: DbOrTx,
  actor: Actor | null,
  code: string,
  allowed: (actor: Actor, unit: UnitRecord) => boolean,
  what: string,
): Promise<{ actor: Actor; unit: UnitRecord }> {
  const unit = await requireVisibleUnit(db, actor, code);
  const who = actor!;
  if (!allowed(who, unit)) throw forbidden(what);
  return { actor: who, unit };
}
