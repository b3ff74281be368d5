/** Reading initiatives: one in detail (with history), the open phase, and the shared checks. */
import type { InitiativeDetail, TransitionTarget } from '@sangkien/shared';
import type { DbOrTx } from '../../db/client.ts';
import { notFound } from '../../http/errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { requireActor } from '../access/access.service.ts';
import type { InitiativeState } from '../stats/initiative-stats.service.ts';
import { actorKinds, canSeeInitiative, type InitiativePlace } from './initiatives.policy.ts';
import { presentInitiative } from './initiatives.presenter.ts';
import {
  findInitiativeByCode,
  latestFieldComments,
  listAttachmentRows,
  listEvents,
  type InitiativeRecord,
} from './initiatives.repository.ts';
import { availableTransitions, canEditContent } from './initiatives.rules.ts';
import { visibleSimilar } from './similarity.service.ts';

export function placeOf(record: InitiativeRecord): InitiativePlace {
  return {
    confidentiality: record.row.confidentiality,
    unitPath: record.unit.path,
    authorMemberIds: record.authors.map((a) => a.memberId),
    enteredByAccountId: record.row.enteredByAccountId,
  };
}

/** What the initiative contributes to the aggregates. */
export function stateOf(record: InitiativeRecord): InitiativeState {
  return {
    unitId: record.row.unitId,
    phaseId: record.row.phaseId,
    status: record.row.status,
    submittedAt: record.row.submittedAt,
    memberIds: record.authors.map((a) => a.memberId),
    benefitVndYear: record.row.benefitVndYear,
  };
}

export const initiativeNotFound = (code: string) => notFound(`sáng kiến "${code}"`);

/** The initiative if the caller may see it (401 anonymous, 404 otherwise). */
export async function requireVisibleInitiative(
  db: DbOrTx,
  actor: Actor | null,
  code: string,
  options: { lock?: boolean } = {},
): Promise<{ actor: Actor; record: InitiativeRecord }> {
  const who = requireActor(actor);
  const record = await findInitiativeByCode(db, code, options);
  if (!record || !canSeeInitiative(who, placeOf(record))) throw initiativeNotFound(code);
  return { actor: who, record };
}

export function abilitiesOf(actor: Actor, record: InitiativeRecord) {
  const kinds = actorKinds(actor, placeOf(record));
  const status = record.row.status as InitiativeDetail['status'];
  const edit = canEditContent(status, kinds);
  return { edit, attach: edit, transitions: availableTransitions(status, kinds) as TransitionTarget[] };
}

export async function presentDetail(db: DbOrTx, actor: Actor, record: InitiativeRecord): Promise<InitiativeDetail> {
  const similar = await visibleSimilar(db, actor, [record.row.id]);
  return presentInitiative(record, {
    events: await listEvents(db, record.row.id),
    attachments: await listAttachmentRows(db, record.row.id),
    similar: similar.get(record.row.id) ?? [],
    fieldComments: record.row.status === 'needs_revision' ? await latestFieldComments(db, record.row.id) : null,
    can: abilitiesOf(actor, record),
  });
}

export async function getInitiative(db: DbOrTx, actor: Actor | null, code: string): Promise<InitiativeDetail> {
  const { actor: who, record } = await requireVisibleInitiative(db, actor, code);
  return presentDetail(db, who, record);
}
