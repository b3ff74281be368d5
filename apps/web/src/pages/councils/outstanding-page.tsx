/** `/don-vi/:code/tieu-bieu`: nominations received and sent, selection, and the unit's awards. */
import '../showcase/showcase.css';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Nomination } from '@sangkien/shared/schemas/councils';
import { formatDate } from '@sangkien/shared/format';
import { councilsApi } from '../../api/councils-api.ts';
import { ErrorNotice, Loading } from '../../components/query-status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { FormError } from './form-error.tsx';
import { addCouncilMessages } from '../../i18n/vi/on-demand.ts';

addCouncilMessages();

function NominationRow({ nomination, received, code }: { nomination: Nomination; received: boolean; code: string }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const decide = useMutation({
    mutationFn: (status: 'selected' | 'not_selected') => councilsApi.decide(nomination.id, status),
    onSuccess: () => client.invalidateQueries({ queryKey: ['nominations', code] }),
  });
  return (
    <li className="card stack" data-testid={`nomination-${nomination.initiative.code}`}>
      <p>
        <strong>{nomination.initiative.title}</strong> ({nomination.initiative.code}) ·{' '}
        {nomination.initiative.unit_name}
      </p>
      <p className="small">
        {received
          ? t('outstanding.from', { unit: nomination.from_unit.name })
          : t('outstanding.to', { unit: nomination.to_unit.name })}{' '}
        · {t(`outstanding.status.${nomination.status}`)}
      </p>
      {received && nomination.status === 'nominated' && (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => decide.mutate('selected')}
            disabled={decide.isPending}
          >
            {t('outstanding.select')}
          </button>{' '}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => decide.mutate('not_selected')}
            disabled={decide.isPending}
          >
            {t('outstanding.decline')}
          </button>
        </p>
      )}
      <FormError error={decide.error} />
    </li>
  );
}

function NominateForm({ code }: { code: string }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [initiative, setInitiative] = useState('');
  const nominate = useMutation({
    mutationFn: () => councilsApi.nominate(code, initiative.trim()),
    onSuccess: () => {
      setInitiative('');
      return client.invalidateQueries({ queryKey: ['nominations', code] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    nominate.mutate();
  };
  return (
    <form className="card stack" onSubmit={submit}>
      <h2>{t('outstanding.nominate')}</h2>
      <label>
        {t('outstanding.initiativeCode')}
        <input required value={initiative} onChange={(e) => setInitiative(e.target.value)} />
      </label>
      <FormError error={nominate.error} />
      {nominate.data && <p role="status">{t('outstanding.nominated', { unit: nominate.data.to_unit.name })}</p>}
      <button type="submit" className="button" disabled={nominate.isPending}>
        {t('outstanding.nominateButton')}
      </button>
    </form>
  );
}

function AwardForm({ code }: { code: string }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [form, setForm] = useState({
    kind: 'giay_khen',
    decision_number: '',
    decided_on: '',
    recipient: 'initiative_code',
    value: '',
    phase: '',
  });
  const award = useMutation({
    mutationFn: () =>
      councilsApi.award(code, {
        kind: form.kind,
        decision_number: form.decision_number,
        decided_on: form.decided_on,
        [form.recipient]: form.value.trim(),
        ...(form.phase ? { phase: form.phase } : {}),
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['awards', code] }),
  });
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch });
  return (
    <form
      className="card stack"
      onSubmit={(e) => {
        e.preventDefault();
        award.mutate();
      }}
    >
      <h2>{t('awards.create')}</h2>
      <label>
        {t('awards.kind')}
        <select value={form.kind} onChange={(e) => set({ kind: e.target.value })}>
          <option value="giay_khen">{t('awards.kind.giay_khen')}</option>
          <option value="bang_khen">{t('awards.kind.bang_khen')}</option>
        </select>
      </label>
      <label>
        {t('awards.recipient')}
        <select value={form.recipient} onChange={(e) => set({ recipient: e.target.value })}>
          <option value="initiative_code">{t('awards.recipient.initiative')}</option>
          <option value="member_code">{t('awards.recipient.member')}</option>
          <option value="unit_code">{t('awards.recipient.unit')}</option>
        </select>
      </label>
      <label>
        {t('awards.recipientCode')}
        <input required value={form.value} onChange={(e) => set({ value: e.target.value })} />
      </label>
      <label>
        {t('awards.decisionNumber')}
        <input required value={form.decision_number} onChange={(e) => set({ decision_number: e.target.value })} />
      </label>
      <label>
        {t('awards.decidedOn')}
        <input type="date" required value={form.decided_on} onChange={(e) => set({ decided_on: e.target.value })} />
      </label>
      <label>
        {t('awards.phase')}
        <input value={form.phase} onChange={(e) => set({ phase: e.target.value })} />
      </label>
      <FormError error={award.error} />
      {award.data && <p role="status">{t('awards.created')}</p>}
      <button type="submit" className="button" disabled={award.isPending}>
        {t('awards.createButton')}
      </button>
    </form>
  );
}

export function OutstandingPage({ code }: { code: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('outstanding.documentTitle', { unit: code }));
  const nominations = useQuery({ queryKey: ['nominations', code], queryFn: () => councilsApi.nominations(code) });
  const awards = useQuery({ queryKey: ['awards', code], queryFn: () => councilsApi.awards(code) });
  return (
    <>
      <header className="page-intro">
        <p className="kicker">{code}</p>
        <h1>{t('outstanding.title')}</h1>
      </header>
      {!nominations.data && (nominations.error ? <ErrorNotice error={nominations.error} /> : <Loading />)}
      {nominations.data && (
        <>
          <h2>{t('outstanding.received')}</h2>
          {nominations.data.received.length === 0 ? (
            <p className="card empty-state">{t('outstanding.noneReceived')}</p>
          ) : (
            <ul className="stack">
              {nominations.data.received.map((n) => (
                <NominationRow key={n.id} nomination={n} received code={code} />
              ))}
            </ul>
          )}
          <h2>{t('outstanding.sent')}</h2>
          {nominations.data.sent.length === 0 ? (
            <p className="card empty-state">{t('outstanding.noneSent')}</p>
          ) : (
            <ul className="stack">
              {nominations.data.sent.map((n) => (
                <NominationRow key={n.id} nomination={n} received={false} code={code} />
              ))}
            </ul>
          )}
        </>
      )}
      <NominateForm code={code} />
      <h2>{t('awards.title')}</h2>
      {awards.data && awards.data.items.length === 0 && <p className="card empty-state">{t('awards.empty')}</p>}
      {awards.data && awards.data.items.length > 0 && (
        <ul className="stack">
          {awards.data.items.map((a) => (
            <li key={a.id} className="card small">
              {t('awards.line', {
                kind: a.kind_label,
                by: a.granted_by.name,
                number: a.decision_number,
                date: formatDate(a.decided_on),
                recipient: a.recipient_name,
              })}
            </li>
          ))}
        </ul>
      )}
      <AwardForm code={code} />
    </>
  );
}
