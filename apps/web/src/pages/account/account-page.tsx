/** `/tai-khoan`: who I am, change my password, sign out everywhere, my API tokens. */
import { useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { changePassword, logOutEverywhere, useSessionChanged, type Me } from '../../api/auth-api.ts';
import { ApiError } from '../../api/api-error.ts';
import { Field, fieldErrors, FormError, useFocusFirstInvalid } from '../../components/form-field.tsx';
import { RequireSignIn } from '../../components/require-sign-in.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { signInPath } from '../../lib/routes.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { ApiTokens } from './api-tokens.tsx';
import { roleLabel } from '../admin/role-label.ts';
import { addAdminMessages } from '../../i18n/vi/on-demand.ts';

addAdminMessages();

const PASSWORD_MIN = 8;

function PasswordChange() {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    if (next.length < PASSWORD_MIN) {
      setError(
        new ApiError(400, 'validation_failed', '', {
          new_password: t('auth.register.passwordShort', { min: PASSWORD_MIN }),
        }),
      );
      return;
    }
    try {
      await changePassword(current, next);
      setError(null);
      setCurrent('');
      setNext('');
      setDone(true);
    } catch (failure) {
      setError(failure);
    }
  }
  const fields = fieldErrors(error);
  return (
    <section className="card" aria-labelledby="password-title">
      <h2 id="password-title">{t('auth.account.passwordTitle')}</h2>
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate className="stack">
        <Field
          label={t('auth.account.currentPassword')}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
          error={fields.current_password}
        />
        <Field
          label={t('auth.account.newPassword')}
          hint={t('auth.register.passwordHint', { min: PASSWORD_MIN })}
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={(event) => setNext(event.target.value)}
          error={fields.new_password}
        />
        <FormError error={error} shownFields={['current_password', 'new_password']} />
        {done && (
          <p className="notice notice--ok" role="status">
            {t('auth.account.passwordChanged')}
          </p>
        )}
        <button type="submit" className="button">
          {t('auth.account.passwordSubmit')}
        </button>
      </form>
    </section>
  );
}

function SignOutEverywhere() {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const sessionChanged = useSessionChanged();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function confirm() {
    try {
      await logOutEverywhere();
      sessionChanged(null);
      navigate(signInPath(), { replace: true });
    } catch (failure) {
      setError(failure);
    }
  }
  return (
    <section className="card" aria-labelledby="everywhere-title">
      <h2 id="everywhere-title">{t('auth.account.everywhereTitle')}</h2>
      <p>{t('auth.account.everywhereBody')}</p>
      <FormError error={error} />
      {confirming ? (
        <p className="actions">
          <button type="button" className="button button--danger" onClick={() => void confirm()}>
            {t('auth.account.everywhereConfirm')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
            {t('admin.common.cancel')}
          </button>
        </p>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          {t('auth.account.everywhereButton')}
        </button>
      )}
    </section>
  );
}

function Profile({ me }: { me: Me }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('auth.account.profileTitle')}</h2>
      <dl className="facts">
        <dt>{t('auth.account.name')}</dt>
        <dd>{me.member?.full_name ?? me.account.display_name}</dd>
        <dt>{t('auth.account.login')}</dt>
        <dd>{[me.account.phone, me.account.email].filter(Boolean).join(' · ')}</dd>
        {me.member && (
          <>
            <dt>{t('auth.account.unit')}</dt>
            <dd>
              {me.member.unit.name} ({t('auth.account.memberCode', { code: me.member.code })})
            </dd>
          </>
        )}
        <dt>{t('auth.account.roles')}</dt>
        <dd>
          {me.roles.length === 0
            ? t('auth.account.noRoles')
            : me.roles.map((role) => `${roleLabel(t, role.role)} · ${role.unit_name}`).join('; ')}
        </dd>
      </dl>
    </section>
  );
}

export function AccountPage() {
  const { t } = useI18n();
  useDocumentTitle(t('auth.account.documentTitle'));
  return (
    <RequireSignIn>
      {(me) => (
        <>
          <header className="page-intro">
            <h1>{t('auth.account.title')}</h1>
          </header>
          <div className="stack">
            <Profile me={me} />
            <PasswordChange />
            <SignOutEverywhere />
            <ApiTokens />
          </div>
        </>
      )}
    </RequireSignIn>
  );
}
