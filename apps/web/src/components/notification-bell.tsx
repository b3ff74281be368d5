/** The bell in the header: unread count for a signed-in account, nothing for a visitor. */
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'wouter';
import { useMe } from '../api/member-queries.ts';
import { getNotifications } from '../api/notifications-api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { NOTIFICATIONS_PATH } from '../lib/routes.ts';

const REFRESH_MS = 60_000;
/** Pages for signed-in people: there the session is asked for; elsewhere the bell waits for whoever asks. */
const SIGNED_IN_PAGES = /^\/(nop-sang-kien|sang-kien|thong-bao|xet-duyet|ho-tro)/;

export function NotificationBell() {
  const { t } = useI18n();
  const [location] = useLocation();
  const me = useMe(SIGNED_IN_PAGES.test(location));
  const unread = useQuery({
    enabled: Boolean(me.data),
    queryKey: ['notifications', 'count'],
    queryFn: ({ signal }) => getNotifications(1, signal),
    retry: false,
    refetchInterval: (query) => (query.state.status === 'error' ? false : REFRESH_MS),
    staleTime: 30_000,
  });
  if (!unread.data) return null;
  const count = unread.data.unread_count;
  return (
    <Link
      href={NOTIFICATIONS_PATH}
      className="bell"
      aria-label={count > 0 ? t('bell.label', { count }) : t('bell.labelNone')}
      data-testid="notification-bell"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {count > 0 && (
        <span className="bell__count" data-testid="notification-count">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}
