import { useId } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { CHART_METRICS, type ChartMetric } from '../lib/ranking-metrics.ts';

interface MetricSwitchProps {
  value: ChartMetric;
  onChange(metric: ChartMetric): void;
}

/** Radio buttons drawn as a segmented control: arrow keys move between metrics. */
export function MetricSwitch({ value, onChange }: MetricSwitchProps) {
  const { t } = useI18n();
  const name = useId();
  return (
    <fieldset className="metric-switch">
      <legend>{t('ranking.metric')}</legend>
      <div className="metric-switch__options">
        {CHART_METRICS.map((metric) => (
          <label key={metric}>
            <input
              type="radio"
              name={name}
              value={metric}
              checked={metric === value}
              onChange={() => onChange(metric)}
            />
            <span>{t(`metric.${metric}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
