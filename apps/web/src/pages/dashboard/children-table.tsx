/** The children's ranking: every metric a column, sortable by pressing its header, with weekly movement. */
import { useId } from 'react';
import { Link } from 'wouter';
import type { RankedUnit } from '@sangkien/shared/schemas/rankings';
import type { RankingBy } from '@sangkien/shared/schemas/units';
import { formatMoney, formatNumber, formatPercent } from '@sangkien/shared/format';
import { useI18n } from '../../i18n/i18n.tsx';
import { dashboardPath } from '../../lib/routes.ts';
import { MovementBadge } from './movement.tsx';

export const TABLE_METRICS: readonly RankingBy[] = [
  'submissions',
  'valid',
  'pending',
  'invalid',
  'quota_percent',
  'valid_quota_percent',
  'rate_percent',
  'grassroots_participating',
  'members_participating',
  'benefit_vnd_total',
];

export function formatFigure(metric: RankingBy, value: number | null): string {
  if (value === null) return '—';
  if (metric.endsWith('_percent')) return formatPercent(value);
  if (metric === 'benefit_vnd_total') return formatMoney(value);
  return formatNumber(value);
}

interface Props {
  items: readonly RankedUnit[];
  by: RankingBy;
  unavailable: readonly RankingBy[];
  onSort: (by: RankingBy) => void;
  caption: string;
}

export function ChildrenTable({ items, by, unavailable, onSort, caption }: Props) {
  const { t } = useI18n();
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="ranking-table dashboard-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('dashboard.rank')}
            </th>
            <th scope="col">{t('dashboard.movement')}</th>
            <th scope="col">{t('dashboard.unit')}</th>
            {TABLE_METRICS.map((metric) => (
              <th
                key={metric}
                scope="col"
                className={metric === by ? 'num is-sorted' : 'num'}
                aria-sort={metric === by ? 'descending' : undefined}
              >
                {unavailable.includes(metric) ? (
                  <span title={t('dashboard.unavailable')}>
                    {t(`dashboard.card.${metric}` as 'dashboard.card.valid')}
                  </span>
                ) : (
                  <button type="button" className="sort-button" data-metric={metric} onClick={() => onSort(metric)}>
                    {t(`dashboard.card.${metric}` as 'dashboard.card.valid')}
                  </button>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.code} data-code={item.code}>
              <td className="num">{item.rank}</td>
              <td data-movement>
                <MovementBadge movement={item.movement} />
              </td>
              <th scope="row">
                <Link href={dashboardPath(item.code)}>{item.name}</Link>
              </th>
              {TABLE_METRICS.map((metric) => (
                <td key={metric} className={metric === by ? 'num is-sorted' : 'num'}>
                  {unavailable.includes(metric) ? '—' : formatFigure(metric, item[metric])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
