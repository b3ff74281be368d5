/** The weekly bulletin of a unit: a snapshot told as a short text and a picture. */
import { z } from 'zod';

export const BulletinSchema = z.object({
  snapshot_id: z.number().int(),
  taken_at: z.string().describe('Thời điểm chốt số liệu (giờ Việt Nam)'),
  unit: z.object({ code: z.string(), name: z.string() }),
  phase: z.object({ code: z.string(), name: z.string() }),
  text: z.string().describe('Bản tin ngắn để đăng Zalo/Facebook'),
  image_url: z.string().describe('Ảnh 1080×1350 (PNG)'),
});
export type Bulletin = z.infer<typeof BulletinSchema>;

export const BulletinListSchema = z.object({ items: z.array(BulletinSchema) });
export type BulletinList = z.infer<typeof BulletinListSchema>;
