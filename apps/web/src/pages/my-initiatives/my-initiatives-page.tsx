/** Sáng kiến của tôi: every initiative the member wrote or was entered for, with its status. */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { formatDateTime } from '@sangkien/shared/format';
import { ApiError } from '../../api/api-error.ts';
import { listInitiatives } from '../../api/initiatives-api.ts';
import { ErrorNotice, Loading } from '../../components/query-status.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { editInitiativePath, initiativePath, SUBMIT_PATH } from '../../lib/routes.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import '../../styles/forms.css';
import { SignInNeeded } from '../submit/sign-in-needed.tsx';

export function MyInitiativesPage() {
  const { t } = useI18n();
  useDocumentTitle(t('my.title'));
  const list = useQuery({
    queryKey: ['initiatives', 'mine'],
    queryFn: ({ signal }) => listInitiatives({ mine: true, limit: 200 }, signal),
    retry: false,
  });
  let body;
  if (list.isPending) body = <Loading />;
  else if (list.isError)
    body =
      list.error instanceof ApiError && list.error.status === 401 ? (
        <SignInNeeded draftKept={false} />
      ) : (
        <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
      );
  else if (list.data.items.length === 0)
    body = (
      <div className="state">
        <p>{t('my.empty')}</p>
        <Link href={SUBMIT_PATH} className="button">
          {t('nav.submit')}
        </Link>
      </div>
    );
  else
    body = (
      <ul className="item-list" data-testid="my-initiatives">
        {list.data.items.map((item) => (
          <li key={item.code} data-code={item.code}>
            <p>
              <Link href={initiativePath(item.code)} className="item-list__title">
                {item.title || t('my.untitled')}
              </Link>
            </p>
            <p>
              <StatusBadge status={item.status} /> <span className="muted">{item.code}</span>
              {item.submitted_at && (
                <span className="muted"> · {t('my.submittedAt', { time: formatDateTime(item.submitted_at) })}</span>
              )}
            </p>
            {(item.status === 'draft' || item.status === 'needs_revision') && (
              <p>
                <Link href={editInitiativePath(item.code)} className="button button--small">
                  {item.status === 'draft' ? t('my.continue') : t('my.fix')}
                </Link>
              </p>
            )}
          </li>
        ))}
      </ul>
    );
  return (
    <div className="form-page">
      <h1>{t('my.title')}</h1>
      <p>
        <Link href={SUBMIT_PATH}>{t('my.submitNew')}</Link>
      </p>
      {body}
    </div>
  );
}
