/** My API tokens: create one (its secret shown once, with a copy button), see them, revoke one. */
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { formatDateTime } from '@sangkien/shared/format';
import { createToken, listTokens, revokeToken, type ApiTokenCreated } from '../../api/auth-api.ts';
import { Field, fieldErrors, FormError } from '../../components/form-field.tsx';
import { ErrorNotice, Loading } from '../../components/query-status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

const TOKENS_KEY = ['me', 'tokens'];

function CopyButton({ text }: { text: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          void navigator.clipboard.writeText(text).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {t('auth.tokens.copy')}
      </button>
      <span role="status" className="small">
        {copied ? t('auth.tokens.copied') : ''}
      </span>
    </>
  );
}

function NewToken({ created }: { created: ApiTokenCreated }) {
  const { t } = useI18n();
  return (
    <div className="notice notice--ok" role="status">
      <p>{t('auth.tokens.createdOnce', { name: created.name })}</p>
      <p>
        <code className="secret" data-testid="new-token">
          {created.token}
        </code>
      </p>
      <CopyButton text={created.token} />
    </div>
  );
}

export function ApiTokens() {
  const { t } = useI18n();
  const client = useQueryClient();
  const tokens = useQuery({ queryKey: TOKENS_KEY, queryFn: ({ signal }) => listTokens(signal) });
  const [name, setName] = useState('');
  const [created, setCreated] = useState<ApiTokenCreated | null>(null);
  const create = useMutation({
    mutationFn: createToken,
    onSuccess: (token) => {
      setCreated(token);
      setName('');
      void client.invalidateQueries({ queryKey: TOKENS_KEY });
    },
  });
  const revoke = useMutation({
    mutationFn: revokeToken,
    onSuccess: () => void client.invalidateQueries({ queryKey: TOKENS_KEY }),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    create.mutate(name);
  }

  const items = tokens.data?.items ?? [];
  return (
    <section className="card" aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('auth.tokens.title')}</h2>
      <p className="muted">{t('auth.tokens.intro')}</p>
      <form onSubmit={submit} noValidate className="inline-form">
        <Field
          label={t('auth.tokens.name')}
          hint={t('auth.tokens.nameHint')}
          value={name}
          maxLength={100}
          onChange={(event) => setName(event.target.value)}
          error={fieldErrors(create.error).name}
        />
        <button type="submit" className="button" disabled={create.isPending || !name.trim()}>
          {t('auth.tokens.create')}
        </button>
      </form>
      <FormError error={create.error} shownFields={['name']} />
      {created && <NewToken created={created} />}
      {tokens.error && <ErrorNotice error={tokens.error} onRetry={() => void tokens.refetch()} />}
      {tokens.isPending && <Loading />}
      {tokens.isSuccess && items.length === 0 && <p>{t('auth.tokens.empty')}</p>}
      {items.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('auth.tokens.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('auth.tokens.name')}</th>
                <th scope="col">{t('auth.tokens.prefix')}</th>
                <th scope="col">{t('auth.tokens.createdAt')}</th>
                <th scope="col">{t('auth.tokens.lastUsed')}</th>
                <th scope="col">{t('auth.tokens.state')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((token) => (
                <tr key={token.id}>
                  <td>{token.name}</td>
                  <td>
                    <code>{token.prefix}…</code>
                  </td>
                  <td>{formatDateTime(token.created_at)}</td>
                  <td>{token.last_used_at ? formatDateTime(token.last_used_at) : t('auth.tokens.never')}</td>
                  <td>
                    {token.revoked_at ? (
                      t('auth.tokens.revokedAt', { at: formatDateTime(token.revoked_at) })
                    ) : (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        disabled={revoke.isPending}
                        aria-label={t('auth.tokens.revokeNamed', { name: token.name })}
                        onClick={() => revoke.mutate(token.id)}
                      >
                        {t('auth.tokens.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <FormError error={revoke.error} />
    </section>
  );
}
