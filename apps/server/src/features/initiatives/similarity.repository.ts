/** SQL of near-duplicate hints: candidates by title key, and the stored pairs. */
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { intArray } from '../../db/sql-values.ts';

export interface SimilarCandidate {
  id: number;
  title: string;
  problem: string | null;
  solution: string | null;
  benefit: string | null;
}

/** Submissions of the phase with the same title key (drafts and withdrawn ones left out). */
export async function similarCandidates(
  db: DbOrTx,
  phaseId: number,
  key: string,
  exceptId: number,
): Promise<SimilarCandidate[]> {
  if (key === '') return [];
  return queryRows<SimilarCandidate>(
    db,
    sql`select id, title, problem, solution, benefit from initiatives
        where phase_id = ${phaseId} and title_key = ${key} and id <> ${exceptId}
          and status not in ('draft', 'withdrawn')
        order by id limit 100`,
  );
}

/** Replaces the initiative's hints (both directions). */
export async function storeSimilar(
  db: DbOrTx,
  id: number,
  similar: ReadonlyArray<{ id: number; score: number }>,
): Promise<void> {
  await db.execute(sql`delete from initiative_similarities where initiative_id = ${id} or similar_id = ${id}`);
  if (similar.length === 0) return;
  const ids = intArray(similar.map((s) => s.id));
  const scores = `{${similar.map((s) => s.score).join(',')}}`;
  await db.execute(sql`
    insert into initiative_similarities (initiative_id, similar_id, score)
    select ${id}, s, sc from unnest(${ids}::int[], ${scores}::real[]) as t(s, sc)
    union all
    select s, ${id}, sc from unnest(${ids}::int[], ${scores}::real[]) as t(s, sc)
    on conflict do nothing`);
}

export interface SimilarRow {
  initiative_id: number;
  code: string;
  title: string;
  score: number;
  confidentiality: string;
  unit_path: number[];
  entered_by_account_id: number | null;
}

/** The hints of several initiatives, with what is needed to check each one's visibility. */
export async function similarOf(db: DbOrTx, ids: readonly number[]): Promise<SimilarRow[]> {
  if (ids.length === 0) return [];
  return queryRows<SimilarRow>(
    db,
    sql`select s.initiative_id, i.code, i.title, s.score, i.confidentiality, u.path as unit_path,
          i.entered_by_account_id
        from initiative_similarities s join initiatives i on i.id = s.similar_id join units u on u.id = i.unit_id
        where s.initiative_id = any(${intArray(ids)}::int[]) and i.status not in ('draft', 'withdrawn')
        order by s.score desc, i.code`,
  );
}
