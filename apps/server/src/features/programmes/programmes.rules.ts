/**
 * Pure rules of programme administration: windows typed in Vietnam time ("24 giờ ngày 31/5" is
 * the exclusive end 01/06 00:00), campaigns inside their phase, and field-named Vietnamese errors.
 */
import { parseVietnamLocal, parseWindowEnd } from '@sangkien/shared';

export interface WindowInput {
  starts_at: string;
  ends_at: string;
}

export type WindowCheck = { ok: true; startsAt: Date; endsAt: Date } | { ok: false; fields: Record<string, string> };

const FORMAT = 'dạng dd/MM/yyyy [HH:mm] hoặc yyyy-MM-dd[THH:mm], giờ Việt Nam';

/** Reads a window; a bare end date means the end of that day (31/05/2022 → 01/06/2022 00:00). */
export function parseWindow(input: WindowInput): WindowCheck {
  const fields: Record<string, string> = {};
  const start = parseVietnamLocal(input.starts_at)?.date ?? null;
  const end = parseWindowEnd(input.ends_at);
  if (!start) fields.starts_at = `Ngày bắt đầu không hợp lệ (${FORMAT}).`;
  if (!end) fields.ends_at = `Ngày kết thúc không hợp lệ (${FORMAT}).`;
  if (start && end && end <= start) fields.ends_at = 'Ngày kết thúc phải sau ngày bắt đầu.';
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return { ok: true, startsAt: start!, endsAt: end! };
}

/** A campaign's window must lie inside its phase's. */
export function campaignInsidePhase(
  campaign: { startsAt: Date; endsAt: Date },
  phase: { startsAt: Date; endsAt: Date },
): Record<string, string> {
  const fields: Record<string, string> = {};
  if (campaign.startsAt < phase.startsAt) fields.starts_at = 'Đợt thi đua phải bắt đầu trong thời gian của giai đoạn.';
  if (campaign.endsAt > phase.endsAt) fields.ends_at = 'Đợt thi đua phải kết thúc trong thời gian của giai đoạn.';
  return fields;
}

/** Codes: letters, digits, dot, dash, underscore (they appear in files and addresses). */
export function codeProblem(code: string): string | null {
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(code)
    ? null
    : 'Mã chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới (tối đa 64 ký tự).';
}
