/** Thông báo: decisions on the member's initiatives, newest first; opening the page can mark them read. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'wouter';
import { formatDateTime } from '@sangkien/shared/format';
import { ApiError } from '../../api/api-error.ts';
import { getNotifications, markNotificationsRead } from '../../api/notifications-api.ts';
import { ErrorNotice, Loading } from '../../components/query-status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { initiativePath } from '../../lib/routes.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import '../../styles/forms.css';
import { SignInNeeded } from '../submit/sign-in-needed.tsx';

export function NotificationsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('notifications.title'));
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: ['notifications', 'list'],
    queryFn: ({ signal }) => getNotifications(100, signal),
    retry: false,
  });
  const mark = useMutation({
    mutationFn: (ids?: number[]) => markNotificationsRead(ids),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['notifications'] }),
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
  else if (list.data.items.length === 0) body = <p className="state">{t('notifications.empty')}</p>;
  else
    body = (
      <>
        <p className="actions">
          <span>{t('notifications.unread', { count: list.data.unread_count })}</span>
          {list.data.unread_count > 0 && (
            <button type="button" className="button button--secondary" onClick={() => mark.mutate(undefined)}>
              {t('notifications.markAll')}
            </button>
          )}
        </p>
        <ul className="item-list" data-testid="notifications">
          {list.data.items.map((n) => (
            <li key={n.id} className={n.read_at ? 'notification' : 'notification notification--unread'}>
              <p>
                {!n.read_at && <strong>{t('notifications.new')} · </strong>}
                {n.message}
              </p>
              {n.reason && (
                <p>
                  {t('my.reason')}: {n.reason}
                </p>
              )}
              <p className="muted">
                {formatDateTime(n.created_at)}
                {n.initiative && (
                  <>
                    {' · '}
                    <Link href={initiativePath(n.initiative.code)} onClick={() => !n.read_at && mark.mutate([n.id])}>
                      {t('notifications.open', { code: n.initiative.code })}
                    </Link>
                  </>
                )}
                {!n.read_at && (
                  <>
                    {' · '}
                    <button type="button" className="link-button" onClick={() => mark.mutate([n.id])}>
                      {t('notifications.markOne')}
                    </button>
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <div className="form-page">
      <h1>{t('notifications.title')}</h1>
      {body}
    </div>
  );
}
