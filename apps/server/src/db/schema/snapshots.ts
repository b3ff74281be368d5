import { bigint, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, instant } from './columns.ts';
import { phases } from './programmes.ts';
import { units } from './units.ts';

/**
 * A weekly freeze of the rankings (issue 4). `key` names the scheduled moment, so several server
 * processes racing to take the same snapshot insert it once (`on conflict do nothing`).
 */
export const rankingSnapshots = pgTable(
  'ranking_snapshots',
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    key: text().notNull(),
    phaseId: integer()
      .notNull()
      .references(() => phases.id),
    /** The moment the figures describe (the scheduled Friday 17:00, or `--at`). */
    takenAt: instant().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('ranking_snapshots_key_phase_idx').on(t.key, t.phaseId),
    index('ranking_snapshots_phase_idx').on(t.phaseId, t.takenAt),
  ],
);

/** One row per unit of the tree in a snapshot: its figures and its rank among its siblings. */
export const rankingSnapshotRows = pgTable(
  'ranking_snapshot_rows',
  {
    snapshotId: integer()
      .notNull()
      .references(() => rankingSnapshots.id, { onDelete: 'cascade' }),
    unitId: integer()
      .notNull()
      .references(() => units.id),
    parentId: integer(),
    submissions: integer().notNull(),
    valid: integer().notNull(),
    pending: integer().notNull(),
    invalid: integer().notNull(),
    quota: integer(),
    members: bigint({ mode: 'number' }).notNull(),
    grassrootsParticipating: integer().notNull(),
    membersParticipating: integer().notNull(),
    benefitVndTotal: bigint({ mode: 'number' }).notNull(),
    /** Position among siblings by submissions (1, 2, 2, 4). */
    rank: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.snapshotId, t.unitId] }),
    index('ranking_snapshot_rows_parent_idx').on(t.snapshotId, t.parentId),
    index('ranking_snapshot_rows_unit_idx').on(t.unitId, t.snapshotId),
  ],
);
