/** The phase's exact closing time before the deadline; a clear message after it. */
import { formatDateTime } from '@sangkien/shared/format';
import type { OpenPhase } from '../../api/initiatives-api.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { phaseDeadline } from '../../lib/phase-deadline.ts';

function deadlineText(endsAt: string, t: ReturnType<typeof useI18n>['t']): string {
  const deadline = phaseDeadline(endsAt);
  return deadline.kind === 'midnight'
    ? t('submit.deadline.midnight', { day: deadline.day })
    : t('submit.deadline.time', { time: deadline.time, day: deadline.day });
}

export function DeadlineNotice({ window }: { window: OpenPhase }) {
  const { t } = useI18n();
  if (window.open && window.phase) {
    return (
      <p className="deadline" data-testid="submit-deadline">
        {t('submit.deadline.open', { phase: window.phase.name, deadline: deadlineText(window.phase.ends_at, t) })}
      </p>
    );
  }
  return (
    <div className="deadline deadline--closed" role="status" data-testid="submit-deadline">
      <p>
        <strong>{t('submit.deadline.closed')}</strong>
      </p>
      {window.next && (
        <p>{t('submit.deadline.next', { phase: window.next.name, start: formatDateTime(window.next.starts_at) })}</p>
      )}
      <p>{t('submit.deadline.closedDraft')}</p>
    </div>
  );
}
