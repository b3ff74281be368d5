/** `/sang-kien-tieu-bieu`: the public showcase, outstanding first, searchable without diacritics. */
import './showcase.css';
import { useState, type FormEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useLocation, useSearch } from 'wouter';
import { formatMoney, formatNumber } from '@sangkien/shared/format';
import { searchShowcase, type ShowcaseSearch } from '../../api/showcase-api.ts';
import { getRanking } from '../../api/public-api.ts';
import { useLiveStats } from '../../api/queries.ts';
import { ErrorNotice, Loading } from '../../components/query-status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { SHOWCASE_PATH, showcaseItemPath } from '../../lib/routes.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { OutstandingBadge } from './outstanding-badge.tsx';

const BENEFIT_STEPS = [100_000_000, 500_000_000, 1_000_000_000];

function readSearch(query: string): ShowcaseSearch {
  const params = new URLSearchParams(query);
  const benefit = Number(params.get('benefit_min'));
  return {
    q: params.get('q') ?? '',
    field: params.get('field') ?? '',
    province: params.get('province') ?? '',
    benefit_min: Number.isFinite(benefit) && benefit > 0 ? benefit : undefined,
    page: Math.max(1, Number(params.get('page')) || 1),
  };
}

function toQuery(search: ShowcaseSearch): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value !== undefined && value !== '' && !(key === 'page' && value === 1)) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Provinces for the filter: the public ranking of the national root lists them. */
function useProvinces() {
  const live = useLiveStats();
  const root = live.data?.root?.code ?? '';
  const phase = live.data?.phase?.code ?? '';
  const ranking = useQuery({
    queryKey: ['ranking', root, phase, 'submissions'],
    queryFn: ({ signal }) => getRanking(root, phase, 'submissions', signal),
    enabled: root !== '' && phase !== '',
  });
  return ranking.data?.items ?? [];
}

export function ShowcasePage() {
  const { t } = useI18n();
  useDocumentTitle(t('showcase.documentTitle'));
  const search = readSearch(useSearch());
  const [draft, setDraft] = useState(search);
  const provinces = useProvinces();
  const result = useQuery({
    queryKey: ['showcase', search],
    queryFn: ({ signal }) => searchShowcase(search, signal),
    placeholderData: keepPreviousData,
  });
  const [, navigate] = useLocation();
  const go = (next: ShowcaseSearch) => navigate(`${SHOWCASE_PATH}${toQuery(next)}`);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    go({ ...draft, page: 1 });
  };

  return (
    <>
      <header className="page-intro">
        <p className="kicker">{t('app.slogan')}</p>
        <h1>{t('showcase.title')}</h1>
        <p>{t('showcase.intro')}</p>
      </header>
      <form className="card filter-form" role="search" onSubmit={submit}>
        <label>
          {t('showcase.search')}
          <input
            type="search"
            name="q"
            value={draft.q ?? ''}
            placeholder={t('showcase.searchPlaceholder')}
            onChange={(e) => setDraft({ ...draft, q: e.target.value })}
          />
        </label>
        <label>
          {t('showcase.province')}
          <select value={draft.province ?? ''} onChange={(e) => setDraft({ ...draft, province: e.target.value })}>
            <option value="">{t('showcase.all')}</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('showcase.benefit')}
          <select
            value={draft.benefit_min ?? ''}
            onChange={(e) => setDraft({ ...draft, benefit_min: e.target.value ? Number(e.target.value) : undefined })}
          >
            <option value="">{t('showcase.all')}</option>
            {BENEFIT_STEPS.map((step) => (
              <option key={step} value={step}>
                {t('showcase.benefitAtLeast', { amount: formatMoney(step) })}
              </option>
            ))}
          </select>
        </label>
        {search.field && (
          <p className="small">
            {t('showcase.fieldFilter', { field: search.field })}{' '}
            <button type="button" className="link-button" onClick={() => go({ ...search, field: '', page: 1 })}>
              {t('showcase.clearField')}
            </button>
          </p>
        )}
        <button type="submit" className="button">
          {t('showcase.find')}
        </button>
      </form>
      {!result.data &&
        (result.error ? <ErrorNotice error={result.error} onRetry={() => void result.refetch()} /> : <Loading />)}
      {result.data && (
        <section aria-live="polite">
          <p className="muted" data-testid="showcase-count">
            {t('showcase.count', { count: formatNumber(result.data.total) })}
          </p>
          {result.data.items.length === 0 ? (
            <p className="card empty-state">{t('showcase.empty')}</p>
          ) : (
            <ul className="showcase-list">
              {result.data.items.map((item) => (
                <li key={item.code} className="card showcase-card">
                  <OutstandingBadge level={item.outstanding_level} recognised={item.recognised} />
                  <h2>
                    <Link href={showcaseItemPath(item.code)}>{item.title}</Link>
                  </h2>
                  <p className="small">
                    {item.authors.join(', ')} · {item.unit_name}
                    {item.province_name ? `, ${item.province_name}` : ''}
                  </p>
                  {item.benefit_vnd_year !== null && (
                    <p className="small">{t('showcase.benefitYear', { amount: formatMoney(item.benefit_vnd_year) })}</p>
                  )}
                  {item.field && item.field_code && (
                    <button
                      type="button"
                      className="link-button small"
                      onClick={() => go({ ...search, field: item.field_code!, page: 1 })}
                    >
                      {item.field}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {result.data.total > result.data.page * result.data.page_size && (
            <button type="button" className="button" onClick={() => go({ ...search, page: (search.page ?? 1) + 1 })}>
              {t('showcase.next')}
            </button>
          )}
        </section>
      )}
    </>
  );
}
