/** How a unit's official documents are headed and signed (API shapes). */
import { z } from 'zod';
import { normaliseText } from '../text.ts';

const line = (max: number) => z.string().transform(normaliseText).pipe(z.string().min(1).max(max));

export const REPORT_SETTING_KEYS = [
  'superior_name',
  'issuer_name',
  'short_name',
  'place_name',
  'signer_capacity',
  'signer_title',
  'signer_name',
  'recipients',
] as const;
export type ReportSettingKey = (typeof REPORT_SETTING_KEYS)[number];

export const ReportSettingsValuesSchema = z.object({
  /** The body above the issuer, first line of the header ("" for the root). */
  superior_name: z.string(),
  /** The issuer as it heads documents. */
  issuer_name: z.string(),
  /** The issuer's short name in "Số: …/BC-LĐLĐ". */
  short_name: z.string(),
  /** The place in "Nghệ An, ngày … tháng … năm …". */
  place_name: z.string(),
  /** "TM. BAN THƯỜNG VỤ". */
  signer_capacity: z.string(),
  /** "CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
  signer_title: z.string(),
  /** "" leaves the name to be written by hand. */
  signer_name: z.string(),
  /** Nơi nhận, one recipient an item, without the trailing ";". */
  recipients: z.array(z.string()),
});
export type ReportSettingsValues = z.infer<typeof ReportSettingsValuesSchema>;

export const ReportSettingsSchema = ReportSettingsValuesSchema.extend({
  unit_code: z.string(),
  /** The settings the unit set itself; the others are defaults derived from the tree. */
  customised: z.array(z.enum(REPORT_SETTING_KEYS)),
});
export type ReportSettings = z.infer<typeof ReportSettingsSchema>;

/** A change: a value sets it, null returns it to the default, absent leaves it as it is. */
export const ReportSettingsUpdateSchema = z
  .object({
    superior_name: line(200).nullable(),
    issuer_name: line(200).nullable(),
    short_name: line(40).nullable(),
    place_name: line(100).nullable(),
    signer_capacity: line(100).nullable(),
    signer_title: line(100).nullable(),
    signer_name: line(100).nullable(),
    recipients: z.array(line(200)).min(1).max(20).nullable(),
  })
  .partial()
  .strict();
export type ReportSettingsUpdate = z.infer<typeof ReportSettingsUpdateSchema>;
