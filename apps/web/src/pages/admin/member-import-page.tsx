/** `/quan-tri/don-vi/:code/nhap-doan-vien`: members.csv checked and imported in one go, or not at all. */
import '../../styles/admin.css';
import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'wouter';
import { formatNumber } from '@sangkien/shared/format';
import { ApiError } from '../../api/api-error.ts';
import { importMembers, type MemberImportResult } from '../../api/admin-api.ts';
import { useUnit } from '../../api/queries.ts';
import { FormError } from '../../components/form-field.tsx';
import { RequireSignIn } from '../../components/require-sign-in.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { adminUnitPath } from '../../lib/routes.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { previewCsv, type CsvPreview } from './csv-preview.ts';
import { addAdminMessages } from '../../i18n/vi/on-demand.ts';

addAdminMessages();

const COLUMNS = 'member_code, full_name, unit_code, phone, job_title';

function Importer({ code }: { code: string }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const unit = useUnit(code);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<MemberImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  useDocumentTitle(t('admin.import.documentTitle', { unit: unit.data?.name ?? code }));

  async function choose(chosen: File | null) {
    setFile(chosen);
    setResult(null);
    setError(null);
    setPreview(chosen ? previewCsv(await chosen.text()) : null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await importMembers(code, file));
      void client.invalidateQueries({ queryKey: ['roster', code] });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const rowErrors = error instanceof ApiError ? Object.entries(error.fields) : [];
  return (
    <>
      <header className="page-intro">
        <p>
          <Link href={adminUnitPath(code)}>{unit.data?.name ?? code}</Link>
        </p>
        <h1>{t('admin.import.title')}</h1>
        <p>{t('admin.import.intro')}</p>
        <p className="small">
          {t('admin.import.columns')} <code>{COLUMNS}</code>
        </p>
      </header>
      <form className="card stack" onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor="members-file">{t('admin.import.file')}</label>
          <input
            id="members-file"
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => void choose(event.target.files?.[0] ?? null)}
          />
        </div>
        {preview && (
          <div className="table-scroll">
            <table className="data-table" data-testid="import-preview">
              <caption>{t('admin.import.preview', { rows: formatNumber(preview.rowCount) })}</caption>
              <thead>
                <tr>
                  {preview.header.map((name, index) => (
                    <th key={index} scope="col">
                      {name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row, index) => (
                  <tr key={index}>
                    {row.map((cell, cellIndex) => (
                      <td key={cellIndex}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {rowErrors.length > 0 ? (
          <div className="notice notice--error" role="alert">
            <p>{t('admin.import.failed', { count: formatNumber(rowErrors.length) })}</p>
            <ul data-testid="import-errors">
              {rowErrors.map(([where, reason]) => (
                <li key={where}>
                  <code>{where}</code>: {reason}
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <FormError error={error} />
        )}
        {result && (
          <p className="notice notice--ok" role="status">
            {t('admin.import.done', {
              rows: formatNumber(result.rows),
              added: formatNumber(result.members.added),
              updated: formatNumber(result.members.updated),
            })}
          </p>
        )}
        <p>
          <button type="submit" className="button" disabled={!file || busy}>
            {busy ? t('admin.import.busy') : t('admin.import.submit')}
          </button>
        </p>
      </form>
    </>
  );
}

export function MemberImportPage({ code }: { code: string }) {
  return <RequireSignIn>{() => <Importer code={code} />}</RequireSignIn>;
}
