/** Shapes of the member roster as admins and support teams see it. */
import { z } from 'zod';

export const RosterMemberSchema = z.object({
  code: z.string(),
  full_name: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  job_title: z.string().nullable(),
  unit: z.object({ code: z.string(), name: z.string() }),
  /** Whether the member can sign in, and with what. */
  account: z.object({ login: z.string().nullable(), last_login_at: z.string().nullable() }).nullable(),
});
export type RosterMember = z.infer<typeof RosterMemberSchema>;

export const RosterPageSchema = z.object({
  items: z.array(RosterMemberSchema),
  total: z.number().int(),
});

export const RosterQuerySchema = z.object({
  /** Name (diacritics ignored), member code or phone. */
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const CreateMemberSchema = z.object({
  /** Left out: a code is made up (`DK-…`). */
  member_code: z.string().trim().min(1).max(64).optional(),
  full_name: z.string().trim().min(1).max(200),
  phone: z.string().trim().max(40).nullable().optional(),
  email: z.email().nullable().optional(),
  job_title: z.string().trim().max(200).nullable().optional(),
});

export const UpdateMemberSchema = z.object({
  full_name: z.string().trim().min(1).max(200).optional(),
  phone: z.string().trim().max(40).nullable().optional(),
  email: z.email().nullable().optional(),
  job_title: z.string().trim().max(200).nullable().optional(),
  /** Moves the member to another grassroots unit the admin also administers. */
  unit_code: z.string().trim().min(1).max(64).optional(),
});

export const ImportCountsSchema = z.object({
  added: z.number().int(),
  updated: z.number().int(),
});

export const MemberImportResultSchema = z.object({ members: ImportCountsSchema, rows: z.number().int() });
