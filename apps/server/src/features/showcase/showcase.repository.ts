/**
 * SQL of the public showcase: valid, public initiatives whose authors agreed to publish them.
 * Nothing else is ever read here, so no internal or confidential text can leave through it.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryOne, queryRows, type DbOrTx } from '../../db/client.ts';

/** The one condition every showcase query starts from. */
const PUBLISHABLE = sql`i.status = 'valid' and i.confidentiality = 'public' and i.showcase_consent`;

export interface ShowcaseFilters {
  /** Folded words that must all appear in the folded text. */
  terms: readonly string[];
  fieldCode?: string | undefined;
  provinceCode?: string | undefined;
  benefitMin?: number | undefined;
}

export interface ShowcaseRow {
  id: number;
  code: string;
  title: string;
  field_name: string | null;
  field_code: string | null;
  unit_code: string;
  unit_name: string;
  province_name: string | null;
  authors: string[] | null;
  benefit: string | null;
  benefit_vnd_year: number | null;
  recognised: boolean;
  outstanding_level: 'grassroots' | 'district' | 'province' | 'national' | null;
  problem: string | null;
  solution: string | null;
  phase_name: string;
}

function where(filters: ShowcaseFilters): SQL {
  const parts: SQL[] = [PUBLISHABLE];
  for (const term of filters.terms) parts.push(sql`i.search_folded like ${`%${term}%`}`);
  if (filters.fieldCode) parts.push(sql`f.code = ${filters.fieldCode}`);
  if (filters.provinceCode) {
    parts.push(sql`u.path @> array[(select p.id from units p where p.code = ${filters.provinceCode})]`);
  }
  if (filters.benefitMin !== undefined) parts.push(sql`i.benefit_vnd_year >= ${filters.benefitMin}`);
  return sql.join(parts, sql` and `);
}

const SELECT = sql`select i.id, i.code, i.title, f.name as field_name, f.code as field_code, u.code as unit_code, u.name as unit_name,
    (select p.name from units p where p.id = any(u.path) and p.kind = 'province' order by p.depth limit 1) as province_name,
    (select array_agg(m.full_name order by a.position) from initiative_authors a join members m on m.id = a.member_id
      where a.initiative_id = i.id) as authors,
    i.benefit, i.benefit_vnd_year, i.recognised_at is not null as recognised, i.outstanding_level,
    i.problem, i.solution, ph.name as phase_name
  from initiatives i join units u on u.id = i.unit_id join phases ph on ph.id = i.phase_id
    left join fields f on f.id = i.field_id`;

/** Outstanding ones first (highest level), then recognised, then by yearly benefit. */
const ORDER = sql`order by coalesce(array_position(array['national','province','district','grassroots'], i.outstanding_level), 9),
  (i.recognised_at is null), i.benefit_vnd_year desc nulls last, i.code`;

export async function searchShowcase(db: DbOrTx, filters: ShowcaseFilters, page: number, pageSize: number) {
  const rows = await queryRows<ShowcaseRow>(
    db,
    sql`${SELECT} where ${where(filters)} ${ORDER} limit ${pageSize} offset ${(page - 1) * pageSize}`,
  );
  const count = await queryOne<{ n: number }>(
    db,
    sql`select count(*)::int as n from initiatives i join units u on u.id = i.unit_id left join fields f on f.id = i.field_id
        where ${where(filters)}`,
  );
  return { rows, total: count?.n ?? 0 };
}

export async function findShowcaseItem(db: DbOrTx, code: string): Promise<ShowcaseRow | undefined> {
  return queryOne<ShowcaseRow>(db, sql`${SELECT} where ${PUBLISHABLE} and i.code = ${code}`);
}

/** Demo data: about two in three valid public initiatives agreed to publish (by code, repeatable). */
export async function consentDemoShare(db: DbOrTx): Promise<number> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`update initiatives set showcase_consent = true
        where status = 'valid' and confidentiality = 'public' and not showcase_consent and id % 3 <> 0
        returning id`,
  );
  return rows.length;
}
