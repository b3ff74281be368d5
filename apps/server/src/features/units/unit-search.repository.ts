/** SQL of the tree browser's search: by folded name or code, inside given subtrees. */
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { intArray } from '../../db/sql-values.ts';

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
 * Units in any of `rootIds`' subtrees whose folded name contains every word, or whose code
 * starts with the query; codes matching exactly first, then higher levels, then by name.
 */
export async function searchUnits(
  db: DbOrTx,
  rootIds: readonly number[],
  query: { words: string[]; code: string; includeClosed: boolean; now: Date },
  page: { limit: number; offset: number },
): Promise<UnitSearchRow[]> {
  if (rootIds.length === 0) return [];
  const nameMatch = query.words.length
    ? sql.join(
        query.words.map((w) => sql`u.name_folded like ${`%${w}%`}`),
        sql` and `,
      )
    : sql`false`;
  const open = query.includeClosed ? sql`true` : sql`(u.valid_to is null or u.valid_to > ${query.now})`;
  return queryRows<UnitSearchRow>(
    db,
    sql`select u.id, u.code, u.name, u.kind, p.code as parent_code, p.name as parent_name, u.valid_to
        from units u left join units p on p.id = u.parent_id
        where u.path && ${intArray(rootIds)}::int[] and ${open}
          and ((${nameMatch}) or upper(u.code) like ${`${query.code}%`})
        order by (upper(u.code) = ${query.code}) desc, u.depth, u.name_folded, u.code
        limit ${page.limit} offset ${page.offset}`,
  );
}
