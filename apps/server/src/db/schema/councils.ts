import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdAt, instant } from './columns.ts';
import { initiatives } from './initiatives.ts';
import { accounts, members } from './people.ts';
import { phases, programmes } from './programmes.ts';
import { units } from './units.ts';

/** A criterion of a council's scoring sheet (phiếu chấm) and its maximum points. */
export interface CouncilCriterion {
  key: string;
  label: string;
  max_points: number;
}

/** An initiative council (hội đồng sáng kiến) on a unit: for one programme, or standing. */
export const councils = pgTable(
  'councils',
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    unitId: integer()
      .notNull()
      .references(() => units.id),
    name: text().notNull(),
    /** Absent: a standing council. */
    programmeId: integer().references(() => programmes.id),
    criteria: jsonb().$type<CouncilCriterion[]>().notNull(),
    createdByAccountId: integer().references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [index('councils_unit_idx').on(t.unitId)],
);

export const councilMembers = pgTable(
  'council_members',
  {
    councilId: integer()
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    accountId: integer()
      .notNull()
      .references(() => accounts.id),
    position: text().notNull(),
    addedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.councilId, t.accountId] }),
    index('council_members_account_idx').on(t.accountId),
    check(
      'council_members_position_check',
      sql`${t.position} in ('chair','vice_chair','secretary','expert','union_representative')`,
    ),
  ],
);

/** One initiative put before a council (hồ sơ xét), and the decision when the review is closed. */
export const councilReviews = pgTable(
  'council_reviews',
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    councilId: integer()
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id),
    openedAt: createdAt(),
    openedByAccountId: integer().references(() => accounts.id),
    closedAt: instant(),
    closedByAccountId: integer().references(() => accounts.id),
    /** Members (account ids) who were not recused when the review closed: the 2/3 base. */
    eligibleAccountIds: jsonb().$type<number[]>(),
    recognised: boolean(),
    decisionNumber: text(),
  },
  (t) => [
    uniqueIndex('council_reviews_council_initiative_idx').on(t.councilId, t.initiativeId),
    index('council_reviews_initiative_idx').on(t.initiativeId),
  ],
);

/** A member's scoring sheet (phiếu chấm) for one review. */
export const councilScores = pgTable(
  'council_scores',
  {
    reviewId: integer()
      .notNull()
      .references(() => councilReviews.id, { onDelete: 'cascade' }),
    accountId: integer()
      .notNull()
      .references(() => accounts.id),
    points: jsonb().$type<Record<string, number>>().notNull(),
    total: integer().notNull(),
    recognise: boolean().notNull(),
    comment: text(),
    submittedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.reviewId, t.accountId] })],
);

/** A recognised initiative put forward by a unit to a unit above (đề cử sáng kiến tiêu biểu). */
export const nominations = pgTable(
  'nominations',
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id),
    fromUnitId: integer()
      .notNull()
      .references(() => units.id),
    toUnitId: integer()
      .notNull()
      .references(() => units.id),
    /** The level of the receiving unit: grassroots, district, province, national. */
    level: text().notNull(),
    note: text(),
    nominatedAt: createdAt(),
    nominatedByAccountId: integer().references(() => accounts.id),
    status: text().notNull().default('nominated'),
    decidedAt: instant(),
    decidedByAccountId: integer().references(() => accounts.id),
  },
  (t) => [
    uniqueIndex('nominations_initiative_to_idx').on(t.initiativeId, t.toUnitId),
    index('nominations_to_idx').on(t.toUnitId, t.status),
    check('nominations_status_check', sql`${t.status} in ('nominated','selected','not_selected')`),
    check('nominations_level_check', sql`${t.level} in ('grassroots','district','province','national')`),
  ],
);

/** An award (giấy khen, bằng khen) to an initiative, a member or a collective (unit). */
export const awards = pgTable(
  'awards',
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    /** The unit that grants it. */
    unitId: integer()
      .notNull()
      .references(() => units.id),
    phaseId: integer()
      .notNull()
      .references(() => phases.id),
    kind: text().notNull(),
    level: text().notNull(),
    decisionNumber: text().notNull(),
    decidedOn: date().notNull(),
    initiativeId: integer().references(() => initiatives.id),
    memberId: integer().references(() => members.id),
    recipientUnitId: integer().references(() => units.id),
    reason: text(),
    createdByAccountId: integer().references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('awards_unit_phase_idx').on(t.unitId, t.phaseId),
    index('awards_initiative_idx').on(t.initiativeId),
    check('awards_kind_check', sql`${t.kind} in ('giay_khen','bang_khen')`),
    check('awards_level_check', sql`${t.level} in ('grassroots','district','province','national')`),
    check('awards_recipient_check', sql`num_nonnulls(${t.initiativeId}, ${t.memberId}, ${t.recipientUnitId}) = 1`),
  ],
);
