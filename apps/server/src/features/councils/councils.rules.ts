/**
 * Pure rules of initiative councils: the scoring sheet, recusal, the 2/3 decision and the
 * three-month limit from acceptance (Nghị định 13/2012/NĐ-CP: a council considers a valid request
 * within three months of receiving it).
 */
import { vietnamDay, vietnamInstant } from '@sangkien/shared';

export interface Criterion {
  key: string;
  label: string;
  max_points: number;
}

export const DEFAULT_CRITERIA: readonly Criterion[] = [
  { key: 'novelty', label: 'Tính mới', max_points: 30 },
  { key: 'applicability', label: 'Khả năng áp dụng', max_points: 30 },
  { key: 'benefit', label: 'Hiệu quả', max_points: 40 },
];

export const COUNCIL_POSITIONS = ['chair', 'vice_chair', 'secretary', 'expert', 'union_representative'] as const;
export type CouncilPosition = (typeof COUNCIL_POSITIONS)[number];

export const POSITION_LABELS: Record<CouncilPosition, string> = {
  chair: 'Chủ tịch Hội đồng',
  vice_chair: 'Phó Chủ tịch Hội đồng',
  secretary: 'Thư ký Hội đồng',
  expert: 'Ủy viên chuyên gia',
  union_representative: 'Ủy viên đại diện công đoàn',
};

/** Field errors of a criteria list (unique keys, 1–100 points each); empty when it is fine. */
export function criteriaErrors(criteria: readonly Criterion[]): Record<string, string> {
  const errors: Record<string, string> = {};
  if (criteria.length === 0) errors.criteria = 'Phiếu chấm cần ít nhất một tiêu chí.';
  const seen = new Set<string>();
  criteria.forEach((c, i) => {
    if (seen.has(c.key)) errors[`criteria.${i}.key`] = `Tiêu chí "${c.key}" bị trùng.`;
    seen.add(c.key);
    if (!Number.isInteger(c.max_points) || c.max_points < 1 || c.max_points > 100) {
      errors[`criteria.${i}.max_points`] = `Điểm tối đa của "${c.label}" phải là số nguyên từ 1 đến 100.`;
    }
  });
  return errors;
}

/**
 * The total of a scoring sheet, or the field errors: every criterion scored, as a whole number
 * between 0 and its maximum, and no unknown criterion.
 */
export function scoreSheet(
  criteria: readonly Criterion[],
  points: Readonly<Record<string, number>>,
): { total: number; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  let total = 0;
  for (const c of criteria) {
    const value = points[c.key];
    if (value === undefined) errors[`points.${c.key}`] = `Chưa chấm tiêu chí "${c.label}".`;
    else if (!Number.isInteger(value) || value < 0 || value > c.max_points) {
      errors[`points.${c.key}`] = `Điểm "${c.label}" phải là số nguyên từ 0 đến ${c.max_points}.`;
    } else total += value;
  }
  for (const key of Object.keys(points)) {
    if (!criteria.some((c) => c.key === key)) errors[`points.${key}`] = `Không có tiêu chí "${key}" trong phiếu chấm.`;
  }
  return { total, errors };
}

export const maxTotal = (criteria: readonly Criterion[]) => criteria.reduce((sum, c) => sum + c.max_points, 0);

export interface SeatHolder {
  accountId: number;
  memberId: number | null;
}

/** Members who are an author of the initiative: they neither score nor count. */
export function recusedAccountIds(seats: readonly SeatHolder[], authorMemberIds: readonly number[]): number[] {
  const authors = new Set(authorMemberIds);
  return seats.filter((s) => s.memberId !== null && authors.has(s.memberId)).map((s) => s.accountId);
}

/** At least two thirds of the eligible (non-recused) members vote to recognise; nobody eligible: no. */
export function passesTwoThirds(recogniseVotes: number, eligibleMembers: number): boolean {
  return eligibleMembers > 0 && 3 * recogniseVotes >= 2 * eligibleMembers;
}

/** Votes needed out of `eligibleMembers` for the 2/3 rule. */
export const votesNeeded = (eligibleMembers: number) => Math.max(1, Math.ceil((2 * eligibleMembers) / 3));

/**
 * The end of the three-month limit: the same Vietnam calendar day three months after acceptance
 * (the last day of the month when that day does not exist), exclusive end at 24:00 of it.
 */
export function recognitionDeadline(acceptedAt: Date): Date {
  const [y, m, d] = vietnamDay(acceptedAt).split('-').map(Number) as [number, number, number];
  const month0 = m - 1 + 3;
  const year = y + Math.floor(month0 / 12);
  const month = (month0 % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return new Date(vietnamInstant(year, month, day)!.getTime() + 24 * 60 * 60 * 1000);
}

/** Overdue: still undecided at or after the deadline, or decided after it. */
export function isOverdue(acceptedAt: Date, decidedAt: Date | null, now: Date): boolean {
  const deadline = recognitionDeadline(acceptedAt).getTime();
  return (decidedAt ?? now).getTime() >= deadline;
}

export type OutstandingLevel = 'grassroots' | 'district' | 'province' | 'national';
export const LEVEL_ORDER: readonly OutstandingLevel[] = ['grassroots', 'district', 'province', 'national'];

export const LEVEL_LABELS: Record<OutstandingLevel, string> = {
  grassroots: 'cấp cơ sở',
  district: 'cấp huyện, ngành',
  province: 'cấp tỉnh',
  national: 'cấp toàn quốc',
};

/** The level a unit stands for in the outstanding-initiative ladder. */
export function levelOfUnitKind(kind: string): OutstandingLevel {
  if (kind === 'national') return 'national';
  if (kind === 'province') return 'province';
  if (kind === 'grassroots') return 'grassroots';
  return 'district';
}

/** The higher of two levels (null is below all). */
export function higherLevel(a: OutstandingLevel | null, b: OutstandingLevel): OutstandingLevel {
  if (a === null) return b;
  return LEVEL_ORDER.indexOf(a) >= LEVEL_ORDER.indexOf(b) ? a : b;
}

/**
 * A unit may put an initiative forward when it is recognised and the unit is where it was made,
 * the unit whose council recognised it, or a unit that selected it from its nominations.
 */
export function mayNominate(
  nominatorUnitId: number,
  initiative: { unitId: number; recognised: boolean; recognisedByUnitIds: readonly number[] },
  selectedByUnitIds: readonly number[],
): boolean {
  if (!initiative.recognised) return false;
  return (
    nominatorUnitId === initiative.unitId ||
    initiative.recognisedByUnitIds.includes(nominatorUnitId) ||
    selectedByUnitIds.includes(nominatorUnitId)
  );
}
