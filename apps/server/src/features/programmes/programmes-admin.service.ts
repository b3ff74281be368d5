/**
 * Programme administration: the national admin (and any admin, for programmes of its own subtree)
 * defines programmes with a goal, phases with windows, campaigns inside phases, and the list of
 * fields. Every creation is audited; errors name the field in Vietnamese.
 */
import { foldVietnamese, normaliseText } from '@sangkien/shared';
import type { Database, DbOrTx } from '../../db/client.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { canAdminister, type Actor } from '../access/access.policy.ts';
import { forbidden, requireActor, requireUnitPermission } from '../access/access.service.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { findRootUnit, findUnitsByIds } from '../units/units.repository.ts';
import {
  findProgrammeByCode,
  insertCampaign,
  insertField,
  insertPhase,
  insertProgramme,
  listFields,
  listProgrammes,
  updateProgramme,
} from './programmes-admin.repository.ts';
import {
  findPhaseByCode,
  findProgrammeById,
  listCampaignsOf,
  listPhases,
  type ProgrammeRecord,
} from './programmes.repository.ts';
import { campaignInsidePhase, codeProblem, parseWindow, type WindowInput } from './programmes.rules.ts';
import { presentPhaseRef, presentWindowRef } from './programmes.service.ts';

const invalid = (fields: Record<string, string>) =>
  new AppError('validation_failed', 'Dữ liệu chưa hợp lệ: xem từng ô được đánh dấu.', fields);
const taken = (what: string, code: string) =>
  new AppError('conflict', `Mã ${what} "${code}" đã có.`, { code: `Mã "${code}" đã được dùng, hãy chọn mã khác.` });

function checkCode(code: string): void {
  const problem = codeProblem(code);
  if (problem) throw invalid({ code: problem });
}

async function presentProgramme(db: DbOrTx, p: ProgrammeRecord) {
  const phases = await listPhases(db, p.id);
  const campaigns = await listCampaignsOf(
    db,
    phases.map((ph) => ph.id),
  );
  const owner = p.ownerUnitId ? (await findUnitsByIds(db, [p.ownerUnitId]))[0] : undefined;
  return {
    code: p.code,
    name: p.name,
    goal: p.goal,
    owner_unit_code: owner?.code ?? null,
    phases: phases.map((ph) => ({
      ...presentPhaseRef(ph),
      campaigns: campaigns.filter((c) => c.phaseId === ph.id).map(presentWindowRef),
    })),
  };
}

export async function listAllProgrammes(db: DbOrTx) {
  const items = [];
  for (const p of await listProgrammes(db)) items.push(await presentProgramme(db, p));
  return { items };
}

/** The programme, if the actor administers the unit that runs it (the root when none is named). */
async function requireProgrammeAdmin(db: DbOrTx, actor: Actor | null, code: string) {
  const who = requireActor(actor);
  const programme = await findProgrammeByCode(db, code);
  const ownerId = programme?.ownerUnitId ?? (await findRootUnit(db))?.id;
  const owner = ownerId ? (await findUnitsByIds(db, [ownerId]))[0] : undefined;
  if (!programme || !owner || !canAdminister(who, owner)) throw notFound(`chương trình "${code}"`);
  return { actor: who, programme, owner };
}

export async function createProgramme(
  database: Database,
  actor: Actor | null,
  body: { code: string; name: string; goal?: number | null | undefined; owner_unit_code: string },
  now: Date,
) {
  const db = database.db;
  const { actor: admin, unit } = await requireUnitPermission(
    db,
    actor,
    body.owner_unit_code,
    canAdminister,
    'tạo chương trình cho đơn vị này',
  );
  checkCode(body.code);
  return db.transaction(async (tx) => {
    const row = await insertProgramme(tx, {
      code: body.code,
      name: normaliseText(body.name),
      goal: body.goal ?? null,
      ownerUnitId: unit.id,
    });
    if (!row) throw taken('chương trình', body.code);
    await recordAudit(tx, {
      at: now,
      accountId: admin.accountId,
      action: 'programme.create',
      entity: 'programme',
      entityKey: row.code,
      unitId: unit.id,
      after: { name: row.name, goal: row.goal },
    });
    return presentProgramme(tx, row);
  });
}

export async function changeProgramme(
  database: Database,
  actor: Actor | null,
  code: string,
  body: { name?: string | undefined; goal?: number | null | undefined },
  now: Date,
) {
  const db = database.db;
  const { actor: admin, programme, owner } = await requireProgrammeAdmin(db, actor, code);
  return db.transaction(async (tx) => {
    const row = await updateProgramme(tx, programme.id, {
      ...(body.name !== undefined ? { name: normaliseText(body.name) } : {}),
      ...(body.goal !== undefined ? { goal: body.goal } : {}),
    });
    await recordAudit(tx, {
      at: now,
      accountId: admin.accountId,
      action: 'programme.update',
      entity: 'programme',
      entityKey: code,
      unitId: owner.id,
      before: { name: programme.name, goal: programme.goal },
      after: { name: row.name, goal: row.goal },
    });
    return presentProgramme(tx, row);
  });
}

export async function addPhase(
  database: Database,
  actor: Actor | null,
  programmeCode: string,
  body: WindowInput & { code: string; name: string },
  now: Date,
) {
  const db = database.db;
  const { actor: admin, programme, owner } = await requireProgrammeAdmin(db, actor, programmeCode);
  checkCode(body.code);
  const window = parseWindow(body);
  if (!window.ok) throw invalid(window.fields);
  return db.transaction(async (tx) => {
    const row = await insertPhase(tx, {
      programmeId: programme.id,
      code: body.code,
      name: normaliseText(body.name),
      startsAt: window.startsAt,
      endsAt: window.endsAt,
    });
    if (!row) throw taken('giai đoạn', body.code);
    await recordAudit(tx, {
      at: now,
      accountId: admin.accountId,
      action: 'phase.create',
      entity: 'phase',
      entityKey: row.code,
      unitId: owner.id,
      after: presentPhaseRef(row),
    });
    return presentProgramme(tx, programme);
  });
}

export async function addCampaign(
  database: Database,
  actor: Actor | null,
  phaseCode: string,
  body: WindowInput & { code: string; name: string },
  now: Date,
) {
  const db = database.db;
  const phase = await findPhaseByCode(db, phaseCode);
  if (!phase) throw notFound(`giai đoạn "${phaseCode}"`);
  const parent = await findProgrammeById(db, phase.programmeId);
  if (!parent) throw notFound(`giai đoạn "${phaseCode}"`);
  const { actor: admin, programme, owner } = await requireProgrammeAdmin(db, actor, parent.code);
  checkCode(body.code);
  const window = parseWindow(body);
  if (!window.ok) throw invalid(window.fields);
  const outside = campaignInsidePhase(window, phase);
  if (Object.keys(outside).length > 0) {
    throw new AppError('rule_broken', 'Đợt thi đua phải nằm trong thời gian của giai đoạn.', outside);
  }
  return db.transaction(async (tx) => {
    const row = await insertCampaign(tx, {
      phaseId: phase.id,
      code: body.code,
      name: normaliseText(body.name),
      startsAt: window.startsAt,
      endsAt: window.endsAt,
    });
    if (!row) throw taken('đợt thi đua', body.code);
    await recordAudit(tx, {
      at: now,
      accountId: admin.accountId,
      action: 'campaign.create',
      entity: 'campaign',
      entityKey: row.code,
      unitId: owner.id,
      after: presentWindowRef(row),
    });
    return presentProgramme(tx, programme);
  });
}

export async function listAllFields(db: DbOrTx) {
  return { items: (await listFields(db)).map((f) => ({ code: f.code, name: f.name, active: f.active })) };
}

/** The list of fields belongs to the national admin (admin of the root). */
export async function addField(
  database: Database,
  actor: Actor | null,
  body: { code: string; name: string },
  now: Date,
) {
  const db = database.db;
  const who = requireActor(actor);
  const root = await findRootUnit(db);
  if (!root || !canAdminister(who, root)) throw forbidden('sửa danh sách lĩnh vực (chỉ quản trị cấp toàn quốc)');
  checkCode(body.code);
  const name = normaliseText(body.name);
  await db.transaction(async (tx) => {
    const row = await insertField(tx, { code: body.code, name, nameFolded: foldVietnamese(name) });
    if (!row) throw taken('lĩnh vực', body.code);
    await recordAudit(tx, {
      at: now,
      accountId: who.accountId,
      action: 'field.create',
      entity: 'field',
      entityKey: row.code,
      unitId: root.id,
      after: { name },
    });
  });
  return listAllFields(db);
}
