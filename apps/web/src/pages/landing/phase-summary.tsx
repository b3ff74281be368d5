/** The current phase: its window, its deadline as officers write it, and the days left. */
import type { LiveStats } from '@sangkien/shared/schemas/units';
import { formatDate, formatNumber } from '@sangkien/shared/format';
import { useI18n, type I18n } from '../../i18n/i18n.tsx';
import { daysLeft, lastOpenDay, phaseDeadline, phaseState } from '../../lib/phase-deadline.ts';

type Phase = NonNullable<LiveStats['phase']>;

function deadlineText(t: I18n['t'], endsAt: string): string {
  const deadline = phaseDeadline(endsAt);
  return deadline.kind === 'midnight'
    ? t('phase.deadlineMidnight', { day: deadline.day })
    : t('phase.deadlineTime', { time: deadline.time, day: deadline.day });
}

function statusText(t: I18n['t'], phase: Phase, now: string): string {
  const state = phaseState(phase, now);
  if (state === 'upcoming') return t('phase.notStarted', { start: formatDate(phase.starts_at) });
  if (state === 'closed') return t('phase.closed');
  const days = daysLeft(phase.ends_at, now);
  if (days === 0) return t('phase.lastDay');
  return days === 1 ? t('phase.daysLeftOne') : t('phase.daysLeft', { days: formatNumber(days) });
}

interface PhaseSummaryProps {
  phase: Phase;
  /** The server's clock (as_of), so every reader sees the same count whatever their device's time. */
  now: string;
  submissions: number;
}

export function PhaseSummary({ phase, now, submissions }: PhaseSummaryProps) {
  const { t } = useI18n();
  return (
    <section className="card phase-summary" aria-labelledby="phase-title">
      <h2 id="phase-title">{t('phase.title')}</h2>
      <p className="phase-summary__name">{phase.name}</p>
      <p>{t('phase.window', { start: formatDate(phase.starts_at), end: lastOpenDay(phase.ends_at) })}</p>
      <p className="phase-summary__deadline" data-testid="phase-deadline">
        {deadlineText(t, phase.ends_at)}
      </p>
      <p className="phase-summary__status" data-testid="phase-status">
        {statusText(t, phase, now)}
      </p>
      <p className="muted">{t('phase.submissions', { count: formatNumber(submissions) })}</p>
    </section>
  );
}
