/** Shapes of role grants on units. */
import { z } from 'zod';
import { ROLES } from '../enums.ts';

export const UnitGrantSchema = z.object({
  id: z.number().int(),
  role: z.enum(ROLES),
  unit_code: z.string(),
  account: z.object({
    id: z.number().int(),
    display_name: z.string(),
    login: z.string().nullable(),
    member_code: z.string().nullable(),
  }),
  granted_at: z.string(),
  granted_by: z.string().nullable(),
});
export type UnitGrant = z.infer<typeof UnitGrantSchema>;

export const UnitGrantListSchema = z.object({ items: z.array(UnitGrantSchema) });

/** Who gets the role: an account by its login, or a member (who has an account) by member code. */
export const GrantRoleRequestSchema = z
  .object({
    role: z.enum(ROLES),
    login: z.string().trim().min(1).max(200).optional(),
    member_code: z.string().trim().min(1).max(64).optional(),
  })
  .refine((value) => (value.login === undefined) !== (value.member_code === undefined), {
    message: 'Nhập một trong hai: số điện thoại/e-mail đăng nhập hoặc mã đoàn viên.',
    path: ['login'],
  });
