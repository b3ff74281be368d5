/** `/don-vi/:code/chi-tieu`: an admin gives quotas to the children, inline, warned when they fall short. */
import { useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'wouter';
import type { Allocation } from '@sangkien/shared/schemas/quotas';
import { formatNumber } from '@sangkien/shared/format';
import { ApiError } from '../../api/api-error.ts';
import { getAllocation, importQuotasCsv, saveAllocation } from '../../api/dashboard-api.ts';
import { ErrorNotice, Loading } from '../../components/query-status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { dashboardPath } from '../../lib/routes.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import '../../styles/dashboard.css';
import { addDashboardMessages } from '../../i18n/vi/on-demand.ts';

addDashboardMessages();

function QuotaForm({ code, allocation }: { code: string; allocation: Allocation }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(allocation.children.map((c) => [c.code, c.quota === null ? '' : String(c.quota)])),
  );
  const [status, setStatus] = useState<string>('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const invalid = Object.entries(values).filter(
    ([, v]) => v.trim() !== '' && !/^\d+$/.test(v.trim().replace(/\./g, '')),
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (invalid.length > 0) return;
    setBusy(true);
    setStatus(t('quotas.saving'));
    try {
      const saved = await saveAllocation(code, {
        phase: allocation.phase.code,
        items: allocation.children.map((c) => {
          const text = (values[c.code] ?? '').trim().replace(/\./g, '');
          return { unit_code: c.code, quota: text === '' ? null : Number(text) };
        }),
      });
      client.setQueryData(['allocation', code, 'current'], saved);
      setErrors({});
      setStatus(t('quotas.saved'));
    } catch (error) {
      setErrors(error instanceof ApiError ? error.fields : {});
      setStatus(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    try {
      const result = await importQuotasCsv(code, await file.text());
      setErrors({});
      setStatus(t('quotas.imported', { rows: result.rows, changed: result.changed }));
      const fresh = await getAllocation(code, allocation.phase.code);
      client.setQueryData(['allocation', code, 'current'], fresh);
      setValues(Object.fromEntries(fresh.children.map((c) => [c.code, c.quota === null ? '' : String(c.quota)])));
    } catch (error) {
      setErrors(error instanceof ApiError ? error.fields : {});
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <div className="table-scroll" role="region" aria-labelledby="quota-caption" tabIndex={0}>
        <table className="ranking-table">
          <caption id="quota-caption">{t('quotas.caption', { phase: allocation.phase.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.unit')}</th>
              <th scope="col" className="num">
                {t('quotas.quota')}
              </th>
              <th scope="col" className="num">
                {allocation.previous_phase
                  ? t('quotas.previous', { phase: allocation.previous_phase.name })
                  : t('quotas.previousNone')}
              </th>
              <th scope="col" className="num">
                {t('quotas.members')}
              </th>
              <th scope="col" className="num">
                {t('quotas.submissions')}
              </th>
            </tr>
          </thead>
          <tbody>
            {allocation.children.map((c) => (
              <tr key={c.code} data-code={c.code}>
                <th scope="row">
                  <Link href={dashboardPath(c.code)}>{c.name}</Link>
                </th>
                <td className="num">
                  <input
                    className="quota-input"
                    name={`quota-${c.code}`}
                    inputMode="numeric"
                    aria-label={t('quotas.quotaFor', { unit: c.name })}
                    aria-invalid={invalid.some(([k]) => k === c.code) || undefined}
                    value={values[c.code] ?? ''}
                    onChange={(e) => setValues({ ...values, [c.code]: e.target.value })}
                  />
                </td>
                <td className="num">
                  {c.previous_submissions === null
                    ? '—'
                    : `${formatNumber(c.previous_submissions)}${c.previous_quota === null ? '' : ` / ${formatNumber(c.previous_quota)}`}`}
                </td>
                <td className="num">{formatNumber(c.members)}</td>
                <td className="num">{formatNumber(c.submissions)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {invalid.length > 0 && <p className="field-errors">{t('quotas.invalid')}</p>}
      <p>
        <button type="submit" className="button" disabled={busy}>
          {t('quotas.save')}
        </button>
      </p>
      <p aria-live="polite" data-status>
        {status}
      </p>
      {Object.keys(errors).length > 0 && (
        <ul className="field-errors">
          {Object.entries(errors).map(([k, v]) => (
            <li key={k}>{`${k}: ${v}`}</li>
          ))}
        </ul>
      )}
      <label>
        {t('quotas.import')}
        <input type="file" accept=".csv,text/csv" onChange={(e) => void onImport(e.target.files?.[0])} />
      </label>
      <p className="muted">{t('quotas.importHelp')}</p>
    </form>
  );
}

export function QuotasPage({ code }: { code: string }) {
  const { t } = useI18n();
  const [phase] = useState<string | undefined>();
  const allocation = useQuery({
    queryKey: ['allocation', code, phase ?? 'current'],
    queryFn: ({ signal }) => getAllocation(code, phase, signal),
  });
  useDocumentTitle(t('quotas.documentTitle', { unit: allocation.data?.unit.name ?? code }));
  if (!allocation.data) {
    return allocation.error ? (
      <ErrorNotice error={allocation.error} onRetry={() => void allocation.refetch()} />
    ) : (
      <Loading />
    );
  }
  const a = allocation.data;
  return (
    <>
      <header className="page-intro">
        <p className="kicker">{t('quotas.kicker')}</p>
        <h1>
          <Link href={dashboardPath(a.unit.code)}>{a.unit.name}</Link>
        </h1>
        <p>
          {a.unit.quota === null
            ? t('quotas.parentNoQuota')
            : t('quotas.parentQuota', { quota: formatNumber(a.unit.quota) })}{' '}
          · <span data-sum>{t('quotas.sum', { sum: formatNumber(a.children_sum) })}</span>
        </p>
        {a.warning && (
          <p className="warning" role="status" data-warning>
            {a.warning}
          </p>
        )}
      </header>
      <section className="card">
        {a.children.length === 0 ? (
          <p className="state">{t('quotas.noChildren')}</p>
        ) : (
          <QuotaForm key={a.phase.code} code={code} allocation={a} />
        )}
      </section>
    </>
  );
}
