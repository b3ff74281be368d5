/** The tree browser: search by name or code inside the caller's scope, and a unit's history. */
import { searchTerms, toVietnamIso, type UnitKind } from '@sangkien/shared';
import type { DbOrTx } from '../../db/client.ts';
import { dbInstant } from '../../db/sql-values.ts';
import { scopeRootIds, type Actor } from '../access/access.policy.ts';
import { requireActor, requireVisibleUnit } from '../access/access.service.ts';
import { listVersions } from './unit-lifecycle.repository.ts';
import { searchUnits } from './unit-search.repository.ts';
import { countChildren, findUnitById } from './units.repository.ts';

export async function searchUnitTree(
  db: DbOrTx,
  actor: Actor | null,
  query: { q: string; within?: string | undefined; include_closed: boolean; limit: number; offset: number },
  now: Date,
) {
  const who = requireActor(actor);
  const within = query.within ? await requireVisibleUnit(db, who, query.within) : undefined;
  const rootIds = within ? [within.id] : [...scopeRootIds(who), ...(who.memberUnit ? [who.memberUnit.id] : [])];
  // A role on the root covers every unit: no subtree filter for the planner to work around.
  const wholeTree = within ? within.parentId === null : who.grants.some((g) => g.unitPath.length === 1);
  const rows = await searchUnits(
    db,
    { rootIds, wholeTree },
    {
      words: searchTerms(query.q),
      code: query.q.replace(/\s+/g, '').toUpperCase(),
      includeClosed: query.include_closed,
      now,
    },
    { limit: query.limit + 1, offset: query.offset },
  );
  const page = rows.slice(0, query.limit);
  const counts = await countChildren(
    db,
    page.map((r) => r.id),
  );
  return {
    items: page.map((r) => {
      const validTo = dbInstant(r.valid_to);
      return {
        code: r.code,
        name: r.name,
        kind: r.kind as UnitKind,
        parent_code: r.parent_code,
        parent_name: r.parent_name,
        children_count: counts.get(r.id) ?? 0,
        closed: validTo !== null && validTo <= now,
      };
    }),
    has_more: rows.length > query.limit,
  };
}

export async function unitHistory(db: DbOrTx, actor: Actor | null, code: string) {
  const unit = await requireVisibleUnit(db, actor, code);
  const successor = unit.successorId ? await findUnitById(db, unit.successorId) : undefined;
  const iso = (value: string | null) => {
    const at = dbInstant(value);
    return at ? toVietnamIso(at) : null;
  };
  return {
    code: unit.code,
    successor_code: successor?.code ?? null,
    items: (await listVersions(db, unit.id)).map((v) => ({
      name: v.name,
      kind: v.kind as UnitKind,
      parent_code: v.parent_code,
      parent_name: v.parent_name,
      members: v.members,
      valid_from: iso(v.valid_from),
      valid_to: iso(v.valid_to),
    })),
  };
}
