/** The whole-programme counter towards the goal, with its valid / under review / invalid split. */
import type { LiveStats } from '@sangkien/shared/schemas/units';
import { formatDateTime, formatNumber, formatPercent } from '@sangkien/shared/format';
import { ProgressBar } from '../../components/progress-bar.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

export function LiveCounter({ stats }: { stats: LiveStats }) {
  const { t } = useI18n();
  const goal = stats.programme?.goal ?? null;
  const percent = formatPercent(stats.goal_percent);
  const statuses = [
    { key: 'valid', label: t('status.valid'), value: stats.valid },
    { key: 'pending', label: t('status.pending'), value: stats.pending },
    { key: 'invalid', label: t('status.invalid'), value: stats.invalid },
  ] as const;

  return (
    <section className="card live-counter" aria-labelledby="counter-title">
      <h2 id="counter-title">{t('counter.title')}</h2>
      <div aria-live="polite" aria-atomic="true">
        <p className="live-counter__number" data-testid="live-submissions">
          {formatNumber(stats.submissions)}
        </p>
        {goal !== null && stats.goal_percent !== null && (
          <p className="live-counter__percent" data-testid="live-goal-percent">
            {t('counter.goalPercent', { percent })}
          </p>
        )}
      </div>
      {goal !== null && goal > 0 && (
        <>
          <ProgressBar
            value={stats.submissions}
            max={goal}
            label={t('counter.progressLabel')}
            valueText={t('counter.progressText', {
              submissions: formatNumber(stats.submissions),
              goal: formatNumber(goal),
              percent,
            })}
          />
          <p className="live-counter__goal">{t('counter.goal', { goal: formatNumber(goal) })}</p>
        </>
      )}
      <dl className="status-breakdown">
        {statuses.map((status) => (
          <div key={status.key} className={`status-breakdown__item status-breakdown__item--${status.key}`}>
            <dt>{status.label}</dt>
            <dd>{formatNumber(status.value)}</dd>
          </div>
        ))}
      </dl>
      <p className="muted small">{t('counter.asOf', { time: formatDateTime(stats.as_of) })}</p>
    </section>
  );
}
