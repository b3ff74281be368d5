/** `/dang-ky`: a member joins their grassroots union with its join code (from the QR link or typed). */
import { useRef, useState, type FormEvent } from 'react';
import { Link, useSearch } from 'wouter';
import { ApiError } from '../../api/api-error.ts';
import { register, useSessionChanged, type Registered } from '../../api/auth-api.ts';
import { Field, fieldErrors, FormError, useFocusFirstInvalid } from '../../components/form-field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { signInPath } from '../../lib/routes.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { JoinCodeField } from './join-code-field.tsx';
import { OidcCompletion } from './oidc-completion.tsx';
import { Welcome } from './welcome.tsx';

const PASSWORD_MIN = 8;

function RegisterForm({ fromLink }: { fromLink: string | null }) {
  const { t } = useI18n();
  const sessionChanged = useSessionChanged();
  const [typedCode, setTypedCode] = useState('');
  const [checkedCode, setCheckedCode] = useState('');
  const [phone, setPhone] = useState('');
  const [fullName, setFullName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [registered, setRegistered] = useState<Registered | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, error);

  const joinCode = checkedCode || fromLink || typedCode.trim();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!joinCode) fields.join_code = t('auth.register.joinCodeMissing');
    if (!phone.trim()) fields.phone = t('auth.register.phoneMissing');
    if (!fullName.trim()) fields.full_name = t('auth.register.nameMissing');
    if (password.length < PASSWORD_MIN) fields.password = t('auth.register.passwordShort', { min: PASSWORD_MIN });
    if (Object.keys(fields).length > 0) {
      setError(new ApiError(400, 'validation_failed', t('auth.signIn.fixFields'), fields));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await register({ phone, full_name: fullName, password, join_code: joinCode });
      sessionChanged(result);
      setRegistered(result);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  if (registered) return <Welcome registered={registered} />;
  const fields = fieldErrors(error);
  return (
    <section className="card narrow-form">
      <h1>{t('auth.register.title')}</h1>
      <p className="muted">{t('auth.register.intro')}</p>
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <JoinCodeField
          fromLink={fromLink}
          typed={typedCode}
          checked={checkedCode}
          onType={setTypedCode}
          onCheck={() => setCheckedCode(typedCode.trim())}
          serverError={fields.join_code}
        />
        <Field
          label={t('auth.register.phone')}
          hint={t('auth.register.phoneHint')}
          name="phone"
          type="tel"
          autoComplete="tel"
          value={phone}
          onChange={(event) => setPhone(event.target.value)}
          error={fields.phone}
        />
        <Field
          label={t('auth.register.fullName')}
          name="full_name"
          autoComplete="name"
          value={fullName}
          onChange={(event) => setFullName(event.target.value)}
          error={fields.full_name}
        />
        <Field
          label={t('auth.register.password')}
          hint={t('auth.register.passwordHint', { min: PASSWORD_MIN })}
          name="password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fields.password}
        />
        <FormError error={error} shownFields={['join_code', 'phone', 'full_name', 'password']} />
        <button type="submit" className="button button--block" disabled={busy}>
          {busy ? t('auth.register.busy') : t('auth.register.submit')}
        </button>
      </form>
      <p>
        {t('auth.register.haveAccount')} <Link href={signInPath()}>{t('auth.menu.signIn')}</Link>
      </p>
    </section>
  );
}

export function RegisterPage() {
  const { t } = useI18n();
  const params = new URLSearchParams(useSearch());
  useDocumentTitle(t('auth.register.documentTitle'));
  const pending = params.get('oidc');
  if (pending) return <OidcCompletion token={pending} />;
  return <RegisterForm fromLink={params.get('ma')?.trim() || null} />;
}
