/** Submissions per day as bars, with a caption that says what the chart shows (its text alternative). */
import { formatDate, formatNumber } from '@sangkien/shared/format';
import { useI18n } from '../../i18n/i18n.tsx';

interface Day {
  day: string;
  submissions: number;
  valid: number;
}

const HEIGHT = 120;

export function DailyChart({ days }: { days: readonly Day[] }) {
  const { t } = useI18n();
  const total = days.reduce((s, d) => s + d.submissions, 0);
  if (days.length === 0 || total === 0) return <p className="state">{t('dashboard.dailyEmpty')}</p>;
  const max = Math.max(...days.map((d) => d.submissions));
  const top = days.find((d) => d.submissions === max)!;
  const width = Math.max(days.length * 6, 300);
  const bar = width / days.length;
  const caption = t('dashboard.dailyCaption', {
    from: formatDate(days[0]!.day),
    to: formatDate(days.at(-1)!.day),
    total: formatNumber(total),
    max: formatNumber(max),
    maxDay: formatDate(top.day),
  });
  return (
    <figure className="daily-chart">
      <svg viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={caption} preserveAspectRatio="none">
        {days.map((d, i) => {
          const h = max > 0 ? (d.submissions / max) * (HEIGHT - 4) : 0;
          return (
            <rect key={d.day} x={i * bar + 0.5} y={HEIGHT - h} width={Math.max(bar - 1, 1)} height={h}>
              <title>{`${formatDate(d.day)}: ${formatNumber(d.submissions)}`}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
