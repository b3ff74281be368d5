/**
 * Creating an initiative (draft or submitted at once, by its author or a supporter on the
 * author's behalf, idempotent per Idempotency-Key) and autosaving its content while editable.
 */
import type { CreateInitiative, InitiativeDetail, PatchInitiative } from '@sangkien/shared';
import type { Database, DbOrTx } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { forbidden, requireActor } from '../access/access.service.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { resolvePhase } from '../programmes/programmes.service.ts';
import { recordInitiativeChanges } from '../stats/initiative-stats.service.ts';
import { contentValues, resolveAuthors, searchColumns } from './initiative-input.service.ts';
import { actorKinds } from './initiatives.policy.ts';
import {
  findInitiativeById,
  insertEvents,
  insertInitiative,
  nextInitiativeCode,
  replaceAuthors,
  updateInitiative,
  type InitiativeRecord,
} from './initiatives.repository.ts';
import { canEditContent } from './initiatives.rules.ts';
import { placeOf, presentDetail, requireVisibleInitiative, stateOf } from './initiatives.service.ts';
import { onceForKey, type Answer } from './idempotency.service.ts';
import { decideTransition, writeTransitions } from './transitions.service.ts';
import { refreshSimilar } from './similarity.service.ts';

/** Creates it in the caller's transaction; returns the stored record. */
export async function createInitiativeIn(
  tx: DbOrTx,
  actor: Actor,
  body: CreateInitiative,
  now: Date,
  source = 'web',
): Promise<InitiativeRecord> {
  const phase = await resolvePhase(tx, body.phase_code, now);
  const authorInput = body.authors ?? body.author_codes?.map((code) => ({ member_code: code }));
  const authors = await resolveAuthors(tx, actor, authorInput, body.authors ? 'authors' : 'author_codes');
  const values = await contentValues(tx, body);
  const title = values.title ?? '';
  const row = await insertInitiative(tx, {
    ...values,
    ...searchColumns({ title, problem: values.problem ?? null, solution: values.solution ?? null }),
    title,
    code: await nextInitiativeCode(tx),
    phaseId: phase.id,
    unitId: authors.unitId,
    status: 'draft',
    enteredByAccountId: actor.accountId,
    onBehalf: authors.onBehalf,
    statusChangedAt: now,
    createdAt: now,
    updatedAt: now,
  });
  await replaceAuthors(
    tx,
    row.id,
    authors.rows.map((a) => ({ ...a, initiativeId: row.id })),
  );
  await insertEvents(tx, [
    {
      initiativeId: row.id,
      fromStatus: null,
      toStatus: 'draft',
      at: now,
      byAccountId: actor.accountId,
      reason: null,
      fieldComments: null,
      source,
    },
  ]);
  await recordAudit(tx, {
    at: now,
    accountId: actor.accountId,
    action: 'create',
    entity: 'initiative',
    entityKey: row.code,
    unitId: row.unitId,
    after: { title: row.title, on_behalf: authors.onBehalf, authors: authors.members.map((m) => m.code) },
  });
  let record = (await findInitiativeById(tx, row.id))!;
  if (body.submit) {
    await writeTransitions(tx, actor, [decideTransition(actor, record, { to: 'submitted' }, now)], now, source);
    record = (await findInitiativeById(tx, row.id))!;
    await refreshSimilar(tx, record.row);
  }
  return record;
}

/** POST /initiatives: 201 with the detail (its code and, once submitted, the receipt time). */
export async function createInitiative(
  database: Database,
  actor: Actor | null,
  body: CreateInitiative,
  idempotencyKey: string | undefined,
  now: Date,
): Promise<Answer<InitiativeDetail>> {
  const who = requireActor(actor);
  return onceForKey(database, who.accountId, idempotencyKey, body, async (tx) => {
    const record = await createInitiativeIn(tx, who, body, now);
    return { status: 201, body: await presentDetail(tx, who, record) };
  });
}

/** PATCH /initiatives/{code}: autosave by its authors (or supporter) while draft or returned. */
export async function editInitiative(
  database: Database,
  actor: Actor | null,
  code: string,
  body: PatchInitiative,
  now: Date,
): Promise<InitiativeDetail> {
  return database.db.transaction(async (tx) => {
    const { actor: who, record } = await requireVisibleInitiative(tx, actor, code, { lock: true });
    const kinds = actorKinds(who, placeOf(record));
    if (!kinds.has('submitter')) throw forbidden('sửa sáng kiến này');
    if (!canEditContent(record.row.status as never, kinds)) {
      throw new AppError(
        'rule_broken',
        'Chỉ sửa được sáng kiến khi còn là bản nháp hoặc đang được yêu cầu bổ sung, chỉnh sửa.',
      );
    }
    if (body.version !== undefined && body.version !== record.row.version) {
      throw new AppError(
        'conflict',
        'Sáng kiến vừa được sửa ở nơi khác (trang khác hoặc người khác). Hãy tải lại để xem bản mới nhất.',
        { version: 'Phiên bản: Đã cũ, hãy tải lại.' },
      );
    }
    const values = await contentValues(tx, body);
    const merged = { ...record.row, ...values };
    const authors = body.authors ? await resolveAuthors(tx, who, body.authors, 'authors') : null;
    await updateInitiative(tx, record.row.id, {
      ...values,
      ...searchColumns(merged),
      ...(authors ? { unitId: authors.unitId } : {}),
    });
    if (authors) {
      await replaceAuthors(
        tx,
        record.row.id,
        authors.rows.map((a) => ({ ...a, initiativeId: record.row.id })),
      );
    }
    const after = (await findInitiativeById(tx, record.row.id))!;
    await recordInitiativeChanges(tx, [{ before: stateOf(record), after: stateOf(after) }]);
    await recordAudit(tx, {
      at: now,
      accountId: who.accountId,
      action: 'update',
      entity: 'initiative',
      entityKey: record.row.code,
      unitId: after.row.unitId,
      after: { fields: Object.keys(body).filter((k) => k !== 'version') },
    });
    return presentDetail(tx, who, after);
  });
}
