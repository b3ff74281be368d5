/** One initiative as its author sees it: status, the reviewer's reason and comments, fix, withdraw, history. */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'wouter';
import type { InitiativeDetail } from '@sangkien/shared/initiatives';
import { formatDateTime } from '@sangkien/shared/format';
import { ApiError } from '../../api/api-error.ts';
import { transitionInitiative } from '../../api/initiatives-api.ts';
import { useInitiative } from '../../api/member-queries.ts';
import { ErrorNotice, Loading } from '../../components/query-status.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { editInitiativePath, MY_INITIATIVES_PATH } from '../../lib/routes.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import '../../styles/forms.css';
import { fieldLabel } from '../submit/field-label.ts';
import { InitiativeContent } from './initiative-content.tsx';
import { InitiativeHistory } from './initiative-history.tsx';

function Decision({ detail }: { detail: InitiativeDetail }) {
  const { t } = useI18n();
  const last = [...detail.history].reverse().find((e) => e.to === detail.status);
  if (!last || (!last.reason && !detail.field_comments)) return null;
  return (
    <section className="comment" aria-labelledby="decision-title" data-testid="decision">
      <h2 id="decision-title">{t('detail.decision')}</h2>
      {last.reason && (
        <p>
          <strong>{t('my.reason')}:</strong> {last.reason}
        </p>
      )}
      {detail.status === 'needs_revision' && detail.field_comments && (
        <ul>
          {Object.entries(detail.field_comments).map(([field, text]) => (
            <li key={field}>
              <strong>{fieldLabel(field, t)}:</strong> {text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Withdraw({ detail }: { detail: InitiativeDetail }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!detail.can.transitions.includes('withdrawn')) return null;
  const withdraw = async () => {
    setError(null);
    try {
      const next = await transitionInitiative(detail.code, { to: 'withdrawn' });
      queryClient.setQueryData(['initiative', detail.code], next);
      void queryClient.invalidateQueries({ queryKey: ['initiatives'] });
      setAsking(false);
    } catch (e) {
      setError(e instanceof ApiError && e.code !== 'network' ? e.message : t('error.network'));
    }
  };
  return (
    <>
      {!asking ? (
        <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
          {t('detail.withdraw')}
        </button>
      ) : (
        <span role="group" aria-label={t('detail.withdraw')}>
          <span>{t('detail.withdrawConfirm')} </span>
          <button type="button" className="button button--danger" onClick={() => void withdraw()}>
            {t('detail.withdrawYes')}
          </button>{' '}
          <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
            {t('detail.withdrawNo')}
          </button>
        </span>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

export function InitiativePage({ code }: { code: string }) {
  const { t } = useI18n();
  const detail = useInitiative(code);
  useDocumentTitle(detail.data?.title ?? t('my.title'));
  if (detail.isPending) return <Loading />;
  if (detail.isError) return <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />;
  const d = detail.data;
  return (
    <article className="form-page">
      <p>
        <Link href={MY_INITIATIVES_PATH}>← {t('nav.myInitiatives')}</Link>
      </p>
      <h1>{d.title || t('my.untitled')}</h1>
      <p>
        <StatusBadge status={d.status} /> <span className="muted">{d.code}</span>
        {d.submitted_at && (
          <span className="muted"> · {t('my.submittedAt', { time: formatDateTime(d.submitted_at) })}</span>
        )}
      </p>
      <Decision detail={d} />
      <div className="actions">
        {d.can.edit && (
          <Link href={editInitiativePath(d.code)} className="button">
            {d.status === 'needs_revision' ? t('my.fix') : t('my.continue')}
          </Link>
        )}
        <Withdraw detail={d} />
        <a href={`/api/v1/initiatives/${encodeURIComponent(d.code)}/request-form.docx`} download>
          {t('detail.requestForm')}
        </a>
      </div>
      <h2>{t('detail.content')}</h2>
      <InitiativeContent detail={d} />
      <h2>{t('detail.history')}</h2>
      <InitiativeHistory history={d.history} />
    </article>
  );
}
