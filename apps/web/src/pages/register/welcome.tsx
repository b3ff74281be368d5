/** After registering: who they are now, which union they joined, and where to go next. */
import { Link } from 'wouter';
import type { Registered } from '../../api/auth-api.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ACCOUNT_PATH, HOME_PATH } from '../../lib/routes.ts';

export function Welcome({ registered }: { registered: Registered }) {
  const { t } = useI18n();
  return (
    <section className="card narrow-form" aria-labelledby="welcome-title">
      <h1 id="welcome-title" tabIndex={-1} ref={(node) => node?.focus()}>
        {t('auth.register.welcome', { name: registered.member?.full_name ?? registered.account.display_name })}
      </h1>
      <p>{t('auth.register.joined', { unit: registered.member?.unit.name ?? '' })}</p>
      {registered.linked_existing_member && <p>{t('auth.register.linked', { code: registered.member_code })}</p>}
      <p>
        <Link className="button" href={HOME_PATH}>
          {t('auth.register.toHome')}
        </Link>{' '}
        <Link href={ACCOUNT_PATH}>{t('auth.menu.account')}</Link>
      </p>
    </section>
  );
}
