import { bigint, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { instant } from './columns.ts';
import { accounts } from './people.ts';
import { units } from './units.ts';

/** Append-only record of every change: who, when, what, before and after. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    at: instant().notNull().defaultNow(),
    accountId: integer().references(() => accounts.id),
    action: text().notNull(),
    entity: text().notNull(),
    entityKey: text().notNull(),
    /** The unit whose admins may read this entry (scope anchor). */
    unitId: integer().references(() => units.id),
    before: jsonb(),
    after: jsonb(),
    ip: text(),
  },
  (t) => [index('audit_log_unit_at_idx').on(t.unitId, t.at), index('audit_log_entity_idx').on(t.entity, t.entityKey)],
);
