import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgSequence,
  pgTable,
  real,
  primaryKey,
  smallint,
  text,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { createdAt, instant, updatedAt } from './columns.ts';
import { accounts, members } from './people.ts';
import { fields, phases } from './programmes.ts';
import { units } from './units.ts';

/** A person who took part in the first application (full form, item 11). */
export interface FirstApplier {
  full_name: string;
  date_of_birth?: string;
  workplace?: string;
  job_title?: string;
  qualification?: string;
  contribution?: string;
}

/**
 * An initiative, with every field of the official request for recognition
 * (Thông tư 18/2013/TT-BKHCN, Phụ lục I). The short form fills only title, problem, solution and
 * benefit.
 */
export const initiatives = pgTable(
  'initiatives',
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    code: text().notNull().unique(),
    title: text().notNull(),
    /** Folded title, problem and solution: diacritics-insensitive search and duplicate hints. */
    searchFolded: text().notNull().default(''),
    /** The folded title's first letters and digits: candidates for near-duplicate hints. */
    titleKey: text().notNull().default(''),
    phaseId: integer()
      .notNull()
      .references(() => phases.id),
    /** The grassroots unit it was submitted in; kept when the tree changes. */
    unitId: integer()
      .notNull()
      .references(() => units.id),
    status: text().notNull(),
    confidentiality: text().notNull().default('internal'),
    formKind: text().notNull().default('short'),
    fieldId: integer().references(() => fields.id),
    problem: text(),
    solution: text(),
    benefit: text(),
    benefitVnd: bigint({ mode: 'number' }),
    benefitPeriod: text().notNull().default('year'),
    benefitVndYear: bigint({ mode: 'number' }).generatedAlwaysAs(
      sql`case benefit_period when 'month' then benefit_vnd * 12 when 'half_year' then benefit_vnd * 2 else benefit_vnd end`,
    ),
    investor: text(),
    applicationField: text(),
    firstAppliedOn: date(),
    confidentialInfo: text(),
    applicationConditions: text(),
    benefitByAppliers: text(),
    firstAppliers: jsonb().$type<FirstApplier[]>(),
    recognitionEvidence: text(),
    awardInfo: text(),
    /** Authors agreed that a valid public initiative may appear in the public showcase. */
    showcaseConsent: boolean().notNull().default(false),
    /** The account that entered it: the author, or a supporter on the author's behalf. */
    enteredByAccountId: integer().references(() => accounts.id),
    onBehalf: boolean().notNull().default(false),
    submittedAt: instant(),
    statusChangedAt: instant().notNull().defaultNow(),
    duplicateOfId: integer().references((): AnyPgColumn => initiatives.id),
    recognisedAt: instant(),
    recognitionDecision: text(),
    /** Highest level that selected it as outstanding: grassroots, district, province, national. */
    outstandingLevel: text(),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Lists are per unit subtree (review queues, unit pages); counts come from the aggregates.
    index('initiatives_unit_status_idx').on(t.unitId, t.status, t.statusChangedAt),
    // Review queues: pending initiatives in submission order; near-duplicate candidates per phase.
    index('initiatives_queue_idx')
      .on(t.submittedAt, t.id)
      .where(sql`status in ('submitted','in_review','needs_revision')`),
    index('initiatives_title_key_idx').on(t.phaseId, t.titleKey),
    index('initiatives_top_benefit_idx')
      .on(t.phaseId, t.benefitVndYear.desc())
      .where(sql`status = 'valid' and benefit_vnd_year is not null`),
    check(
      'initiatives_status_check',
      sql`${t.status} in ('draft','submitted','in_review','needs_revision','valid','invalid','withdrawn')`,
    ),
    check('initiatives_confidentiality_check', sql`${t.confidentiality} in ('public','internal','confidential')`),
    check('initiatives_period_check', sql`${t.benefitPeriod} in ('once','month','half_year','year')`),
    check('initiatives_form_check', sql`${t.formKind} in ('short','full')`),
    check('initiatives_benefit_check', sql`${t.benefitVnd} is null or ${t.benefitVnd} >= 0`),
    check('initiatives_submitted_check', sql`${t.status} = 'draft' or ${t.submittedAt} is not null`),
  ],
);

/** Authors in order (position 0 is the main author), with the full form's details. */
export const initiativeAuthors = pgTable(
  'initiative_authors',
  {
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    memberId: integer()
      .notNull()
      .references(() => members.id),
    position: smallint().notNull(),
    contributionPercent: numeric({ precision: 5, scale: 2, mode: 'number' }),
    dateOfBirth: date(),
    workplace: text(),
    jobTitle: text(),
    qualification: text(),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.memberId] }), index('initiative_authors_member_idx').on(t.memberId)],
);

/** Every status transition: who, when, why, with per-field comments on a return. */
export const initiativeEvents = pgTable(
  'initiative_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    fromStatus: text(),
    toStatus: text().notNull(),
    at: instant().notNull().defaultNow(),
    byAccountId: integer().references(() => accounts.id),
    reason: text(),
    fieldComments: jsonb().$type<Record<string, string>>(),
    source: text().notNull().default('web'),
  },
  (t) => [index('initiative_events_initiative_idx').on(t.initiativeId, t.at)],
);

export const attachments = pgTable(
  'attachments',
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    sha256: text().notNull(),
    fileName: text().notNull(),
    mimeType: text().notNull(),
    sizeBytes: integer().notNull(),
    createdByAccountId: integer().references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [index('attachments_initiative_idx').on(t.initiativeId)],
);

/** Remembered results of requests sent with an Idempotency-Key (a retry returns the first). */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    accountId: integer()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    key: text().notNull(),
    requestHash: text().notNull(),
    responseStatus: smallint().notNull(),
    responseBody: jsonb().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.key] })],
);

export const notifications = pgTable(
  'notifications',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    accountId: integer()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    initiativeId: integer().references(() => initiatives.id, { onDelete: 'cascade' }),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
    readAt: instant(),
  },
  (t) => [index('notifications_account_idx').on(t.accountId, t.createdAt)],
);

/** Reasons reviewers pick from, kept per unit (and inherited down its subtree). */
export const reasonTemplates = pgTable(
  'reason_templates',
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    unitId: integer()
      .notNull()
      .references(() => units.id),
    toStatus: text().notNull(),
    text: text().notNull(),
    position: integer().notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('reason_templates_unit_idx').on(t.unitId)],
);

/** Codes of initiatives made in the app (`SK` + 8 digits); imported ones keep their own. */
export const initiativeCodeSeq = pgSequence('initiative_code_seq', { startWith: 1 });

/** Near-duplicate hints, both directions: `initiativeId` looks like `similarId` (score 0..1). */
export const initiativeSimilarities = pgTable(
  'initiative_similarities',
  {
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    similarId: integer()
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    score: real().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.initiativeId, t.similarId] }),
    index('initiative_similarities_similar_idx').on(t.similarId),
  ],
);
