import { useId } from 'react';
import { Link } from 'wouter';
import type { RankingItem } from '@sangkien/shared/schemas/units';
import { useI18n } from '../i18n/i18n.tsx';
import { CHART_METRICS, formatMetric, type ChartMetric } from '../lib/ranking-metrics.ts';
import { unitPath } from '../lib/routes.ts';

interface RankingTableProps {
  items: readonly RankingItem[];
  metric: ChartMetric;
}

/** Every metric of every unit, ordered and ranked by the chosen one (marked with aria-sort). */
export function RankingTable({ items, metric }: RankingTableProps) {
  const { t } = useI18n();
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="ranking-table">
        <caption id={captionId}>{t('ranking.tableCaption', { metric: t(`metric.${metric}`) })}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('ranking.rank')}
            </th>
            <th scope="col">{t('ranking.unit')}</th>
            {CHART_METRICS.map((column) => (
              <th
                key={column}
                scope="col"
                className={column === metric ? 'num metric-column is-sorted' : 'num metric-column'}
                aria-sort={column === metric ? 'descending' : undefined}
                data-metric={column}
              >
                {t(`metric.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.code} data-code={item.code}>
              <td className="num">{item.rank}</td>
              <th scope="row">
                <Link href={unitPath(item.code)}>{item.name}</Link>
              </th>
              {CHART_METRICS.map((column) => (
                <td
                  key={column}
                  className={column === metric ? 'num metric-column is-sorted' : 'num metric-column'}
                  data-metric={column}
                >
                  {formatMetric(item[column], column)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
