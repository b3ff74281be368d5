/** The first sign-on through a linked provider: the member gives their union's join code once. */
import { useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { completeOidc, getOidcPending, useSessionChanged, type Registered } from '../../api/auth-api.ts';
import { ErrorNotice, Loading } from '../../components/query-status.tsx';
import { Field, fieldErrors, FormError, useFocusFirstInvalid } from '../../components/form-field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { JoinCodeField } from './join-code-field.tsx';
import { Welcome } from './welcome.tsx';

export function OidcCompletion({ token }: { token: string }) {
  const { t } = useI18n();
  const sessionChanged = useSessionChanged();
  const pending = useQuery({
    queryKey: ['oidc-pending', token],
    queryFn: ({ signal }) => getOidcPending(token, signal),
  });
  const [typedCode, setTypedCode] = useState('');
  const [checkedCode, setCheckedCode] = useState('');
  const [fullName, setFullName] = useState<string | null>(null);
  const [phone, setPhone] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [registered, setRegistered] = useState<Registered | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, error);

  if (registered) return <Welcome registered={registered} />;
  if (!pending.data) return pending.error ? <ErrorNotice error={pending.error} /> : <Loading />;
  const info = pending.data;
  const needsPhone = info.phone === null && info.email === null;
  const name = fullName ?? info.full_name ?? '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await completeOidc({
        pending_token: token,
        join_code: checkedCode || typedCode.trim(),
        ...(name.trim() ? { full_name: name } : {}),
        ...(needsPhone && phone.trim() ? { phone } : {}),
      });
      sessionChanged(result);
      setRegistered(result);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const fields = fieldErrors(error);
  return (
    <section className="card narrow-form">
      <h1>{t('auth.oidc.title')}</h1>
      <p>{t('auth.oidc.intro', { provider: info.provider, who: info.email ?? info.phone ?? name })}</p>
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <JoinCodeField
          fromLink={null}
          typed={typedCode}
          checked={checkedCode}
          onType={setTypedCode}
          onCheck={() => setCheckedCode(typedCode.trim())}
          serverError={fields.join_code}
        />
        <Field
          label={t('auth.register.fullName')}
          name="full_name"
          autoComplete="name"
          value={name}
          onChange={(event) => setFullName(event.target.value)}
          error={fields.full_name}
        />
        {needsPhone && (
          <Field
            label={t('auth.register.phone')}
            name="phone"
            type="tel"
            autoComplete="tel"
            value={phone}
            onChange={(event) => setPhone(event.target.value)}
            error={fields.phone}
          />
        )}
        <FormError error={error} shownFields={['join_code', 'full_name', 'phone']} />
        <button type="submit" className="button button--block" disabled={busy}>
          {t('auth.oidc.submit')}
        </button>
      </form>
    </section>
  );
}
