/** Shapes of programme administration: programmes, phases, campaigns, fields, emulation clusters. */
import { z } from 'zod';

const WindowRef = z.object({ code: z.string(), name: z.string(), starts_at: z.string(), ends_at: z.string() });

export const ProgrammeSchema = z.object({
  code: z.string(),
  name: z.string(),
  goal: z.number().int().nullable(),
  owner_unit_code: z.string().nullable(),
  phases: z.array(WindowRef.extend({ campaigns: z.array(WindowRef) })),
});
export type Programme = z.infer<typeof ProgrammeSchema>;
export const ProgrammeListSchema = z.object({ items: z.array(ProgrammeSchema) });

const code = z.string().trim().min(1).max(64);
const name = z.string().trim().min(1).max(300);
/** Vietnam time: `31/05/2022`, `2022-05-31`, `2022-05-31T17:00`; a bare end date ends that day. */
const when = z.string().trim().min(1).max(40);

export const CreateProgrammeSchema = z.object({
  code,
  name,
  goal: z.number().int().min(1).max(1_000_000_000).nullable().optional(),
  owner_unit_code: code,
});
export const UpdateProgrammeSchema = z.object({
  name: name.optional(),
  goal: z.number().int().min(1).max(1_000_000_000).nullable().optional(),
});
export const CreateWindowSchema = z.object({ code, name, starts_at: when, ends_at: when });

export const FieldListSchema = z.object({
  items: z.array(z.object({ code: z.string(), name: z.string(), active: z.boolean() })),
});
export const CreateFieldSchema = z.object({ code, name });

export const ClusterSchema = z.object({
  code: z.string(),
  name: z.string(),
  owner_unit_code: z.string(),
  units: z.array(z.object({ code: z.string(), name: z.string() })),
});
export const ClusterListSchema = z.object({ items: z.array(ClusterSchema) });
export const SaveClusterSchema = z.object({ code, name, unit_codes: z.array(code).max(1000) });
