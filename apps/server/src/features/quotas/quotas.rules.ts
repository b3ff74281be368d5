/** Pure rules of quota allocation: the children's sum against the parent's quota (warn, never block). */

export interface AllocationSummary {
  children_sum: number;
  /** How far the children's quotas fall short of the parent's; 0 when they cover it. */
  shortfall: number;
  /** Children without any quota yet. */
  without_quota: number;
}

export function allocationSummary(
  parentQuota: number | null,
  childQuotas: ReadonlyArray<number | null>,
): AllocationSummary {
  const sum = childQuotas.reduce<number>((s, q) => s + (q ?? 0), 0);
  return {
    children_sum: sum,
    shortfall: parentQuota !== null && sum < parentQuota ? parentQuota - sum : 0,
    without_quota: childQuotas.filter((q) => q === null).length,
  };
}

/** The Vietnamese warning shown when the children's quotas add up to less than the parent's. */
export function shortfallWarning(parentQuota: number | null, summary: AllocationSummary): string | null {
  if (parentQuota === null || summary.shortfall === 0) return null;
  const f = (n: number) => n.toLocaleString('vi-VN');
  return `Tổng chỉ tiêu các đơn vị trực thuộc (${f(summary.children_sum)}) thấp hơn chỉ tiêu của đơn vị (${f(parentQuota)}): còn thiếu ${f(summary.shortfall)}.`;
}

export interface QuotaChange {
  unitId: number;
  before: number | null;
  after: number | null;
}

/** Only the rows that change something (re-saving the same table changes nothing). */
export function quotaChanges(
  current: ReadonlyMap<number, number>,
  wanted: ReadonlyArray<{ unitId: number; quota: number | null }>,
): QuotaChange[] {
  return wanted
    .map((w) => ({ unitId: w.unitId, before: current.get(w.unitId) ?? null, after: w.quota }))
    .filter((c) => c.before !== c.after);
}
