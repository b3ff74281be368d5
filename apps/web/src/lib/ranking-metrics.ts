/** The metrics a ranking can be switched between, with how each value is written. */
import { formatNumber, formatPercent } from '@sangkien/shared/format';
import type { RankingBy, RankingItem } from '@sangkien/shared/schemas/units';

export type ChartMetric = Extract<RankingBy, 'submissions' | 'valid' | 'quota_percent' | 'rate_percent'>;

export const CHART_METRICS: readonly ChartMetric[] = ['submissions', 'valid', 'quota_percent', 'rate_percent'];

const PERCENT_METRICS = new Set<ChartMetric>(['quota_percent', 'rate_percent']);

export function metricValue(item: RankingItem, metric: ChartMetric): number | null {
  return item[metric];
}

export function formatMetric(value: number | null, metric: ChartMetric): string {
  if (PERCENT_METRICS.has(metric)) return formatPercent(value);
  return value === null ? '—' : formatNumber(value);
}
