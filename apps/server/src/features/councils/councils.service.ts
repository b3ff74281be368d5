/** Forming councils on a unit and reading them; scoring lives in council-reviews.service.ts. */
import { toVietnamIso, type Council } from '@sangkien/shared';
import type { z } from 'zod';
import type { CreateCouncilRequestSchema } from '@sangkien/shared';
import type { Database, DbOrTx } from '../../db/client.ts';
import { dbInstant } from '../../db/sql-values.ts';
import { AppError, badRequest, notFound } from '../../http/errors.ts';
import { canAdminister, canSeeUnit, hasRole, type Actor } from '../access/access.policy.ts';
import { forbidden, requireActor, requireUnitPermission } from '../access/access.service.ts';
import { listGrants } from '../access/access.repository.ts';
import { findAccountByLogin, findAccountByMember, type AccountRecord } from '../accounts/accounts.repository.ts';
import { requireLoginId } from '../accounts/accounts.service.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { findMemberByCode } from '../members/members.repository.ts';
import {
  findCouncil,
  findProgrammeIdByCode,
  grantCouncilRole,
  insertCouncil,
  insertCouncilMember,
  listSeats,
  listUnitCouncils,
  type CouncilRow,
  type SeatRow,
} from './councils.repository.ts';
import { criteriaErrors, DEFAULT_CRITERIA, maxTotal, POSITION_LABELS, type CouncilPosition } from './councils.rules.ts';

type CreateCouncilRequest = z.infer<typeof CreateCouncilRequestSchema>;

/** Admins of the unit (or above) and holders of the `council` role there see its councils. */
export const canSeeCouncils = (actor: Actor | null, unit: { id: number; path: readonly number[] }) =>
  hasRole(actor, ['admin', 'council'], unit.path);

export function presentCouncil(council: CouncilRow, seats: readonly SeatRow[], actor: Actor): Council {
  const own = seats.filter((s) => s.council_id === council.id);
  return {
    id: council.id,
    name: council.name,
    unit: { code: council.unit_code, name: council.unit_name },
    programme: council.programme_code ? { code: council.programme_code, name: council.programme_name! } : null,
    criteria: council.criteria,
    max_total: maxTotal(council.criteria),
    members: own.map((s) => ({
      account_id: s.account_id,
      display_name: s.display_name,
      member_code: s.member_code,
      position: s.position as CouncilPosition,
      position_label: POSITION_LABELS[s.position as CouncilPosition],
    })),
    created_at: toVietnamIso(dbInstant(council.created_at)!),
    is_member: own.some((s) => s.account_id === actor.accountId),
  };
}

/** The council if the actor may see it: 404 outside its unit's scope, 403 without a council or admin role. */
export async function requireCouncil(db: DbOrTx, actor: Actor | null, id: number) {
  const who = requireActor(actor);
  const council = await findCouncil(db, id);
  const unit = council && { id: council.unit_id, path: council.unit_path };
  if (!council || !unit || !canSeeUnit(who, unit)) throw notFound(`hội đồng sáng kiến số ${id}`);
  if (!canSeeCouncils(who, unit)) throw forbidden('xem hội đồng sáng kiến của đơn vị này');
  return { actor: who, council, seats: await listSeats(db, [council.id]) };
}

export async function listCouncils(db: DbOrTx, actor: Actor | null, unitCode: string) {
  const { actor: who, unit } = await requireUnitPermission(
    db,
    actor,
    unitCode,
    canSeeCouncils,
    'xem hội đồng sáng kiến của đơn vị này',
  );
  const rows = await listUnitCouncils(db, unit.id);
  const seats = await listSeats(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => presentCouncil(r, seats, who)) };
}

export async function getCouncil(db: DbOrTx, actor: Actor | null, id: number) {
  const { actor: who, council, seats } = await requireCouncil(db, actor, id);
  return presentCouncil(council, seats, who);
}

async function findSeatAccount(
  db: DbOrTx,
  input: { login?: string | undefined; member_code?: string | undefined },
  index: number,
): Promise<AccountRecord> {
  const field = input.member_code !== undefined ? `members.${index}.member_code` : `members.${index}.login`;
  let account: AccountRecord | undefined;
  if (input.member_code !== undefined) {
    const member = await findMemberByCode(db, input.member_code);
    account = member ? await findAccountByMember(db, member.id) : undefined;
  } else {
    account = await findAccountByLogin(db, requireLoginId(input.login ?? '', field));
  }
  if (!account) {
    throw new AppError('rule_broken', 'Không tìm thấy tài khoản của thành viên hội đồng.', {
      [field]: `Không có tài khoản "${input.member_code ?? input.login}": thành viên hội đồng cần có tài khoản.`,
    });
  }
  return account;
}

export async function createCouncil(
  database: Database,
  actor: Actor | null,
  unitCode: string,
  input: CreateCouncilRequest,
  now: Date,
) {
  return database.db.transaction(async (tx) => {
    const { actor: admin, unit } = await requireUnitPermission(
      tx,
      actor,
      unitCode,
      canAdminister,
      'lập hội đồng sáng kiến ở đơn vị này',
    );
    const criteria = input.criteria ?? [...DEFAULT_CRITERIA];
    const errors = criteriaErrors(criteria);
    if (Object.keys(errors).length > 0) throw badRequest('Phiếu chấm chưa đúng.', errors);
    let programmeId: number | null = null;
    if (input.programme_code !== undefined) {
      programmeId = (await findProgrammeIdByCode(tx, input.programme_code)) ?? null;
      if (programmeId === null) {
        throw badRequest('Không có chương trình này.', {
          programme_code: `Không có chương trình "${input.programme_code}".`,
        });
      }
    }
    const council = await insertCouncil(tx, {
      unitId: unit.id,
      name: input.name,
      programmeId,
      criteria,
      createdByAccountId: admin.accountId,
      createdAt: now,
    });
    const seated: Array<{ account_id: number; position: string; granted: boolean }> = [];
    for (const [index, seat] of input.members.entries()) {
      const account = await findSeatAccount(tx, seat, index);
      const holds = (await listGrants(tx, account.id)).some(
        (g) => g.role === 'council' && unit.path.includes(g.unitId),
      );
      if (!holds && !input.grant_roles) {
        throw new AppError('rule_broken', 'Thành viên hội đồng phải có vai trò hội đồng ở đơn vị.', {
          [`members.${index}`]: `"${account.displayName}" chưa có vai trò "hội đồng" ở đơn vị này: chọn "giao vai trò" để giao luôn.`,
        });
      }
      if (!holds) await grantCouncilRole(tx, account.id, unit.id, admin.accountId, now);
      await insertCouncilMember(tx, { councilId: council.id, accountId: account.id, position: seat.position });
      seated.push({ account_id: account.id, position: seat.position, granted: !holds });
    }
    await recordAudit(tx, {
      at: now,
      accountId: admin.accountId,
      action: 'create',
      entity: 'council',
      entityKey: String(council.id),
      unitId: unit.id,
      after: { name: council.name, criteria, members: seated },
    });
    const row = (await findCouncil(tx, council.id))!;
    return presentCouncil(row, await listSeats(tx, [council.id]), admin);
  });
}
