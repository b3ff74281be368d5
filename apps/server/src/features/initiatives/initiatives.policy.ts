/**
 * Who may see an initiative and how they stand to it. Authors and whoever typed it in always see
 * it; otherwise a role over its unit does — for a confidential one only the reviewer, council and
 * admin chain above its unit (product.md: confidential content never leaves its chain).
 */
import type { Role } from '@sangkien/shared';
import { hasRole, type Actor } from '../access/access.policy.ts';
import type { ActorKind } from './initiatives.rules.ts';

export interface InitiativePlace {
  confidentiality: string;
  unitPath: readonly number[];
  authorMemberIds: readonly number[];
  enteredByAccountId: number | null;
}

const ANY_ROLE: readonly Role[] = ['admin', 'reviewer', 'supporter', 'council', 'viewer'];
const CONFIDENTIAL_CHAIN: readonly Role[] = ['admin', 'reviewer', 'council'];

export function isAuthor(actor: Actor, place: InitiativePlace): boolean {
  return actor.memberId !== null && place.authorMemberIds.includes(actor.memberId);
}

export function isOwn(actor: Actor, place: InitiativePlace): boolean {
  return isAuthor(actor, place) || place.enteredByAccountId === actor.accountId;
}

/** The roles that see an initiative of this confidentiality through their unit. */
export const seeingRoles = (confidentiality: string): readonly Role[] =>
  confidentiality === 'confidential' ? CONFIDENTIAL_CHAIN : ANY_ROLE;

export function canSeeInitiative(actor: Actor | null, place: InitiativePlace): boolean {
  if (!actor) return false;
  return isOwn(actor, place) || hasRole(actor, seeingRoles(place.confidentiality), place.unitPath);
}

/** The kinds the caller acts as (empty: may only look, if that). */
export function actorKinds(actor: Actor | null, place: InitiativePlace): Set<ActorKind> {
  const kinds = new Set<ActorKind>();
  if (!actor) return kinds;
  if (isOwn(actor, place) || hasRole(actor, 'supporter', place.unitPath)) kinds.add('submitter');
  if (hasRole(actor, 'reviewer', place.unitPath)) kinds.add('reviewer');
  return kinds;
}
