/** Shapes of the audit log as admins read it. */
import { z } from 'zod';

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  account: z.object({ id: z.number().int(), display_name: z.string() }).nullable(),
  action: z.string(),
  entity: z.string(),
  entity_key: z.string(),
  unit: z.object({ code: z.string(), name: z.string() }).nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
});

export const AuditPageSchema = z.object({
  items: z.array(AuditEntrySchema),
  /** Pass as `before` for the next (older) page; null on the last page. */
  next_before: z.number().int().nullable(),
});

export const AuditQuerySchema = z.object({
  /** Only this unit's subtree (default: everything the caller administers). */
  unit: z.string().min(1).max(64).optional(),
  entity: z.string().min(1).max(40).optional(),
  action: z.string().min(1).max(40).optional(),
  /** Only the changes made by this account (its id). */
  account: z.coerce.number().int().positive().optional(),
  /** Vietnam time, `2025-07-01` or `01/07/2025 08:00`; `to` is exclusive. */
  from: z.string().min(1).max(40).optional(),
  to: z.string().min(1).max(40).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
