/** Shapes of sign-in, registration, the current account and API tokens. */
import { z } from 'zod';
import { ROLES } from '../enums.ts';

/** Room for a passphrase; Argon2 input stays bounded. */
export const PASSWORD_MAX = 200;
export const PASSWORD_MIN = 8;

export const LoginRequestSchema = z.object({
  /** Phone number in any usual written form, or e-mail. */
  login: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(PASSWORD_MAX),
});

export const AccountRefSchema = z.object({
  id: z.number().int(),
  display_name: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});

export const RoleGrantRefSchema = z.object({
  id: z.number().int(),
  role: z.enum(ROLES),
  unit_code: z.string(),
  unit_name: z.string(),
});

export const MeSchema = z.object({
  account: AccountRefSchema,
  member_code: z.string().nullable(),
  member: z
    .object({ code: z.string(), full_name: z.string(), unit: z.object({ code: z.string(), name: z.string() }) })
    .nullable(),
  roles: z.array(RoleGrantRefSchema),
  /** Send as `X-CSRF-Token` on every state-changing request (null for API tokens). */
  csrf_token: z.string().nullable(),
  session_expires_at: z.string().nullable(),
});
export type Me = z.infer<typeof MeSchema>;

export const LoginResponseSchema = MeSchema;

/** Pages ask who is signed in without an error for visitors (a 401 would be logged by the browser). */
export const SessionStateSchema = z.object({ me: MeSchema.nullable() });

export const PasswordChangeSchema = z.object({
  current_password: z.string().min(1).max(PASSWORD_MAX),
  new_password: z.string().min(1).max(PASSWORD_MAX),
});

export const RegisterRequestSchema = z.object({
  phone: z.string().trim().min(1).max(40),
  password: z.string().min(1).max(PASSWORD_MAX),
  full_name: z.string().trim().min(1).max(200),
  join_code: z.string().trim().min(1).max(40),
});

export const RegisterResponseSchema = MeSchema.extend({
  member_code: z.string(),
  /** True when the phone matched a member already on the unit's roster. */
  linked_existing_member: z.boolean(),
});

export const JoinUnitSchema = z.object({
  join_code: z.string(),
  unit: z.object({ code: z.string(), name: z.string(), parent_name: z.string().nullable() }),
});

export const ApiTokenSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  prefix: z.string(),
  created_at: z.string(),
  last_used_at: z.string().nullable(),
  revoked_at: z.string().nullable(),
});

export const ApiTokenCreatedSchema = ApiTokenSchema.extend({
  /** Shown once; only its hash is kept. */
  token: z.string(),
});

export const PasswordResetIssuedSchema = z.object({
  member_code: z.string(),
  login: z.string(),
  /** Shown once to the admin, who hands it to the member. */
  code: z.string(),
  expires_at: z.string(),
});

export const PasswordResetCompleteSchema = z.object({
  login: z.string().trim().min(1).max(200),
  code: z.string().trim().min(1).max(40),
  new_password: z.string().min(1).max(PASSWORD_MAX),
});

export const OidcProviderListSchema = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), start_url: z.string() })),
});

export const OidcPendingSchema = z.object({
  provider: z.string(),
  full_name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  expires_at: z.string(),
});

export const OidcCompleteSchema = z.object({
  pending_token: z.string().min(1).max(200),
  join_code: z.string().trim().min(1).max(40),
  full_name: z.string().trim().min(1).max(200).optional(),
  /** Needed when the provider gave no verified phone or e-mail. */
  phone: z.string().trim().min(1).max(40).optional(),
});
