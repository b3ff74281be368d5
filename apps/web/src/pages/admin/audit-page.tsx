/** `/quan-tri/nhat-ky`: who changed what, where and when in the admin's scope, with before and after. */
import '../../styles/admin.css';
import { useState, type FormEvent } from 'react';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { Link, useSearch } from 'wouter';
import { formatDateTime } from '@sangkien/shared/format';
import { listAudit, type AuditEntry, type AuditFilters } from '../../api/admin-api.ts';
import { Field, fieldErrors } from '../../components/form-field.tsx';
import { ErrorNotice, Loading } from '../../components/query-status.tsx';
import { RequireSignIn } from '../../components/require-sign-in.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { ADMIN_PATH, adminUnitPath } from '../../lib/routes.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { addAdminMessages } from '../../i18n/vi/on-demand.ts';

addAdminMessages();

const ENTITIES = ['unit', 'member', 'account', 'role', 'api_token', 'dataset', 'unit_report_settings'];
const ACTIONS = [
  'create',
  'update',
  'rename',
  'move',
  'merge',
  'close',
  'grant',
  'revoke',
  'import',
  'register',
  'issue_password_reset',
  'reset_password',
  'change_password',
  'logout_all',
  'renew_join_code',
];

function Change({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="muted">—</span>;
  return <pre className="audit__json">{JSON.stringify(value, null, 1)}</pre>;
}

function Entry({ entry, onWho }: { entry: AuditEntry; onWho(id: number, name: string): void }) {
  const { t } = useI18n();
  return (
    <tr>
      <td>{formatDateTime(entry.at)}</td>
      <td>
        {entry.account ? (
          <button
            type="button"
            className="link-button"
            onClick={() => onWho(entry.account!.id, entry.account!.display_name)}
          >
            {entry.account.display_name}
          </button>
        ) : (
          t('admin.audit.system')
        )}
      </td>
      <td>
        {entry.action} · {entry.entity} <span className="small muted">{entry.entity_key}</span>
      </td>
      <td>{entry.unit ? <Link href={adminUnitPath(entry.unit.code)}>{entry.unit.name}</Link> : '—'}</td>
      <td>
        <Change value={entry.before} />
      </td>
      <td>
        <Change value={entry.after} />
      </td>
    </tr>
  );
}

function AuditLog() {
  const { t } = useI18n();
  const initialUnit = new URLSearchParams(useSearch()).get('don-vi') ?? '';
  const [draft, setDraft] = useState<AuditFilters>({ unit: initialUnit });
  const [filters, setFilters] = useState<AuditFilters & { account?: string }>({ unit: initialUnit });
  const [who, setWho] = useState<string | null>(null);
  const log = useInfiniteQuery({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam, signal }) => listAudit(filters, pageParam, signal),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (page) => page.next_before ?? undefined,
    // The table stays while another filter loads, instead of blinking to a spinner.
    placeholderData: keepPreviousData,
  });
  function apply(event: FormEvent) {
    event.preventDefault();
    setFilters({ ...draft, ...(filters.account ? { account: filters.account } : {}) });
  }
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];
  const fields = fieldErrors(log.error);
  const set = (key: keyof AuditFilters) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  return (
    <>
      <header className="page-intro">
        <p>
          <Link href={ADMIN_PATH}>{t('admin.home.title')}</Link>
        </p>
        <h1>{t('admin.audit.title')}</h1>
        <p>{t('admin.audit.intro')}</p>
      </header>
      <form className="card filters" onSubmit={apply} aria-label={t('admin.audit.filters')}>
        <Field
          label={t('admin.audit.unit')}
          hint={t('admin.lifecycle.codeHint')}
          value={draft.unit ?? ''}
          onChange={(e) => set('unit')(e.target.value)}
          error={fields.unit}
        />
        <div className="field">
          <label htmlFor="audit-entity">{t('admin.audit.entity')}</label>
          <select id="audit-entity" value={draft.entity ?? ''} onChange={(e) => set('entity')(e.target.value)}>
            <option value="">{t('admin.audit.any')}</option>
            {ENTITIES.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-action">{t('admin.audit.action')}</label>
          <select id="audit-action" value={draft.action ?? ''} onChange={(e) => set('action')(e.target.value)}>
            <option value="">{t('admin.audit.any')}</option>
            {ACTIONS.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <Field
          label={t('admin.audit.from')}
          placeholder="dd/mm/yyyy"
          value={draft.from ?? ''}
          onChange={(e) => set('from')(e.target.value)}
          error={fields.from}
        />
        <Field
          label={t('admin.audit.to')}
          placeholder="dd/mm/yyyy"
          value={draft.to ?? ''}
          onChange={(e) => set('to')(e.target.value)}
          error={fields.to}
        />
        <p className="actions">
          <button type="submit" className="button">
            {t('admin.audit.apply')}
          </button>
        </p>
      </form>
      {who && (
        <p className="notice">
          {t('admin.audit.onlyWho', { who })}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setWho(null);
              setFilters(({ account: _dropped, ...rest }) => rest);
            }}
          >
            {t('admin.audit.everyone')}
          </button>
        </p>
      )}
      {log.error && Object.keys(fields).length === 0 && (
        <ErrorNotice error={log.error} onRetry={() => void log.refetch()} />
      )}
      {log.isPending && <Loading />}
      {log.isSuccess && entries.length === 0 && <p className="card empty-state">{t('admin.audit.empty')}</p>}
      {entries.length > 0 && (
        <div className="table-scroll card">
          <table className="data-table audit">
            <caption className="visually-hidden">{t('admin.audit.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.audit.at')}</th>
                <th scope="col">{t('admin.audit.who')}</th>
                <th scope="col">{t('admin.audit.what')}</th>
                <th scope="col">{t('admin.audit.unit')}</th>
                <th scope="col">{t('admin.audit.before')}</th>
                <th scope="col">{t('admin.audit.after')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <Entry
                  key={entry.id}
                  entry={entry}
                  onWho={(id, name) => {
                    setWho(name);
                    setFilters((f) => ({ ...f, account: String(id) }));
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log.hasNextPage && (
        <p>
          <button
            type="button"
            className="button button--secondary"
            disabled={log.isFetchingNextPage}
            onClick={() => void log.fetchNextPage()}
          >
            {t('admin.audit.older')}
          </button>
        </p>
      )}
    </>
  );
}

export function AuditPage() {
  const { t } = useI18n();
  useDocumentTitle(t('admin.audit.documentTitle'));
  return <RequireSignIn>{() => <AuditLog />}</RequireSignIn>;
}
