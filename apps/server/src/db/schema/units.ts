import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt, instant, updatedAt } from './columns.ts';

/**
 * The unit tree. `path` holds the ids from the root down to the unit itself, so a subtree is
 * `path @> ARRAY[id]` (GIN index) and the ancestor at depth d is `path[d + 1]`.
 */
export const units = pgTable(
  'units',
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    code: text().notNull().unique(),
    name: text().notNull(),
    nameFolded: text().notNull(),
    kind: text().notNull(),
    parentId: integer().references((): AnyPgColumn => units.id),
    path: integer().array().notNull(),
    depth: integer().notNull(),
    /** Official count of union members belonging directly to this unit. */
    members: integer().notNull().default(0),
    joinCode: text().unique(),
    successorId: integer().references((): AnyPgColumn => units.id),
    validFrom: instant(),
    /** Closed (or merged) from this instant on; null while open. */
    validTo: instant(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('units_parent_idx').on(t.parentId),
    index('units_path_gin').using('gin', t.path),
    index('units_name_folded_idx').on(t.nameFolded),
    check(
      'units_kind_check',
      sql`${t.kind} in ('national','province','district','sector','industrial_zone','grassroots','other')`,
    ),
    check('units_members_check', sql`${t.members} >= 0`),
  ],
);

/** Each period during which a unit had one parent and one name (for reports as of a date). */
export const unitVersions = pgTable(
  'unit_versions',
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    unitId: integer()
      .notNull()
      .references(() => units.id),
    parentId: integer().references(() => units.id),
    name: text().notNull(),
    kind: text().notNull(),
    members: integer().notNull().default(0),
    /** Null: since the unit was first known. */
    validFrom: instant(),
    /** Null: still current. */
    validTo: instant(),
  },
  (t) => [index('unit_versions_unit_idx').on(t.unitId, t.validFrom)],
);

/** Emulation clusters (cụm/khối thi đua): units at one level ranked against each other. */
export const clusters = pgTable('clusters', {
  id: integer().primaryKey().generatedByDefaultAsIdentity(),
  code: text().notNull().unique(),
  name: text().notNull(),
  /** The unit that organises the cluster (its admins manage it). */
  ownerUnitId: integer()
    .notNull()
    .references(() => units.id),
  createdAt: createdAt(),
});

export const clusterUnits = pgTable(
  'cluster_units',
  {
    clusterId: integer()
      .notNull()
      .references(() => clusters.id, { onDelete: 'cascade' }),
    unitId: integer()
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.clusterId, t.unitId] }), index('cluster_units_unit_idx').on(t.unitId)],
);
