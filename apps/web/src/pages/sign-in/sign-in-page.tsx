/** `/dang-nhap`: sign in by phone (any written form) or e-mail, then back to where the reader came from. */
import { useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useSearch } from 'wouter';
import { ApiError } from '../../api/api-error.ts';
import { listOidcProviders, logIn, useSessionChanged } from '../../api/auth-api.ts';
import { Field, fieldErrors, FormError, useFocusFirstInvalid } from '../../components/form-field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { HOME_PATH, registerPath, safeNextPath } from '../../lib/routes.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';

/** The server says "thử lại sau N phút"; the page says it in the reader's language. */
function waitMinutes(error: ApiError): number | null {
  const match = /(\d+)\s*phút/.exec(error.message);
  return match ? Number(match[1]) : null;
}

function OidcButtons({ next }: { next: string }) {
  const { t } = useI18n();
  const providers = useQuery({ queryKey: ['oidc-providers'], queryFn: ({ signal }) => listOidcProviders(signal) });
  const items = providers.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <div className="sign-in__oidc">
      <p className="muted">{t('auth.signIn.or')}</p>
      {items.map((provider) => (
        <a
          key={provider.id}
          className="button button--secondary button--block"
          href={`${provider.start_url}?return_to=${encodeURIComponent(next)}`}
        >
          {t('auth.signIn.with', { provider: provider.name })}
        </a>
      ))}
    </div>
  );
}

export function SignInPage() {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const next = safeNextPath(params.get('tiep')) ?? HOME_PATH;
  const sessionChanged = useSessionChanged();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, error);
  useDocumentTitle(t('auth.signIn.documentTitle'));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!login.trim()) fields.login = t('auth.signIn.loginMissing');
    if (!password) fields.password = t('auth.signIn.passwordMissing');
    if (Object.keys(fields).length > 0) {
      setError(new ApiError(400, 'validation_failed', t('auth.signIn.fixFields'), fields));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      sessionChanged(await logIn(login, password));
      navigate(next, { replace: true });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const fields = fieldErrors(error);
  const apiError = error instanceof ApiError ? error : null;
  const wrongPassword = apiError?.code === 'unauthenticated';
  const throttled = apiError?.code === 'too_many_requests';
  const minutes = apiError && throttled ? waitMinutes(apiError) : null;

  return (
    <section className="card narrow-form">
      <h1>{t('auth.signIn.title')}</h1>
      {params.get('loi') === 'lien-ket' && (
        <p className="notice notice--error" role="alert">
          {t('auth.signIn.oidcFailed')}
        </p>
      )}
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <Field
          label={t('auth.signIn.login')}
          hint={t('auth.signIn.loginHint')}
          name="login"
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          value={login}
          onChange={(event) => setLogin(event.target.value)}
          error={fields.login}
        />
        <Field
          label={t('auth.signIn.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fields.password ?? (wrongPassword ? t('auth.signIn.wrong') : undefined)}
        />
        {throttled && (
          <p className="notice notice--error" role="alert">
            {minutes ? t('auth.signIn.throttled', { minutes }) : t('error.too_many_requests')}
          </p>
        )}
        {!throttled && !wrongPassword && <FormError error={error} shownFields={['login', 'password']} />}
        <button type="submit" className="button button--block" disabled={busy}>
          {busy ? t('auth.signIn.busy') : t('auth.signIn.submit')}
        </button>
      </form>
      <OidcButtons next={next} />
      <p className="muted small">{t('auth.signIn.forgot')}</p>
      <p>
        {t('auth.signIn.noAccount')} <Link href={registerPath()}>{t('auth.signIn.registerLink')}</Link>
      </p>
    </section>
  );
}
