/**
 * Who may see and change what, as pure functions of the actor and a unit's `path` (ids from the
 * root down to the unit). A role granted on unit U holds on every unit whose path contains U.
 *
 * Reading a unit (detail, children, ranking, report): any role over it, or a member's own
 * grassroots unit (its ancestors appear only as names in breadcrumbs). The national root and its
 * ranking are public. Changing people, roles and join codes: admin over the unit. Changing the
 * tree around a unit (move, merge, close, create a child): admin over its parent, because the
 * parent's subtree changes; renaming: admin over the unit itself.
 */
import type { Role } from '@sangkien/shared';

export interface Grant {
  id: number;
  role: Role;
  unitId: number;
  unitCode: string;
  unitName: string;
  unitPath: readonly number[];
}

export interface Actor {
  accountId: number;
  displayName: string;
  memberId: number | null;
  memberCode: string | null;
  /** The member's grassroots unit. */
  memberUnit: { id: number; code: string; name: string; path: readonly number[] } | null;
  grants: readonly Grant[];
  via: 'session' | 'token';
  sessionId: string | null;
  csrfToken: string | null;
}

export interface UnitPlace {
  id: number;
  path: readonly number[];
}

const covers = (grant: Grant, unitPath: readonly number[]) => unitPath.includes(grant.unitId);

/** True when the actor holds one of `roles` on the unit or one of its ancestors. */
export function hasRole(actor: Actor | null, roles: Role | readonly Role[], unitPath: readonly number[]): boolean {
  if (!actor) return false;
  const wanted: readonly Role[] = typeof roles === 'string' ? [roles] : roles;
  return actor.grants.some((g) => wanted.includes(g.role) && covers(g, unitPath));
}

export function hasAnyRole(actor: Actor | null, unitPath: readonly number[]): boolean {
  return !!actor && actor.grants.some((g) => covers(g, unitPath));
}

export function isOwnUnit(actor: Actor | null, unit: UnitPlace): boolean {
  return actor?.memberUnit?.id === unit.id;
}

export function canSeeUnit(actor: Actor | null, unit: UnitPlace): boolean {
  return hasAnyRole(actor, unit.path) || isOwnUnit(actor, unit);
}

export function canAdminister(actor: Actor | null, unit: UnitPlace): boolean {
  return hasRole(actor, 'admin', unit.path);
}

/** Move, merge, close, add a child below the parent: the parent's admins decide. */
export function canRestructure(actor: Actor | null, unit: UnitPlace): boolean {
  return unit.path.length > 1 && hasRole(actor, 'admin', unit.path.slice(0, -1));
}

/** Support teams work from the roster; admins keep it. */
export function canReadRoster(actor: Actor | null, unit: UnitPlace): boolean {
  return hasRole(actor, ['admin', 'supporter'], unit.path);
}

/** The units whose subtrees the actor's roles (or `roles`) cover, leaving out ones nested in another. */
export function scopeRootIds(actor: Actor | null, roles?: readonly Role[]): number[] {
  if (!actor) return [];
  const grants = actor.grants.filter((g) => !roles || roles.includes(g.role));
  const ids = new Set(grants.map((g) => g.unitId));
  const roots = grants.filter((g) => !g.unitPath.slice(0, -1).some((ancestor) => ids.has(ancestor)));
  return [...new Set(roots.map((g) => g.unitId))];
}
