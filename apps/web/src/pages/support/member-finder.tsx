/** Find the member by name or phone (no diacritics needed), or add them to the roster there and then. */
import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { RosterMember } from '@sangkien/shared/schemas/members';
import { ApiError } from '../../api/api-error.ts';
import { addRosterMember, searchRoster } from '../../api/support-api.ts';
import { Field } from '../../components/form/field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

export function MemberFinder({ unit, onPick }: { unit: string; onPick(member: RosterMember): void }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [adding, setAdding] = useState(false);
  const [form, setForm] = useState({ full_name: '', phone: '', job_title: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const found = useQuery({
    queryKey: ['roster', unit, q],
    queryFn: ({ signal }) => searchRoster(unit, q.trim(), signal),
    enabled: q.trim().length >= 2,
    retry: false,
  });

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (form.full_name.trim() === '') {
      setErrors({ full_name: t('support.add.nameMissing') });
      return;
    }
    try {
      const member = await addRosterMember(unit, {
        full_name: form.full_name.trim(),
        phone: form.phone.trim() || null,
        job_title: form.job_title.trim() || null,
      });
      onPick(member);
    } catch (e) {
      setErrors(e instanceof ApiError ? { ...e.fields, form: e.message } : { form: t('error.network') });
    }
  };

  return (
    <section aria-labelledby="finder-title">
      <h2 id="finder-title">{t('support.find.title')}</h2>
      <Field id="member-q" label={t('support.find.label')} hint={t('support.find.hint')}>
        {(aria) => (
          <input {...aria} type="search" value={q} autoComplete="off" onChange={(e) => setQ(e.target.value)} />
        )}
      </Field>
      {found.isError && <p className="field__error">{found.error.message}</p>}
      {found.data && found.data.length === 0 && <p className="muted">{t('support.find.none')}</p>}
      <ul className="item-list" data-testid="member-results">
        {(found.data ?? []).map((m) => (
          <li key={m.code}>
            <button type="button" className="button button--secondary button--small" onClick={() => onPick(m)}>
              {t('support.find.pick', { name: m.full_name })}
            </button>{' '}
            <span className="muted">{[m.code, m.phone, m.job_title, m.unit.name].filter(Boolean).join(' · ')}</span>
          </li>
        ))}
      </ul>
      {!adding ? (
        <button type="button" className="link-button" onClick={() => setAdding(true)}>
          {t('support.add.open')}
        </button>
      ) : (
        <form onSubmit={add} className="card" aria-label={t('support.add.title')} noValidate>
          <Field id="new-full_name" label={t('support.add.full_name')} error={errors.full_name} required>
            {(aria) => (
              <input
                {...aria}
                value={form.full_name}
                onChange={(e) => setForm({ ...form, full_name: e.target.value })}
              />
            )}
          </Field>
          <Field id="new-phone" label={t('support.add.phone')} error={errors.phone}>
            {(aria) => (
              <input
                {...aria}
                type="tel"
                value={form.phone}
                onChange={(e) => setForm({ ...form, phone: e.target.value })}
              />
            )}
          </Field>
          <Field id="new-job_title" label={t('support.add.job_title')} error={errors.job_title}>
            {(aria) => (
              <input
                {...aria}
                value={form.job_title}
                onChange={(e) => setForm({ ...form, job_title: e.target.value })}
              />
            )}
          </Field>
          {errors.form && (
            <p className="field__error" role="alert">
              {errors.form}
            </p>
          )}
          <button type="submit" className="button">
            {t('support.add.save')}
          </button>
        </form>
      )}
    </section>
  );
}
