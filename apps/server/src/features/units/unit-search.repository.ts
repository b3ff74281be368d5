/** SQL of the tree browser's search: by folded name or code, inside given subtrees. */
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { intArray, textArray } from '../../db/sql-values.ts';
import { indexedWords } from './unit-search.rules.ts';

export interface UnitSearchRow {
  id: number;
  code: string;
  name: string;
  kind: string;
  parent_code: string | null;
  parent_name: string | null;
  valid_to: string | null;
}

/**
 * Units in any of `rootIds`' subtrees (or the whole tree) whose folded name contains every query
 * word (the distinctive whole words before the last are looked up in the GIN word index first),
 * or whose code starts with the query; exact codes first, then higher levels, then by name.
 */
export async function searchUnits(
  db: DbOrTx,
  scope: { rootIds: readonly number[]; wholeTree: boolean },
  query: { words: string[]; code: string; includeClosed: boolean; now: Date },
  page: { limit: number; offset: number },
): Promise<UnitSearchRow[]> {
  if (!scope.wholeTree && scope.rootIds.length === 0) return [];
  const complete = indexedWords(query.words);
  const nameMatch = query.words.length
    ? sql.join(
        [
          ...query.words.map((w) => sql`u.name_folded like ${`%${w}%`}`),
          ...(complete.length
            ? [sql`regexp_split_to_array(u.name_folded, '[^a-z0-9]+') @> ${textArray(complete)}::text[]`]
            : []),
        ],
        sql` and `,
      )
    : sql`false`;
  const inScope = scope.wholeTree ? sql`true` : sql`u.path && ${intArray(scope.rootIds)}::int[]`;
  const open = query.includeClosed ? sql`true` : sql`(u.valid_to is null or u.valid_to > ${query.now})`;
  return queryRows<UnitSearchRow>(
    db,
    sql`select u.id, u.code, u.name, u.kind, p.code as parent_code, p.name as parent_name, u.valid_to
        from units u left join units p on p.id = u.parent_id
        where ${inScope} and ${open}
          and ((${nameMatch}) or upper(u.code) like ${`${query.code.replace(/[\\%_]/g, '\\$&')}%`})
        order by (upper(u.code) = ${query.code}) desc, u.depth, u.name_folded, u.code
        limit ${page.limit} offset ${page.offset}`,
  );
}
