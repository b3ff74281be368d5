/** Signed out (or the session expired): say so plainly, and that the draft stays on this device. */
import { Link, useLocation } from 'wouter';
import { useI18n } from '../../i18n/i18n.tsx';
import { signInPath } from '../../lib/routes.ts';

export function SignInNeeded({ draftKept }: { draftKept: boolean }) {
  const { t } = useI18n();
  const [location] = useLocation();
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{t('submit.signIn.title')}</p>
      {draftKept && <p>{t('submit.signIn.draftKept')}</p>}
      <p>
        <Link href={signInPath(location)} className="button">
          {t('submit.signIn.action')}
        </Link>
      </p>
    </div>
  );
}
