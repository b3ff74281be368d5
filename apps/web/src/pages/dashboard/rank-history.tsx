/** A unit's rank over the weekly snapshots: a small line chart and the same figures as a list. */
import { useQuery } from '@tanstack/react-query';
import { formatDate, formatNumber } from '@sangkien/shared/format';
import { getRankHistory } from '../../api/dashboard-api.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export function RankHistory({ code, phase }: { code: string; phase: string }) {
  const { t } = useI18n();
  const history = useQuery({
    queryKey: ['rank-history', code, phase],
    queryFn: ({ signal }) => getRankHistory(code, phase, signal),
  });
  const items = history.data?.items ?? [];
  if (items.length === 0) return <p className="state">{t('dashboard.historyEmpty')}</p>;
  const worst = Math.max(...items.map((i) => i.of), 2);
  const w = 300;
  const h = 100;
  const x = (i: number) => (items.length === 1 ? w / 2 : (i / (items.length - 1)) * (w - 20) + 10);
  const y = (rank: number) => ((rank - 1) / (worst - 1)) * (h - 20) + 10;
  const points = items.map((it, i) => `${x(i)},${y(it.rank)}`).join(' ');
  return (
    <figure className="rank-history">
      <svg viewBox={`0 0 ${w} ${h}`} aria-hidden="true">
        <polyline points={points} fill="none" strokeWidth="2" />
        {items.map((it, i) => (
          <circle key={it.taken_at} cx={x(i)} cy={y(it.rank)} r="4" />
        ))}
      </svg>
      <figcaption>
        <ol className="plain-list">
          {items.map((it) => (
            <li key={it.taken_at}>
              {t('dashboard.historyItem', {
                date: formatDate(it.taken_at),
                rank: it.rank,
                of: it.of,
                submissions: formatNumber(it.submissions),
              })}
            </li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}
