/** Authors of the full form: the member first, co-authors picked from the unit, contribution % adding to 100. */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { formatDecimal } from '@sangkien/shared/format';
import { searchUnitMembers } from '../../api/initiatives-api.ts';
import { Field } from '../../components/form/field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { AuthorRow, FormValues } from './form-values.ts';
import { percentSum } from './form-checks.ts';

const DETAILS = ['date_of_birth', 'workplace', 'job_title', 'qualification'] as const;

export function blankAuthor(member_code: string, full_name: string): AuthorRow {
  return {
    member_code,
    full_name,
    contribution_percent: '',
    date_of_birth: '',
    workplace: '',
    job_title: '',
    qualification: '',
  };
}

interface Props {
  values: FormValues;
  unitCode: string | null;
  update(change: Partial<FormValues>): void;
  error: string | undefined;
}

export function AuthorsEditor({ values, unitCode, update, error }: Props) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['unit-members', unitCode, q],
    queryFn: ({ signal }) => searchUnitMembers(unitCode!, q, signal),
    enabled: unitCode !== null && q.trim().length >= 2,
    retry: false,
  });
  const authors = values.authors;
  const setRow = (index: number, change: Partial<AuthorRow>) =>
    update({ authors: authors.map((a, i) => (i === index ? { ...a, ...change } : a)) });
  const chosen = new Set(authors.map((a) => a.member_code));

  return (
    <fieldset className="group" aria-describedby={error ? 'authors-error' : undefined}>
      <legend>{t('submit.authors.legend')}</legend>
      <p className="field__hint">{t('submit.authors.hint')}</p>
      {authors.map((author, index) => (
        <div className="author-row" key={author.member_code}>
          <p>
            <strong>{author.full_name}</strong> <span className="muted">({author.member_code})</span>
            {index === 0 && <span className="muted"> · {t('submit.authors.main')}</span>}
          </p>
          <div className="field-row">
            <Field id={`a${index}-percent`} label={t('submit.authors.percent')}>
              {(aria) => (
                <input
                  {...aria}
                  inputMode="decimal"
                  value={author.contribution_percent}
                  onChange={(e) => setRow(index, { contribution_percent: e.target.value })}
                />
              )}
            </Field>
            {DETAILS.map((name) => (
              <Field key={name} id={`a${index}-${name}`} label={t(`submit.authors.${name}`)}>
                {(aria) => (
                  <input
                    {...aria}
                    type={name === 'date_of_birth' ? 'date' : 'text'}
                    value={author[name]}
                    onChange={(e) => setRow(index, { [name]: e.target.value })}
                  />
                )}
              </Field>
            ))}
          </div>
          {index > 0 && (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => update({ authors: authors.filter((_, i) => i !== index) })}
            >
              {t('submit.authors.remove', { name: author.full_name })}
            </button>
          )}
        </div>
      ))}
      <p aria-live="polite" className={error ? 'field__error' : 'muted'} id="authors-error">
        {error ?? (authors.length > 1 ? t('submit.authors.sum', { sum: formatDecimal(percentSum(values), 0) }) : '')}
      </p>
      <Field id="author-search" label={t('submit.authors.search')} hint={t('submit.authors.searchHint')}>
        {(aria) => (
          <input {...aria} type="search" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
        )}
      </Field>
      {found.isError && <p className="field__error">{t('submit.authors.searchFailed')}</p>}
      {found.data && found.data.length === 0 && <p className="muted">{t('submit.authors.noMatch')}</p>}
      <ul className="item-list">
        {(found.data ?? [])
          .filter((m) => !chosen.has(m.code))
          .map((m) => (
            <li key={m.code}>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => {
                  update({ authors: [...authors, blankAuthor(m.code, m.full_name)] });
                  setQ('');
                }}
              >
                {t('submit.authors.add', { name: m.full_name })}
              </button>{' '}
              <span className="muted">{[m.job_title, m.code].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
      </ul>
    </fieldset>
  );
}
