/** GET /initiatives (what the caller may see, searched without diacritics) and GET /phases/open. */
import { INITIATIVE_STATUSES, searchTerms, toVietnamIso, type InitiativeStatus } from '@sangkien/shared';
import type { DbOrTx } from '../../db/client.ts';
import { badRequest } from '../../http/errors.ts';
import { scopeRootIds, type Actor } from '../access/access.policy.ts';
import { requireActor, requireVisibleUnit } from '../access/access.service.ts';
import { resolvePhase } from '../programmes/programmes.service.ts';
import { iso, isoOrNull, presentPhaseWindow } from './initiatives.presenter.ts';
import { listVisibleInitiatives, type ListScope } from './initiatives-list.repository.ts';
import { findNextPhase, findOpenPhase } from './phases-window.repository.ts';

export function listScopeOf(actor: Actor): ListScope {
  return {
    accountId: actor.accountId,
    memberId: actor.memberId,
    anyRoleRoots: scopeRootIds(actor),
    chainRoots: scopeRootIds(actor, ['admin', 'reviewer', 'council']),
  };
}

/** `submitted,in_review` → statuses, with a Vietnamese error naming the bad one. */
export function parseStatuses(text: string | undefined, field = 'status'): InitiativeStatus[] | undefined {
  if (!text) return undefined;
  const list = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const s of list) {
    if (!(INITIATIVE_STATUSES as readonly string[]).includes(s)) {
      throw badRequest('Trạng thái lọc chưa đúng.', {
        [field]: `Trạng thái: "${s}" không có; dùng ${INITIATIVE_STATUSES.join(', ')}.`,
      });
    }
  }
  return list as InitiativeStatus[];
}

export async function listInitiatives(
  db: DbOrTx,
  actor: Actor | null,
  query: {
    unit?: string | undefined;
    phase?: string | undefined;
    status?: string | undefined;
    q?: string | undefined;
    mine?: boolean | undefined;
    limit: number;
    offset: number;
  },
  now: Date,
) {
  const who = requireActor(actor);
  const unit = query.unit ? await requireVisibleUnit(db, who, query.unit) : undefined;
  const phase = query.phase ? await resolvePhase(db, query.phase, now) : undefined;
  const { rows, total } = await listVisibleInitiatives(db, listScopeOf(who), {
    unitId: unit?.id,
    phaseId: phase?.id,
    statuses: parseStatuses(query.status),
    terms: query.q ? searchTerms(query.q) : undefined,
    mine: query.mine,
    limit: query.limit,
    offset: query.offset,
  });
  return {
    items: rows.map((r) => ({
      code: r.code,
      title: r.title,
      status: r.status as InitiativeStatus,
      confidentiality: r.confidentiality as 'public' | 'internal' | 'confidential',
      phase_code: r.phase_code,
      unit: { code: r.unit_code, name: r.unit_name },
      field_name: r.field_name,
      main_author: r.main_author,
      on_behalf: r.on_behalf,
      submitted_at: isoOrNull(r.submitted_at),
      status_changed_at: iso(r.status_changed_at),
      updated_at: iso(r.updated_at),
    })),
    total,
  };
}

/** The phase taking submissions now, with its exact (exclusive) closing time. */
export async function openPhase(db: DbOrTx, now: Date) {
  const open = await findOpenPhase(db, now);
  const next = open ? undefined : await findNextPhase(db, now);
  return {
    open: !!open,
    phase: open ? presentPhaseWindow(open) : null,
    next: next ? presentPhaseWindow(next) : null,
    now: toVietnamIso(now),
  };
}
