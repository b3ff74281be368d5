/** The current account as `login` and `me` show it. */
import { toVietnamIso, type Me } from '@sangkien/shared';
import type { Actor } from '../access/access.policy.ts';
import type { AccountRecord, MeRow } from './accounts.repository.ts';

export function presentMe(
  account: AccountRecord,
  member: MeRow | undefined,
  actor: Pick<Actor, 'grants'>,
  session: { csrfToken: string; expiresAt: Date } | null,
): Me {
  return {
    account: { id: account.id, display_name: account.displayName, phone: account.phone, email: account.email },
    member_code: member?.member_code ?? null,
    member: member?.member_code
      ? {
          code: member.member_code,
          full_name: member.full_name!,
          unit: { code: member.unit_code!, name: member.unit_name! },
        }
      : null,
    roles: actor.grants.map((g) => ({ id: g.id, role: g.role, unit_code: g.unitCode, unit_name: g.unitName })),
    csrf_token: session?.csrfToken ?? null,
    session_expires_at: session ? toVietnamIso(session.expiresAt) : null,
  };
}
