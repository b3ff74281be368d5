/** Find a unit by name or code (diacritics ignored) within the admin's scope, as the reader types. */
import { useEffect, useId, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { searchUnits } from '../../api/admin-api.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { adminUnitPath } from '../../lib/routes.ts';

const DEBOUNCE_MS = 250;

export function useDebounced<T>(value: T, ms = DEBOUNCE_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function UnitSearch() {
  const { t } = useI18n();
  const inputId = useId();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  const results = useQuery({
    queryKey: ['unit-search', q],
    queryFn: ({ signal }) => searchUnits(q, { limit: 20 }, signal),
    enabled: q !== '',
    placeholderData: keepPreviousData,
  });
  const items = q === '' ? [] : (results.data?.items ?? []);
  return (
    <section className="card" role="search" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{t('admin.search.title')}</h2>
      <div className="field">
        <label htmlFor={inputId}>{t('admin.search.label')}</label>
        <input
          id={inputId}
          type="search"
          value={text}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('admin.search.placeholder')}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <p role="status" className="small muted">
        {q === ''
          ? ''
          : results.isFetching
            ? t('admin.search.searching')
            : results.error
              ? t('admin.tree.loadFailed')
              : items.length === 0
                ? t('admin.search.none', { q })
                : t('admin.search.count', { count: items.length + (results.data?.has_more ? '+' : '') })}
      </p>
      {items.length > 0 && (
        <ul className="search-results">
          {items.map((unit) => (
            <li key={unit.code}>
              <Link href={adminUnitPath(unit.code)}>{unit.name}</Link>
              <span className="muted small">
                {' '}
                · {unit.code}
                {unit.parent_name ? ` · ${unit.parent_name}` : ''}
                {unit.closed ? ` · ${t('admin.unit.closed')}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
