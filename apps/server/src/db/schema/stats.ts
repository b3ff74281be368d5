import { bigint, date, index, integer, pgTable, primaryKey } from 'drizzle-orm/pg-core';
import { instant } from './columns.ts';
import { members } from './people.ts';
import { phases } from './programmes.ts';
import { units } from './units.ts';

/**
 * Maintained aggregates, one row per grassroots unit and phase, changed in the same transaction
 * as the initiative. Rollups to any unit sum the rows of its subtree (units.path).
 */
export const unitPhaseStats = pgTable(
  'unit_phase_stats',
  {
    unitId: integer()
      .notNull()
      .references(() => units.id),
    phaseId: integer()
      .notNull()
      .references(() => phases.id),
    submissions: integer().notNull().default(0),
    valid: integer().notNull().default(0),
    pending: integer().notNull().default(0),
    invalid: integer().notNull().default(0),
    /** Yearly benefit of valid initiatives, in đồng. */
    benefitVndYear: bigint({ mode: 'number' }).notNull().default(0),
    updatedAt: instant().notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.phaseId] }), index('unit_phase_stats_phase_idx').on(t.phaseId)],
);

/** Submissions per (unit, phase, member): distinct participating members over any subtree. */
export const unitPhaseAuthors = pgTable(
  'unit_phase_authors',
  {
    unitId: integer()
      .notNull()
      .references(() => units.id),
    phaseId: integer()
      .notNull()
      .references(() => phases.id),
    memberId: integer()
      .notNull()
      .references(() => members.id),
    submissions: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.phaseId, t.unitId, t.memberId] }),
    index('unit_phase_authors_member_idx').on(t.memberId),
  ],
);

/** Counts by the Vietnam day of submission: daily charts and campaign windows. */
export const unitDailyStats = pgTable(
  'unit_daily_stats',
  {
    unitId: integer()
      .notNull()
      .references(() => units.id),
    phaseId: integer()
      .notNull()
      .references(() => phases.id),
    day: date().notNull(),
    submissions: integer().notNull().default(0),
    valid: integer().notNull().default(0),
    pending: integer().notNull().default(0),
    invalid: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.phaseId, t.unitId, t.day] }),
    index('unit_daily_stats_day_idx').on(t.phaseId, t.day),
  ],
);
