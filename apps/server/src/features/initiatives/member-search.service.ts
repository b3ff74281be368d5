/**
 * GET /members/search?q=: a support team finds the members it submits for, by name (diacritics
 * ignored), member code or phone, across every unit it supports (the roster's search per unit).
 */
import type { DbOrTx } from '../../db/client.ts';
import { scopeRootIds, type Actor } from '../access/access.policy.ts';
import { forbidden, requireActor } from '../access/access.service.ts';
import { listRoster } from '../members/members.service.ts';

export async function searchMembersToSubmitFor(db: DbOrTx, actor: Actor | null, query: { q: string; limit: number }) {
  const who = requireActor(actor);
  const roots = scopeRootIds(who, ['supporter', 'admin']);
  if (roots.length === 0) throw forbidden('tìm đoàn viên để nộp hộ (cần vai trò tổ hỗ trợ)');
  const codes = [...new Set(who.grants.filter((g) => roots.includes(g.unitId)).map((g) => g.unitCode))];
  const items = [];
  for (const code of codes) {
    const page = await listRoster(db, who, code, { q: query.q, limit: query.limit, offset: 0 });
    items.push(...page.items);
    if (items.length >= query.limit) break;
  }
  return {
    items: items.slice(0, query.limit).map((m) => ({
      code: m.code,
      full_name: m.full_name,
      phone_hint: m.phone ? `…${m.phone.slice(-4)}` : null,
      job_title: m.job_title,
      unit: m.unit,
    })),
  };
}
