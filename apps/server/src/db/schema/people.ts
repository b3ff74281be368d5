import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { createdAt, instant, updatedAt } from './columns.ts';
import { units } from './units.ts';

/** A union member of one grassroots unit; may exist without an account. */
export const members = pgTable(
  'members',
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    code: text().notNull().unique(),
    fullName: text().notNull(),
    nameFolded: text().notNull(),
    unitId: integer()
      .notNull()
      .references(() => units.id),
    /** E.164, `+84912345678`. */
    phone: text(),
    email: text(),
    jobTitle: text(),
    dateOfBirth: date(),
    qualification: text(),
    workplace: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('members_phone_idx').on(t.phone), index('members_unit_name_idx').on(t.unitId, t.nameFolded)],
);

export const accounts = pgTable(
  'accounts',
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    phone: text().unique(),
    /** Lower case. */
    email: text().unique(),
    /** Argon2id; null for accounts that only sign in through OpenID Connect. */
    passwordHash: text(),
    displayName: text().notNull(),
    memberId: integer()
      .unique()
      .references(() => members.id),
    locale: text().notNull().default('vi'),
    disabled: boolean().notNull().default(false),
    createdAt: createdAt(),
    lastLoginAt: instant(),
    passwordChangedAt: instant(),
  },
  (t) => [check('accounts_login_check', sql`${t.phone} is not null or ${t.email} is not null`)],
);

/** Single sign-on identities (OpenID Connect issuer + subject) linked to an account. */
export const accountIdentities = pgTable(
  'account_identities',
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    accountId: integer()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    issuer: text().notNull(),
    subject: text().notNull(),
    email: text(),
    phone: text(),
    createdAt: createdAt(),
  },
  (t) => [unique('account_identities_issuer_subject').on(t.issuer, t.subject)],
);

/** A role on a unit holds for the unit's whole subtree. */
export const roleGrants = pgTable(
  'role_grants',
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    accountId: integer()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    unitId: integer()
      .notNull()
      .references(() => units.id),
    role: text().notNull(),
    grantedByAccountId: integer().references(() => accounts.id),
    grantedAt: createdAt(),
  },
  (t) => [
    unique('role_grants_unique').on(t.accountId, t.unitId, t.role),
    index('role_grants_unit_idx').on(t.unitId),
    check('role_grants_role_check', sql`${t.role} in ('admin','reviewer','supporter','council','viewer')`),
  ],
);

/** Server-side sessions; the id is the SHA-256 of the cookie's token. */
export const sessions = pgTable(
  'sessions',
  {
    id: text().primaryKey(),
    accountId: integer()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    csrfToken: text().notNull(),
    createdAt: createdAt(),
    expiresAt: instant().notNull(),
    lastSeenAt: instant().notNull().defaultNow(),
    ip: text(),
    userAgent: text(),
  },
  (t) => [index('sessions_account_idx').on(t.accountId)],
);

/** API tokens for scripts: shown once, stored as a SHA-256 hash. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    accountId: integer()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    tokenHash: text().notNull().unique(),
    prefix: text().notNull(),
    createdAt: createdAt(),
    lastUsedAt: instant(),
    revokedAt: instant(),
  },
  (t) => [index('api_tokens_account_idx').on(t.accountId)],
);

/** Failed-login counters per account and per address, shared by every server process. */
export const loginThrottles = pgTable('login_throttles', {
  key: text().primaryKey(),
  failures: integer().notNull().default(0),
  windowStartedAt: instant().notNull().defaultNow(),
  blockedUntil: instant(),
});

/** One-time password reset codes an admin hands to a member (no SMS available). */
export const passwordResets = pgTable('password_resets', {
  id: integer().primaryKey().generatedByDefaultAsIdentity(),
  accountId: integer()
    .notNull()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  codeHash: text().notNull(),
  createdByAccountId: integer().references(() => accounts.id),
  createdAt: createdAt(),
  expiresAt: instant().notNull(),
  usedAt: instant(),
});

/**
 * A single sign-on in progress: PKCE verifier, nonce and state (kept as SHA-256) until the
 * provider calls back; then, when no account matches, the verified identity waiting for the
 * unit's join code (`pendingTokenHash`).
 */
export const oidcLogins = pgTable(
  'oidc_logins',
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    stateHash: text().notNull().unique(),
    provider: text().notNull(),
    codeVerifier: text().notNull(),
    nonce: text().notNull(),
    returnTo: text(),
    createdAt: createdAt(),
    expiresAt: instant().notNull(),
    callbackAt: instant(),
    pendingTokenHash: text().unique(),
    issuer: text(),
    subject: text(),
    email: text(),
    phone: text(),
    fullName: text(),
    completedAt: instant(),
  },
  (t) => [index('oidc_logins_expires_idx').on(t.expiresAt)],
);
