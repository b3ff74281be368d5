/**
 * Changing the tree: create, rename, move, merge into a successor, close on a date, new join
 * code. Each change keeps history (unit_versions) and is audited, in one transaction.
 */
import { foldVietnamese, normaliseText, parseVietnamLocal, type UnitKind } from '@sangkien/shared';
import type { Database, DbOrTx } from '../../db/client.ts';
import { AppError, badRequest } from '../../http/errors.ts';
import { canAdminister, canRestructure, type Actor } from '../access/access.policy.ts';
import { forbidden, requireUnitPermission, requireVisibleUnit } from '../access/access.service.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { takenJoinCodes } from '../datasets/import.repository.ts';
import { randomJoinCode } from './join-codes.ts';
import {
  closeProblem,
  effectiveDateProblem,
  mergeProblem,
  moveProblem,
  parentProblem,
  type Problem,
} from './unit-lifecycle.rules.ts';
import {
  countMembers,
  currentVersionStart,
  insertUnit,
  listOpenChildIds,
  moveMembers,
  moveSubtree,
  setUnitFields,
  syncVersions,
} from './unit-lifecycle.repository.ts';
import { findUnitByCode, findUnitById, findUnitsByIds, type UnitRecord } from './units.repository.ts';

function refuse(problem: Problem): void {
  if (problem)
    throw new AppError('rule_broken', 'Không thực hiện được thay đổi này.', { [problem.field]: problem.message });
}

/** `on` as typed (Vietnam time), or now. */
export function effectiveAt(text: string | undefined, now: Date): Date {
  if (text === undefined) return now;
  const parsed = parseVietnamLocal(text);
  if (!parsed) throw badRequest('Ngày hiệu lực chưa đúng.', { on: 'Nhập ngày dạng 01/07/2025 hoặc 2025-07-01.' });
  return parsed.date;
}

const snapshot = (u: UnitRecord) => ({
  code: u.code,
  name: u.name,
  kind: u.kind,
  parent_id: u.parentId,
  members: u.members,
});

/** Another unit named in the body: visible and administered by the actor, else 404/403 on that field. */
async function requireTarget(db: DbOrTx, actor: Actor, code: string, field: string): Promise<UnitRecord> {
  const unit = await findUnitByCode(db, code);
  if (!unit || !canAdminister(actor, unit)) {
    throw new AppError('not_found', 'Không tìm thấy đơn vị đích.', {
      [field]: `Không có đơn vị "${code}" trong phạm vi bạn quản trị.`,
    });
  }
  return unit;
}

async function freshJoinCode(db: DbOrTx): Promise<string> {
  for (;;) {
    const candidates = Array.from({ length: 5 }, randomJoinCode);
    const taken = await takenJoinCodes(db, candidates);
    const free = candidates.find((c) => !taken.has(c));
    if (free) return free;
  }
}

async function audit(
  db: DbOrTx,
  now: Date,
  actor: Actor,
  action: string,
  unit: UnitRecord,
  before: unknown,
  after: unknown,
) {
  await recordAudit(db, {
    at: now,
    accountId: actor.accountId,
    action,
    entity: 'unit',
    entityKey: unit.code,
    unitId: unit.id,
    before,
    after,
  });
}

export async function createUnit(
  database: Database,
  actor: Actor | null,
  input: { code: string; name: string; kind: UnitKind; parent_code: string; members: number; on?: string | undefined },
  now: Date,
) {
  return database.db.transaction(async (tx) => {
    const { actor: admin, unit: parent } = await requireUnitPermission(
      tx,
      actor,
      input.parent_code,
      canAdminister,
      'thêm đơn vị trực thuộc đơn vị này',
    );
    refuse(parentProblem(parent, now));
    const code = input.code.trim();
    if (await findUnitByCode(tx, code)) {
      throw new AppError('conflict', 'Mã đơn vị đã được dùng.', { code: `Đã có đơn vị mang mã "${code}".` });
    }
    const at = effectiveAt(input.on, now);
    const name = normaliseText(input.name);
    const unit = await insertUnit(
      tx,
      {
        code,
        name,
        nameFolded: foldVietnamese(name),
        kind: input.kind,
        members: input.members,
        joinCode: input.kind === 'grassroots' ? await freshJoinCode(tx) : null,
      },
      parent,
      at,
    );
    await syncVersions(tx, [unit.id], at);
    await audit(tx, now, admin, 'create', unit, null, { ...snapshot(unit), parent_code: parent.code });
    return unit;
  });
}

export async function renameUnit(
  database: Database,
  actor: Actor | null,
  code: string,
  input: { name: string; on?: string | undefined },
  now: Date,
) {
  return database.db.transaction(async (tx) => {
    const { actor: admin, unit } = await requireUnitPermission(tx, actor, code, canAdminister, 'đổi tên đơn vị này');
    const at = effectiveAt(input.on, now);
    refuse(effectiveDateProblem(at, await currentVersionStart(tx, unit.id)));
    const name = normaliseText(input.name);
    await setUnitFields(tx, unit.id, { name, nameFolded: foldVietnamese(name), updatedAt: now });
    await syncVersions(tx, [unit.id], at);
    await audit(tx, now, admin, 'rename', unit, { name: unit.name }, { name });
    return (await findUnitById(tx, unit.id))!;
  });
}

export async function moveUnit(
  database: Database,
  actor: Actor | null,
  code: string,
  input: { parent_code: string; on?: string | undefined },
  now: Date,
) {
  return database.db.transaction(async (tx) => {
    const { actor: admin, unit } = await requireUnitPermission(tx, actor, code, canRestructure, 'chuyển đơn vị này');
    const parent = await requireTarget(tx, admin, input.parent_code, 'parent_code');
    refuse(moveProblem(unit, parent, now));
    const at = effectiveAt(input.on, now);
    refuse(effectiveDateProblem(at, await currentVersionStart(tx, unit.id)));
    const oldParent = unit.parentId ? await findUnitById(tx, unit.parentId) : undefined;
    const moved = await moveSubtree(tx, unit, parent, now);
    await syncVersions(tx, [unit.id], at);
    await audit(
      tx,
      now,
      admin,
      'move',
      unit,
      { parent_code: oldParent?.code ?? null },
      { parent_code: parent.code, subtree_units: moved },
    );
    return (await findUnitById(tx, unit.id))!;
  });
}

/** The unit closes and points to its successor; its open children and its members move there. */
export async function mergeUnit(
  database: Database,
  actor: Actor | null,
  code: string,
  input: { successor_code: string; on?: string | undefined },
  now: Date,
) {
  return database.db.transaction(async (tx) => {
    const { actor: admin, unit } = await requireUnitPermission(tx, actor, code, canRestructure, 'sáp nhập đơn vị này');
    const successor = await requireTarget(tx, admin, input.successor_code, 'successor_code');
    const childIds = await listOpenChildIds(tx, unit.id, now);
    const memberCount = await countMembers(tx, unit.id);
    refuse(mergeProblem(unit, successor, { members: memberCount, openChildren: childIds.length }, now));
    const at = effectiveAt(input.on, now);
    refuse(effectiveDateProblem(at, await currentVersionStart(tx, unit.id)));
    for (const child of await findUnitsByIds(tx, childIds)) {
      refuse(effectiveDateProblem(at, await currentVersionStart(tx, child.id)));
      await moveSubtree(tx, child, successor, now);
    }
    const movedMembers = await moveMembers(tx, unit.id, successor.id, now);
    await setUnitFields(tx, unit.id, { validTo: at, successorId: successor.id, updatedAt: now });
    await syncVersions(tx, [unit.id, ...childIds], at);
    await audit(tx, now, admin, 'merge', unit, snapshot(unit), {
      successor_code: successor.code,
      valid_to: at.toISOString(),
      moved_children: childIds.length,
      moved_members: movedMembers,
    });
    return (await findUnitById(tx, unit.id))!;
  });
}

export async function closeUnit(
  database: Database,
  actor: Actor | null,
  code: string,
  input: { on?: string | undefined },
  now: Date,
) {
  return database.db.transaction(async (tx) => {
    const { actor: admin, unit } = await requireUnitPermission(tx, actor, code, canRestructure, 'đóng đơn vị này');
    if (unit.validTo) throw new AppError('rule_broken', `Đơn vị "${unit.code}" đã đóng hoặc đã sáp nhập.`);
    const at = effectiveAt(input.on, now);
    refuse(effectiveDateProblem(at, await currentVersionStart(tx, unit.id)));
    refuse(
      closeProblem({
        members: await countMembers(tx, unit.id),
        openChildren: (await listOpenChildIds(tx, unit.id, now)).length,
      }),
    );
    await setUnitFields(tx, unit.id, { validTo: at, updatedAt: now });
    await syncVersions(tx, [unit.id], at);
    await audit(tx, now, admin, 'close', unit, snapshot(unit), { valid_to: at.toISOString() });
    return (await findUnitById(tx, unit.id))!;
  });
}

/** A new join code (the old printouts stop working), for a grassroots unit's admins. */
export async function renewJoinCode(database: Database, actor: Actor | null, code: string, now: Date) {
  return database.db.transaction(async (tx) => {
    const unit = await requireVisibleUnit(tx, actor, code);
    if (!canAdminister(actor, unit)) throw forbidden('đổi mã tham gia của đơn vị này');
    if (unit.kind !== 'grassroots') throw new AppError('rule_broken', 'Chỉ công đoàn cơ sở mới có mã tham gia.');
    const joinCode = await freshJoinCode(tx);
    await setUnitFields(tx, unit.id, { joinCode, updatedAt: now });
    await audit(tx, now, actor!, 'renew_join_code', unit, { join_code: unit.joinCode }, { join_code: joinCode });
    return { join_code: joinCode };
  });
}
