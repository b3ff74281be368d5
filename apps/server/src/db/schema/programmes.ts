import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdAt, instant, updatedAt } from './columns.ts';
import { units } from './units.ts';

export const programmes = pgTable('programmes', {
  id: integer().primaryKey().generatedByDefaultAsIdentity(),
  code: text().notNull().unique(),
  name: text().notNull(),
  goal: integer(),
  /** The unit whose subtree runs the programme (the national root for national ones). */
  ownerUnitId: integer().references(() => units.id),
  createdAt: createdAt(),
});

/** A phase's window is [startsAt, endsAt) in absolute time; shown in Vietnam time. */
export const phases = pgTable(
  'phases',
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    programmeId: integer()
      .notNull()
      .references(() => programmes.id),
    code: text().notNull().unique(),
    name: text().notNull(),
    position: integer().notNull().default(0),
    startsAt: instant().notNull(),
    endsAt: instant().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('phases_programme_idx').on(t.programmeId),
    check('phases_window_check', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/** A named window inside a phase with its own ranking (peak weeks, the "40-day peak"). */
export const campaigns = pgTable(
  'campaigns',
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    phaseId: integer()
      .notNull()
      .references(() => phases.id),
    code: text().notNull().unique(),
    name: text().notNull(),
    startsAt: instant().notNull(),
    endsAt: instant().notNull(),
    createdAt: createdAt(),
  },
  (t) => [check('campaigns_window_check', sql`${t.endsAt} > ${t.startsAt}`)],
);

export const quotas = pgTable(
  'quotas',
  {
    unitId: integer()
      .notNull()
      .references(() => units.id),
    phaseId: integer()
      .notNull()
      .references(() => phases.id),
    quota: integer().notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.unitId, t.phaseId] }),
    index('quotas_phase_idx').on(t.phaseId),
    check('quotas_quota_check', sql`${t.quota} >= 0`),
  ],
);

/** Fields of work (lĩnh vực), a list the national admin keeps. */
export const fields = pgTable('fields', {
  id: integer().primaryKey().generatedByDefaultAsIdentity(),
  code: text().notNull().unique(),
  name: text().notNull(),
  nameFolded: text().notNull(),
  position: integer().notNull().default(0),
  active: boolean().notNull().default(true),
});
