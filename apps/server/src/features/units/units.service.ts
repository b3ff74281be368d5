/** Reading the unit tree and its rankings. */
import { compareVietnamese } from '@sangkien/shared';
import type { DbOrTx } from '../../db/client.ts';
import { canAdminister, canReadRoster, canRestructure, type Actor } from '../access/access.policy.ts';
import { requireVisibleUnit } from '../access/access.service.ts';
import { notFound } from '../../http/errors.ts';
import { presentUnitDetail, presentUnitSummary } from './units.presenter.ts';
import {
  countChildren,
  countGrandchildren,
  findUnitByCode,
  findUnitsByIds,
  listOpenChildren,
  type UnitRecord,
} from './units.repository.ts';

/** Above this many children, counts come from the subtree in one pass. */
const MANY_CHILDREN = 100;

/** Any unit by code, unscoped: for the operator's command line and for services whose route checked scope. */
export async function requireUnit(db: DbOrTx, code: string): Promise<UnitRecord> {
  const unit = await findUnitByCode(db, code);
  if (!unit) throw notFound(`đơn vị "${code}"`);
  return unit;
}

/** The root is public; other units need a role over them (or to be the caller's own unit). */
export async function getUnitDetail(db: DbOrTx, actor: Actor | null, code: string, now: Date) {
  const unit = await requireVisibleUnit(db, actor, code, { publicRoot: true });
  const ancestorIds = unit.path.slice(0, -1);
  const related = await findUnitsByIds(db, unit.successorId ? [...ancestorIds, unit.successorId] : ancestorIds);
  const byId = new Map(related.map((u) => [u.id, u]));
  const counts = await countChildren(db, [unit.id]);
  const permissions = {
    administer: canAdminister(actor, unit),
    restructure: canRestructure(actor, unit),
    read_roster: canReadRoster(actor, unit),
  };
  const detail = presentUnitDetail(
    unit,
    {
      childrenCount: counts.get(unit.id) ?? 0,
      ancestors: ancestorIds.map((id) => byId.get(id)!).filter(Boolean),
      successor: unit.successorId ? byId.get(unit.successorId) : undefined,
    },
    now,
  );
  return { ...detail, join_code: permissions.read_roster ? unit.joinCode : null, permissions };
}

/** Open children in Vietnamese alphabetical order, with how many children each has. */
export async function listUnitChildren(db: DbOrTx, actor: Actor | null, code: string, now: Date) {
  const unit = await requireVisibleUnit(db, actor, code);
  const children = await listOpenChildren(db, unit.id);
  const counts =
    children.length > MANY_CHILDREN
      ? await countGrandchildren(db, unit)
      : await countChildren(
          db,
          children.map((c) => c.id),
        );
  return {
    items: children
      .sort((a, b) => compareVietnamese(a.name, b.name))
      .map((c) => presentUnitSummary(c, counts.get(c.id) ?? 0, now)),
  };
}
