/** Every status change: when, who, to what, why, and the comments per field. */
import type { InitiativeDetail } from '@sangkien/shared/initiatives';
import { formatDateTime } from '@sangkien/shared/format';
import { StatusBadge } from '../../components/status-badge.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { fieldLabel } from '../submit/field-label.ts';

export function InitiativeHistory({ history }: { history: InitiativeDetail['history'] }) {
  const { t } = useI18n();
  if (history.length === 0) return <p className="muted">{t('detail.history.empty')}</p>;
  return (
    <ol className="item-list" data-testid="history">
      {[...history].reverse().map((event, i) => (
        <li key={`${event.at}-${i}`}>
          <p>
            <StatusBadge status={event.to} /> <span className="muted">{formatDateTime(event.at)}</span>
            {event.by && <span className="muted"> · {event.by}</span>}
          </p>
          {event.reason && (
            <p>
              <strong>{t('my.reason')}:</strong> {event.reason}
            </p>
          )}
          {event.field_comments && Object.keys(event.field_comments).length > 0 && (
            <ul>
              {Object.entries(event.field_comments).map(([field, text]) => (
                <li key={field}>
                  <strong>{fieldLabel(field, t)}:</strong> {text}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
