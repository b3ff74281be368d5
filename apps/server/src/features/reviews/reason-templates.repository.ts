/** SQL of reason templates: a unit's own and those inherited from its ancestors. */
import { sql } from 'drizzle-orm';
import { queryOne, queryRows, type DbOrTx } from '../../db/client.ts';
import { intArray } from '../../db/sql-values.ts';

export interface TemplateRow {
  id: number;
  to_status: string;
  text: string;
  position: number;
  unit_id: number;
  unit_code: string;
  unit_name: string;
}

/** Templates kept on any unit of `path` (the unit and its ancestors), nearest unit last. */
export async function templatesAlong(db: DbOrTx, path: readonly number[]): Promise<TemplateRow[]> {
  return queryRows<TemplateRow>(
    db,
    sql`select t.id, t.to_status, t.text, t.position, u.id as unit_id, u.code as unit_code, u.name as unit_name
        from reason_templates t join units u on u.id = t.unit_id
        where t.unit_id = any(${intArray(path)}::int[])
        order by u.depth, t.to_status, t.position, t.id`,
  );
}

export async function insertTemplate(
  db: DbOrTx,
  values: { unitId: number; toStatus: string; text: string; position: number | undefined },
): Promise<TemplateRow> {
  return (await queryOne<TemplateRow>(
    db,
    sql`with t as (
          insert into reason_templates (unit_id, to_status, text, position)
          values (${values.unitId}, ${values.toStatus}, ${values.text},
            coalesce(${values.position ?? null}::int,
              (select coalesce(max(position) + 1, 0) from reason_templates where unit_id = ${values.unitId})))
          returning *)
        select t.id, t.to_status, t.text, t.position, u.id as unit_id, u.code as unit_code, u.name as unit_name
        from t join units u on u.id = t.unit_id`,
  ))!;
}

export async function deleteTemplate(db: DbOrTx, unitId: number, id: number): Promise<TemplateRow | undefined> {
  return queryOne<TemplateRow>(
    db,
    sql`delete from reason_templates where id = ${id} and unit_id = ${unitId}
        returning id, to_status, text, position, unit_id, '' as unit_code, '' as unit_name`,
  );
}
