/** The queue's filters and sort, applied when the reviewer presses the button (one request, not one per key). */
import { useState, type FormEvent } from 'react';
import type { QueueFilters } from '../../api/review-api.ts';
import { useFields } from '../../api/member-queries.ts';
import { Field } from '../../components/form/field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

export const DEFAULT_FILTERS: QueueFilters = {
  status: 'submitted,in_review',
  unit: '',
  field: '',
  phase: '',
  campaign: '',
  from: '',
  to: '',
  q: '',
  has_attachments: false,
  waiting_more_than_days: '',
  sort: 'submitted_at',
  order: 'asc',
};

const STATUS_CHOICES = ['submitted,in_review', 'submitted', 'in_review', 'needs_revision', 'valid', 'invalid'] as const;
const TEXT_FILTERS = ['unit', 'phase', 'campaign'] as const;

export function QueueFiltersForm({ value, onApply }: { value: QueueFilters; onApply(next: QueueFilters): void }) {
  const { t } = useI18n();
  const fields = useFields();
  const [draft, setDraft] = useState(value);
  const set = (change: Partial<QueueFilters>) => setDraft((d) => ({ ...d, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="filters" onSubmit={submit} aria-label={t('review.filters')}>
      <div className="filters__grid">
        <Field id="q-text" label={t('review.filter.q')}>
          {(aria) => <input {...aria} type="search" value={draft.q} onChange={(e) => set({ q: e.target.value })} />}
        </Field>
        <Field id="q-status" label={t('review.filter.status')}>
          {(aria) => (
            <select {...aria} value={draft.status} onChange={(e) => set({ status: e.target.value })}>
              {STATUS_CHOICES.map((s) => (
                <option key={s} value={s}>
                  {t(`review.status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="q-field" label={t('review.filter.field')}>
          {(aria) => (
            <select {...aria} value={draft.field} onChange={(e) => set({ field: e.target.value })}>
              <option value="">{t('review.filter.any')}</option>
              {(fields.data ?? []).map((f) => (
                <option key={f.code} value={f.code}>
                  {f.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {TEXT_FILTERS.map((name) => (
          <Field key={name} id={`q-${name}`} label={t(`review.filter.${name}`)}>
            {(aria) => <input {...aria} value={draft[name]} onChange={(e) => set({ [name]: e.target.value.trim() })} />}
          </Field>
        ))}
        <Field id="q-from" label={t('review.filter.from')}>
          {(aria) => <input {...aria} type="date" value={draft.from} onChange={(e) => set({ from: e.target.value })} />}
        </Field>
        <Field id="q-to" label={t('review.filter.to')}>
          {(aria) => <input {...aria} type="date" value={draft.to} onChange={(e) => set({ to: e.target.value })} />}
        </Field>
        <Field id="q-waiting" label={t('review.filter.waiting')}>
          {(aria) => (
            <input
              {...aria}
              inputMode="numeric"
              value={draft.waiting_more_than_days}
              onChange={(e) => set({ waiting_more_than_days: e.target.value.replace(/\D/g, '') })}
            />
          )}
        </Field>
        <Field id="q-sort" label={t('review.filter.sort')}>
          {(aria) => (
            <select
              {...aria}
              value={`${draft.sort}:${draft.order}`}
              onChange={(e) => {
                const [sort, order] = e.target.value.split(':') as [QueueFilters['sort'], QueueFilters['order']];
                set({ sort, order });
              }}
            >
              {(['submitted_at:asc', 'submitted_at:desc', 'waiting:desc', 'unit:asc', 'title:asc'] as const).map(
                (s) => (
                  <option key={s} value={s}>
                    {t(`review.sort.${s}`)}
                  </option>
                ),
              )}
            </select>
          )}
        </Field>
      </div>
      <div className="actions">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.has_attachments}
            onChange={(e) => set({ has_attachments: e.target.checked })}
          />{' '}
          {t('review.filter.hasAttachments')}
        </label>
        <button type="submit" className="button">
          {t('review.filter.apply')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setDraft(DEFAULT_FILTERS);
            onApply(DEFAULT_FILTERS);
          }}
        >
          {t('review.filter.reset')}
        </button>
      </div>
    </form>
  );
}
