/** Roster rows as the API shows them. */
import { toVietnamIso, type RosterMember } from '@sangkien/shared';
import { dbInstant } from '../../db/sql-values.ts';
import type { RosterRow } from './members.repository.ts';

export function presentRosterMember(row: RosterRow): RosterMember {
  const lastLogin = dbInstant(row.last_login_at);
  return {
    code: row.code,
    full_name: row.full_name,
    phone: row.phone,
    email: row.email,
    job_title: row.job_title,
    unit: { code: row.unit_code, name: row.unit_name },
    account:
      row.account_id === null
        ? null
        : { login: row.account_login, last_login_at: lastLogin ? toVietnamIso(lastLogin) : null },
  };
}
