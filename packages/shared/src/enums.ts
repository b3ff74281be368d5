/** The fixed vocabularies of the platform, with their Vietnamese labels (glossary.md). */
import { foldKey } from './text.ts';

export const UNIT_KINDS = [
  'national',
  'province',
  'district',
  'sector',
  'industrial_zone',
  'grassroots',
  'other',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  national: 'Tổng Liên đoàn',
  province: 'LĐLĐ tỉnh',
  district: 'LĐLĐ huyện',
  sector: 'Công đoàn ngành',
  industrial_zone: 'Công đoàn KCN/KKT',
  grassroots: 'Công đoàn cơ sở',
  other: 'Khác',
};

const UNIT_KIND_ALIASES: Record<string, UnitKind> = {
  'Tổng Liên đoàn Lao động Việt Nam': 'national',
  'Tổng LĐLĐ': 'national',
  'Liên đoàn Lao động tỉnh': 'province',
  'LĐLĐ thành phố': 'province',
  'Liên đoàn Lao động huyện': 'district',
  'LĐLĐ quận': 'district',
  'LĐLĐ thị xã': 'district',
  'CĐ ngành': 'sector',
  'Công đoàn các khu công nghiệp': 'industrial_zone',
  'Công đoàn KCN': 'industrial_zone',
  'Công đoàn KKT': 'industrial_zone',
  'Công đoàn khu kinh tế': 'industrial_zone',
  'Công đoàn khu công nghiệp': 'industrial_zone',
  CĐCS: 'grassroots',
};

export const INITIATIVE_STATUSES = [
  'draft',
  'submitted',
  'in_review',
  'needs_revision',
  'valid',
  'invalid',
  'withdrawn',
] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export const STATUS_LABELS: Record<InitiativeStatus, string> = {
  draft: 'Nháp',
  submitted: 'Đã nộp',
  in_review: 'Đang xem xét',
  needs_revision: 'Yêu cầu bổ sung',
  valid: 'Hợp lệ',
  invalid: 'Không hợp lệ',
  withdrawn: 'Đã rút',
};

const STATUS_ALIASES: Record<string, InitiativeStatus> = {
  'Chờ xét': 'submitted',
  'Đã nộp, chờ xét': 'submitted',
  'Yêu cầu bổ sung, chỉnh sửa': 'needs_revision',
  'Yêu cầu chỉnh sửa': 'needs_revision',
};

/** Statuses counted as submissions (product.md §3): everything but draft and withdrawn. */
export const PENDING_STATUSES: readonly InitiativeStatus[] = ['submitted', 'in_review', 'needs_revision'];

export type StatusBucket = 'valid' | 'pending' | 'invalid';

/** Which report figure a status counts in; null when it is not a submission. */
export function statusBucket(status: InitiativeStatus): StatusBucket | null {
  if (status === 'valid') return 'valid';
  if (status === 'invalid') return 'invalid';
  if (PENDING_STATUSES.includes(status)) return 'pending';
  return null;
}

export const BENEFIT_PERIODS = ['once', 'month', 'half_year', 'year'] as const;
export type BenefitPeriod = (typeof BENEFIT_PERIODS)[number];

export const BENEFIT_PERIOD_LABELS: Record<BenefitPeriod, string> = {
  once: 'Một lần',
  month: 'Tháng',
  half_year: '6 tháng',
  year: 'Năm',
};

const BENEFIT_PERIOD_ALIASES: Record<string, BenefitPeriod> = {
  'một tháng': 'month',
  'hàng tháng': 'month',
  'nửa năm': 'half_year',
  'sáu tháng': 'half_year',
  'một năm': 'year',
  'hàng năm': 'year',
  lần: 'once',
};

/** How many times a period's benefit occurs in a year (one-off counted once). */
export const BENEFIT_PERIODS_PER_YEAR: Record<BenefitPeriod, number> = {
  once: 1,
  month: 12,
  half_year: 2,
  year: 1,
};

export function yearlyBenefit(vnd: number, period: BenefitPeriod): number {
  return vnd * BENEFIT_PERIODS_PER_YEAR[period];
}

export const CONFIDENTIALITY_LEVELS = ['public', 'internal', 'confidential'] as const;
export type Confidentiality = (typeof CONFIDENTIALITY_LEVELS)[number];

export const CONFIDENTIALITY_LABELS: Record<Confidentiality, string> = {
  public: 'Công khai',
  internal: 'Nội bộ',
  confidential: 'Bảo mật',
};

export const ROLES = ['admin', 'reviewer', 'supporter', 'council', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị',
  reviewer: 'Xét duyệt',
  supporter: 'Tổ hỗ trợ sáng kiến',
  council: 'Hội đồng sáng kiến',
  viewer: 'Theo dõi',
};

function lookup<T extends string>(
  values: readonly T[],
  labels: Record<T, string>,
  aliases: Record<string, T>,
): (text: string) => T | null {
  const table = new Map<string, T>();
  for (const value of values) {
    table.set(foldKey(value), value);
    table.set(foldKey(labels[value]), value);
  }
  for (const [alias, value] of Object.entries(aliases)) table.set(foldKey(alias), value);
  return (text) => table.get(foldKey(text)) ?? null;
}

/** Reads a code or a Vietnamese label, ignoring case, diacritics and spacing. */
export const parseUnitKind = lookup(UNIT_KINDS, UNIT_KIND_LABELS, UNIT_KIND_ALIASES);
export const parseStatus = lookup(INITIATIVE_STATUSES, STATUS_LABELS, STATUS_ALIASES);
export const parseBenefitPeriod = lookup(BENEFIT_PERIODS, BENEFIT_PERIOD_LABELS, BENEFIT_PERIOD_ALIASES);
export const parseConfidentiality = lookup(CONFIDENTIALITY_LEVELS, CONFIDENTIALITY_LABELS, {
  Mật: 'confidential',
  'Bí mật kinh doanh': 'confidential',
});
