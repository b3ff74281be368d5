/** Shapes of the unit tree browser and the unit lifecycle (create, rename, move, merge, close). */
import { z } from 'zod';
import { UNIT_KINDS } from '../enums.ts';

export const UnitSearchItemSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  parent_code: z.string().nullable(),
  parent_name: z.string().nullable(),
  children_count: z.number().int(),
  closed: z.boolean(),
});

export const UnitSearchResultSchema = z.object({
  items: z.array(UnitSearchItemSchema),
  /** Another page exists (ask again with a larger offset). */
  has_more: z.boolean(),
});

export const UnitSearchQuerySchema = z.object({
  /** Name or code, diacritics and case ignored. */
  q: z.string().trim().min(1).max(100),
  /** Only inside this unit's subtree. */
  within: z.string().min(1).max(64).optional(),
  include_closed: z.stringbool().default(false),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});

/** When a change takes effect, Vietnam time: `2025-07-01`, `01/07/2025`, `2025-07-01T08:00`; default now. */
const effective = z.string().trim().min(1).max(40).optional();

export const CreateUnitSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9._-]+$/, 'Mã chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.'),
  name: z.string().trim().min(1).max(300),
  kind: z.enum(UNIT_KINDS),
  parent_code: z.string().trim().min(1).max(64),
  members: z.number().int().min(0).max(10_000_000).default(0),
  on: effective,
});

export const RenameUnitSchema = z.object({ name: z.string().trim().min(1).max(300), on: effective });
export const MoveUnitSchema = z.object({ parent_code: z.string().trim().min(1).max(64), on: effective });
export const MergeUnitSchema = z.object({ successor_code: z.string().trim().min(1).max(64), on: effective });
export const CloseUnitSchema = z.object({ on: effective });

export const UnitVersionSchema = z.object({
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  parent_code: z.string().nullable(),
  parent_name: z.string().nullable(),
  members: z.number().int(),
  valid_from: z.string().nullable(),
  valid_to: z.string().nullable(),
});

export const UnitHistorySchema = z.object({
  code: z.string(),
  successor_code: z.string().nullable(),
  items: z.array(UnitVersionSchema),
});
