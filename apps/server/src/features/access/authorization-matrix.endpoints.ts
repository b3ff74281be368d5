/**
 * The endpoints of the authorization matrix, each with the rule that says who may call it and
 * the status of an allowed call, and the expected status of every cell derived from those rules
 * (written here independently of the policy code).
 */
import type { Role } from '@sangkien/shared';
import { INITIATIVE_ENDPOINTS } from './authorization-matrix.initiatives.ts';
import { COUNCIL_ENDPOINTS, type CouncilMatrixContext } from './authorization-matrix.councils.ts';

export type Relation = 'self' | 'parent' | 'sibling' | 'child';
export type Who = Role | 'member';
export interface Subject {
  who: Who;
  relation: Relation;
  unit: string;
}

/** Two targets: a district and a grassroots unit of the example tree, with their relatives. */
export const TARGETS = {
  TMH1: { self: 'TMH1', parent: 'TM', sibling: 'TMH2', child: 'TMH1C0001', grassroots: false },
  TMH1C0001: { self: 'TMH1C0001', parent: 'TMH1', sibling: 'TMH1C0002', child: null, grassroots: true },
} as const;
export type Target = keyof typeof TARGETS;
export const GRASSROOTS = new Set(['TMH1C0001', 'TMH1C0002']);
export const ROLES: Role[] = ['admin', 'reviewer', 'supporter', 'viewer'];

/** Who may call an endpoint, for a subject standing in `relation` to the target. */
export type Rule =
  | 'public'
  | 'signed_in'
  | 'see'
  | 'roster'
  | 'admin'
  | 'restructure'
  | 'member_roster'
  | 'member_admin'
  // Initiatives (an initiative of the grassroots target, not authored by any subject):
  | 'see_initiative'
  | 'see_confidential'
  | 'decide'
  | 'edit_initiative'
  | 'on_behalf'
  | 'review'
  | 'review_manage'
  | 'any_reviewer'
  | 'any_supporter'
  | 'council_seat';

const INITIATIVE_RULES: Rule[] = ['see_initiative', 'see_confidential', 'decide', 'edit_initiative'];

export function expectedStatus(rule: Rule, subject: Subject | null, target: Target, ok: number): number {
  if (rule === 'public') return ok;
  if (!subject) return 401;
  if (rule === 'signed_in') return ok;
  const covers = subject.who !== 'member' && (subject.relation === 'self' || subject.relation === 'parent');
  const ownUnit = subject.who === 'member' && subject.relation === 'self';
  if (rule === 'any_reviewer') return subject.who === 'reviewer' ? ok : 403;
  if (rule === 'any_supporter') return ['admin', 'supporter'].includes(subject.who) ? ok : 403;
  if (rule === 'on_behalf') return covers && subject.who === 'supporter' ? ok : 403;
  // Members see only their own initiatives; roles over the unit see it (confidential: the chain).
  if (INITIATIVE_RULES.includes(rule)) {
    if (!covers) return 404;
    if (rule === 'see_confidential') return ['admin', 'reviewer'].includes(subject.who) ? ok : 404;
    if (rule === 'decide') return subject.who === 'reviewer' ? ok : 403;
    if (rule === 'edit_initiative') return subject.who === 'supporter' ? ok : 403;
    return ok;
  }
  // Member endpoints act on a member of the grassroots target: a role must cover its unit.
  if (rule === 'member_roster' || rule === 'member_admin') {
    if (!covers) return 404;
    const allowed = rule === 'member_admin' ? ['admin'] : ['admin', 'supporter'];
    return allowed.includes(subject.who) ? ok : 403;
  }
  if (!covers && !ownUnit) return 404;
  switch (rule) {
    case 'see':
      return ok;
    case 'roster':
      return covers && ['admin', 'supporter'].includes(subject.who) ? ok : 403;
    case 'admin':
      return covers && subject.who === 'admin' ? ok : 403;
    case 'restructure':
      return subject.who === 'admin' && subject.relation === 'parent' ? ok : 403;
    case 'review':
      return covers && subject.who === 'reviewer' ? ok : 403;
    case 'review_manage':
      return covers && ['admin', 'reviewer'].includes(subject.who) ? ok : 403;
    case 'council_seat':
      return 403;
  }
  throw new Error(`rule ${rule} for ${target}`);
}

export interface Endpoint {
  name: string;
  rule: Rule;
  targets: Target[];
  /** Status of an allowed call (a 422 means it got past authorization to the rules). */
  ok: (target: Target) => number;
  request: (
    target: Target,
    context: Context,
  ) => Promise<{ method: string; url: string; payload?: unknown; headers?: Record<string, string> }>;
}

export interface Context extends Partial<CouncilMatrixContext> {
  throwawayGrant(unitCode: string): Promise<number>;
}

const both: Target[] = ['TMH1', 'TMH1C0001'];
const grassrootsOnly: Target[] = ['TMH1C0001'];
const get = (url: string) => async () => ({ method: 'GET', url });

export const ENDPOINTS: Endpoint[] = [
  { name: 'GET /stats/live', rule: 'public', targets: ['TMH1'], ok: () => 200, request: get('/api/v1/stats/live') },
  { name: 'GET /units/{root}', rule: 'public', targets: ['TMH1'], ok: () => 200, request: get('/api/v1/units/TW') },
  {
    name: 'GET /units/{root}/ranking',
    rule: 'public',
    targets: ['TMH1'],
    ok: () => 200,
    request: get('/api/v1/units/TW/ranking?phase=GD1'),
  },
  {
    name: 'GET /auth/session',
    rule: 'public',
    targets: ['TMH1'],
    ok: () => 200,
    request: get('/api/v1/auth/session'),
  },
  { name: 'GET /landing', rule: 'public', targets: ['TMH1'], ok: () => 200, request: get('/api/v1/landing') },
  { name: 'GET /programmes', rule: 'public', targets: ['TMH1'], ok: () => 200, request: get('/api/v1/programmes') },
  { name: 'GET /fields', rule: 'public', targets: ['TMH1'], ok: () => 200, request: get('/api/v1/fields') },
  { name: 'GET /me', rule: 'signed_in', targets: ['TMH1'], ok: () => 200, request: get('/api/v1/me') },
  { name: 'GET /me/tokens', rule: 'signed_in', targets: ['TMH1'], ok: () => 200, request: get('/api/v1/me/tokens') },
  {
    name: 'GET /units/{u}',
    rule: 'see',
    targets: both,
    ok: () => 200,
    request: async (u) => ({ method: 'GET', url: `/api/v1/units/${u}` }),
  },
  {
    name: 'GET /units/{u}/children',
    rule: 'see',
    targets: both,
    ok: () => 200,
    request: async (u) => ({ method: 'GET', url: `/api/v1/units/${u}/children` }),
  },
  {
    name: 'GET /units/{u}/ranking',
    rule: 'see',
    targets: both,
    ok: () => 200,
    request: async (u) => ({ method: 'GET', url: `/api/v1/units/${u}/ranking?phase=GD1` }),
  },
  {
    name: 'GET /units/{u}/dashboard',
    rule: 'see',
    targets: both,
    ok: () => 200,
    request: async (u) => ({ method: 'GET', url: `/api/v1/units/${u}/dashboard?phase=GD1` }),
  },
  {
    name: 'GET /units/{u}/bulletins',
    rule: 'see',
    targets: both,
    ok: () => 200,
    request: async (u) => ({ method: 'GET', url: `/api/v1/units/${u}/bulletins?phase=GD1` }),
  },
  {
    name: 'GET /units/{u}/rank-history',
    rule: 'see',
    targets: both,
    ok: () => 200,
    request: async (u) => ({ method: 'GET', url: `/api/v1/units/${u}/rank-history?phase=GD1` }),
  },
  {
    name: 'GET /units/{u}/quotas',
    rule: 'admin',
    targets: both,
    ok: () => 200,
    request: async (u) => ({ method: 'GET', url: `/api/v1/units/${u}/quotas?phase=GD1` }),
  },
  {
    name: 'PUT /units/{u}/quotas',
    rule: 'admin',
    targets: both,
    ok: () => 200,
    request: async (u) => ({ method: 'PUT', url: `/api/v1/units/${u}/quotas`, payload: { phase: 'GD1', items: [] } }),
  },
  {
    name: 'POST /units/{u}/quotas/import',
    rule: 'admin',
    targets: both,
    ok: () => 422,
    request: async (u) => ({
      method: 'POST',
      url: `/api/v1/units/${u}/quotas/import`,
      headers: { 'content-type': 'text/csv' },
      payload: 'unit_code,phase_code,quota\n',
    }),
  },
  {
    name: 'GET /units/{u}/clusters',
    rule: 'see',
    targets: both,
    ok: () => 200,
    request: async (u) => ({ method: 'GET', url: `/api/v1/units/${u}/clusters` }),
  },
  {
    name: 'POST /units/{u}/clusters',
    rule: 'admin',
    targets: both,
    ok: () => 200,
    request: async (u) => ({
      method: 'POST',
      url: `/api/v1/units/${u}/clusters`,
      payload: { code: `CUM-${u}`, name: 'Cụm ma trận', unit_codes: [] },
    }),
  },
  {
    name: 'GET /reports/{u}/{phase}',
    rule: 'see',
    targets: both,
    ok: () => 200,
    request: async (u) => ({ method: 'GET', url: `/api/v1/reports/${u}/GD1` }),
  },
  {
    name: 'GET /reports/{u}/{phase}?format=docx',
    rule: 'see',
    targets: both,
    ok: () => 200,
    request: async (u) => ({ method: 'GET', url: `/api/v1/reports/${u}/GD1?format=docx` }),
  },
  {
    name: 'GET /units/{u}/commendations',
    rule: 'see',
    targets: both,
    ok: () => 200,
    request: async (u) => ({ method: 'GET', url: `/api/v1/units/${u}/commendations?phase=GD1` }),
  },
  {
    name: 'GET /units/{u}/report-settings',
    rule: 'see',
    targets: both,
    ok: () => 200,
    request: async (u) => ({ method: 'GET', url: `/api/v1/units/${u}/report-settings` }),
  },
  {
    name: 'PUT /units/{u}/report-settings',
    rule: 'admin',
    targets: both,
    ok: () => 200,
    request: async (u) => ({
      method: 'PUT',
      url: `/api/v1/units/${u}/report-settings`,
      payload: { signer_name: 'Nguyễn Văn A' },
    }),
  },
  {
    name: 'GET /units/{u}/history',
    rule: 'see',
    targets: both,
    ok: () => 200,
    request: async (u) => ({ method: 'GET', url: `/api/v1/units/${u}/history` }),
  },
  {
    name: 'GET /units?within={u}',
    rule: 'see',
    targets: both,
    ok: () => 200,
    request: async (u) => ({ method: 'GET', url: `/api/v1/units?q=cdcs&within=${u}` }),
  },
  {
    name: 'GET /units/{u}/members',
    rule: 'roster',
    targets: both,
    ok: () => 200,
    request: async (u) => ({ method: 'GET', url: `/api/v1/units/${u}/members` }),
  },
  {
    name: 'POST /units/{u}/members',
    rule: 'admin',
    targets: both,
    ok: (u) => (TARGETS[u].grassroots ? 201 : 422),
    request: async (u) => ({
      method: 'POST',
      url: `/api/v1/units/${u}/members`,
      payload: { full_name: 'Đoàn Viên Ma Trận' },
    }),
  },
  {
    name: 'POST /units/{u}/members/import',
    rule: 'admin',
    targets: both,
    ok: () => 200,
    request: async (u) => ({
      method: 'POST',
      url: `/api/v1/units/${u}/members/import`,
      headers: { 'content-type': 'text/csv' },
      payload: 'member_code,full_name,unit_code\n',
    }),
  },
  {
    name: 'GET /units/{u}/roles',
    rule: 'admin',
    targets: both,
    ok: () => 200,
    request: async (u) => ({ method: 'GET', url: `/api/v1/units/${u}/roles` }),
  },
  {
    name: 'POST /units/{u}/roles',
    rule: 'admin',
    targets: both,
    ok: () => 422,
    request: async (u) => ({
      method: 'POST',
      url: `/api/v1/units/${u}/roles`,
      payload: { role: 'viewer', member_code: 'DV000002' },
    }),
  },
  {
    name: 'DELETE /units/{u}/roles/{id}',
    rule: 'admin',
    targets: both,
    ok: () => 200,
    request: async (u, c) => ({ method: 'DELETE', url: `/api/v1/units/${u}/roles/${await c.throwawayGrant(u)}` }),
  },
  {
    name: 'PATCH /units/{u} (rename)',
    rule: 'admin',
    targets: both,
    ok: () => 200,
    request: async (u) => ({
      method: 'PATCH',
      url: `/api/v1/units/${u}`,
      payload: { name: u === 'TMH1' ? 'LĐLĐ huyện Đông' : 'CĐCS TMH1-1' },
    }),
  },
  {
    name: 'POST /units (child of {u})',
    rule: 'admin',
    targets: both,
    ok: (u) => (TARGETS[u].grassroots ? 422 : 409),
    request: async (u) => ({
      method: 'POST',
      url: '/api/v1/units',
      payload: { code: 'TW', name: 'Trùng mã', kind: 'grassroots', parent_code: u },
    }),
  },
  {
    name: 'POST /units/{u}/move',
    rule: 'restructure',
    targets: both,
    ok: () => 422,
    request: async (u) => ({
      method: 'POST',
      url: `/api/v1/units/${u}/move`,
      payload: { parent_code: TARGETS[u].parent },
    }),
  },
  {
    name: 'POST /units/{u}/merge',
    rule: 'restructure',
    targets: both,
    ok: () => 422,
    request: async (u) => ({ method: 'POST', url: `/api/v1/units/${u}/merge`, payload: { successor_code: u } }),
  },
  {
    name: 'POST /units/{u}/close',
    rule: 'restructure',
    targets: both,
    ok: () => 422,
    request: async (u) => ({ method: 'POST', url: `/api/v1/units/${u}/close`, payload: {} }),
  },
  {
    name: 'POST /units/{u}/join-code',
    rule: 'admin',
    targets: both,
    ok: (u) => (TARGETS[u].grassroots ? 200 : 422),
    request: async (u) => ({ method: 'POST', url: `/api/v1/units/${u}/join-code`, payload: {} }),
  },
  {
    name: 'GET /units/{u}/join-qr.svg',
    rule: 'admin',
    targets: both,
    ok: (u) => (TARGETS[u].grassroots ? 200 : 422),
    request: async (u) => ({ method: 'GET', url: `/api/v1/units/${u}/join-qr.svg` }),
  },
  {
    name: 'GET /units/{u}/join-qr.png',
    rule: 'admin',
    targets: grassrootsOnly,
    ok: () => 200,
    request: async (u) => ({ method: 'GET', url: `/api/v1/units/${u}/join-qr.png` }),
  },
  {
    name: 'GET /audit?unit={u}',
    rule: 'admin',
    targets: both,
    ok: () => 200,
    request: async (u) => ({ method: 'GET', url: `/api/v1/audit?unit=${u}` }),
  },
  {
    name: 'GET /members/{m}',
    rule: 'member_roster',
    targets: grassrootsOnly,
    ok: () => 200,
    request: get('/api/v1/members/DV000001'),
  },
  {
    name: 'PATCH /members/{m}',
    rule: 'member_admin',
    targets: grassrootsOnly,
    ok: () => 200,
    request: async () => ({ method: 'PATCH', url: '/api/v1/members/DV000001', payload: { job_title: 'Tổ trưởng' } }),
  },
  {
    name: 'DELETE /members/{m}',
    rule: 'member_admin',
    targets: grassrootsOnly,
    // DV000001 wrote initiatives: an allowed caller reaches the rule that keeps them.
    ok: () => 422,
    request: async () => ({ method: 'DELETE', url: '/api/v1/members/DV000001' }),
  },
  {
    name: 'POST /members/{m}/password-reset',
    rule: 'member_admin',
    targets: grassrootsOnly,
    ok: () => 201,
    request: async () => ({ method: 'POST', url: '/api/v1/members/MT-RESET/password-reset' }),
  },
  ...INITIATIVE_ENDPOINTS,
  ...COUNCIL_ENDPOINTS,
];

export function subjectsFor(target: Target): Array<Subject | null> {
  const out: Array<Subject | null> = [null];
  for (const relation of ['self', 'parent', 'sibling', 'child'] as const) {
    const unit = TARGETS[target][relation];
    if (!unit) continue;
    for (const who of ROLES) out.push({ who, relation, unit });
    if (GRASSROOTS.has(unit)) out.push({ who: 'member', relation, unit });
  }
  return out;
}

export const label = (s: Subject | null) => (s ? `${s.who} of ${s.relation} (${s.unit})` : 'anonymous');
