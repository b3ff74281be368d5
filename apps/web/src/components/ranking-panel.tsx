/** The ranking of a unit's children for a phase: metric switch, bar chart and table. */
import { useId, useState } from 'react';
import { useRanking } from '../api/queries.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { ChartMetric } from '../lib/ranking-metrics.ts';
import { MetricSwitch } from './metric-switch.tsx';
import { ErrorNotice, Loading } from './query-status.tsx';
import { RankingChart } from './ranking-chart.tsx';
import { RankingTable } from './ranking-table.tsx';

interface RankingPanelProps {
  unit: { code: string; name: string };
  phase: { code: string; name: string };
}

export function RankingPanel({ unit, phase }: RankingPanelProps) {
  const { t } = useI18n();
  const titleId = useId();
  const [metric, setMetric] = useState<ChartMetric>('submissions');
  const ranking = useRanking(unit.code, phase.code, metric);
  const metricName = t(`metric.${metric}`);

  let body;
  if (!ranking.data) {
    body = ranking.error ? <ErrorNotice error={ranking.error} onRetry={() => void ranking.refetch()} /> : <Loading />;
  } else if (ranking.data.items.length === 0) {
    body = <p className="state">{t('ranking.empty')}</p>;
  } else {
    // Until the newly chosen metric arrives, the bars show the previous one: label them by what they show.
    const shown = ranking.data.by as ChartMetric;
    body = (
      <div className="ranking-panel__body" aria-busy={ranking.isPlaceholderData}>
        <RankingChart
          items={ranking.data.items}
          metric={shown}
          caption={t('ranking.chartCaption', { metric: t(`metric.${shown}`) })}
        />
        <RankingTable items={ranking.data.items} metric={shown} />
      </div>
    );
  }

  return (
    <section className="ranking-panel card" aria-labelledby={titleId} data-metric={metric}>
      <h2 id={titleId}>{t('ranking.title')}</h2>
      <p className="muted">{t('ranking.subtitle', { unit: unit.name, phase: phase.name })}</p>
      <MetricSwitch value={metric} onChange={setMetric} />
      <p className="visually-hidden" aria-live="polite">
        {ranking.isPlaceholderData ? '' : t('ranking.tableCaption', { metric: metricName })}
      </p>
      {body}
    </section>
  );
}
