/** Near-duplicate hints: recomputed when an initiative is submitted, filtered by visibility on read. */
import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../access/access.policy.ts';
import { canSeeInitiative } from './initiatives.policy.ts';
import type { InitiativeRow } from './initiatives.repository.ts';
import { rankSimilar, similarityText } from './similarity.rules.ts';
import { similarCandidates, similarOf, storeSimilar } from './similarity.repository.ts';

const textOf = (r: { title: string; problem: string | null; solution: string | null; benefit: string | null }) =>
  similarityText([r.title, r.problem, r.solution, r.benefit]);

export async function refreshSimilar(tx: DbOrTx, row: InitiativeRow): Promise<void> {
  const candidates = await similarCandidates(tx, row.phaseId, row.titleKey, row.id);
  const similar = rankSimilar(
    textOf(row),
    candidates.map((c) => ({ id: c.id, text: textOf(c) })),
  );
  await storeSimilar(
    tx,
    row.id,
    similar.map((s) => ({ id: s.id, score: s.score })),
  );
}

export type SimilarHint = { code: string; title: string; score: number };

/** Hints per initiative id, leaving out the ones the caller may not see. */
export async function visibleSimilar(
  db: DbOrTx,
  actor: Actor | null,
  ids: readonly number[],
): Promise<Map<number, SimilarHint[]>> {
  const out = new Map<number, SimilarHint[]>();
  for (const row of await similarOf(db, ids)) {
    const place = {
      confidentiality: row.confidentiality,
      unitPath: row.unit_path,
      authorMemberIds: [],
      enteredByAccountId: row.entered_by_account_id,
    };
    if (!canSeeInitiative(actor, place)) continue;
    const list = out.get(row.initiative_id) ?? [];
    list.push({ code: row.code, title: row.title, score: Number(row.score) });
    out.set(row.initiative_id, list);
  }
  return out;
}
