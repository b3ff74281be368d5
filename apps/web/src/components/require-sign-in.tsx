/** Pages for signed-in accounts: visitors are sent to sign in and brought back afterwards. */
import { useEffect, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { useMe, type Me } from '../api/auth-api.ts';
import { signInPath } from '../lib/routes.ts';
import { ErrorNotice, Loading } from './query-status.tsx';

export function RequireSignIn({ children }: { children: (me: Me) => ReactNode }) {
  const me = useMe();
  const [location, navigate] = useLocation();
  const visitor = me.isSuccess && me.data === null;
  useEffect(() => {
    if (visitor) navigate(signInPath(location + window.location.search), { replace: true });
  }, [visitor, location, navigate]);
  if (me.error) return <ErrorNotice error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Loading />;
  return <>{children(me.data)}</>;
}
