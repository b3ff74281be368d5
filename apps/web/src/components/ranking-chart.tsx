/**
 * Horizontal bars in inline SVG, sized in em so they grow with the reader's text size. The chart is
 * hidden from screen readers: the table beside it carries the same numbers and the keyboard links.
 */
import type { MouseEvent } from 'react';
import { useLocation } from 'wouter';
import type { RankingItem } from '@sangkien/shared/schemas/units';
import { formatMetric, metricValue, type ChartMetric } from '../lib/ranking-metrics.ts';
import { unitPath } from '../lib/routes.ts';

const ROW_EM = 3.1;
const NAME_BASELINE_EM = 1.15;
const BAR_TOP_EM = 1.55;
const BAR_HEIGHT_EM = 1;
/** The longest bar leaves room after it for the value. */
const BAR_MAX_PERCENT = 78;

interface RankingChartProps {
  items: readonly RankingItem[];
  metric: ChartMetric;
  caption: string;
}

function barWidth(value: number | null, max: number): number {
  if (value === null || max <= 0) return 0;
  return (Math.max(0, value) / max) * BAR_MAX_PERCENT;
}

export function RankingChart({ items, metric, caption }: RankingChartProps) {
  const [, navigate] = useLocation();
  const max = Math.max(0, ...items.map((item) => metricValue(item, metric) ?? 0));

  const follow = (event: MouseEvent, href: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };

  return (
    <figure className="ranking-chart">
      <figcaption>{caption}</figcaption>
      <svg aria-hidden="true" focusable="false" width="100%" height={`${items.length * ROW_EM}em`} data-metric={metric}>
        {items.map((item, index) => {
          const top = index * ROW_EM;
          const value = metricValue(item, metric);
          const width = `${barWidth(value, max).toFixed(2)}%`;
          const href = unitPath(item.code);
          return (
            <a key={item.code} href={href} tabIndex={-1} onClick={(event) => follow(event, href)} data-code={item.code}>
              <rect className="ranking-chart__hit" x="0" y={`${top}em`} width="100%" height={`${ROW_EM}em`} />
              <text className="ranking-chart__name" x="0" y={`${top + NAME_BASELINE_EM}em`}>
                {`${item.rank}. ${item.name}`}
              </text>
              <rect
                className="ranking-chart__bar"
                x="0"
                y={`${top + BAR_TOP_EM}em`}
                width={width}
                height={`${BAR_HEIGHT_EM}em`}
                rx="0.2em"
              />
              <text
                className="ranking-chart__value"
                x={width}
                dx="0.4em"
                y={`${top + BAR_TOP_EM + BAR_HEIGHT_EM * 0.8}em`}
              >
                {formatMetric(value, metric)}
              </text>
            </a>
          );
        })}
      </svg>
    </figure>
  );
}
