/** `/don-vi/:code/hoi-dong`: a unit's councils and the form that sets one up. */
import '../showcase/showcase.css';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'wouter';
import { councilsApi } from '../../api/councils-api.ts';
import { ErrorNotice, Loading } from '../../components/query-status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { councilPath, unitOutstandingPath } from '../../lib/routes.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { FormError } from './form-error.tsx';
import { addCouncilMessages } from '../../i18n/vi/on-demand.ts';

addCouncilMessages();

const POSITIONS = ['chair', 'vice_chair', 'secretary', 'expert', 'union_representative'] as const;
type Seat = { position: (typeof POSITIONS)[number]; login: string };

function CreateCouncilForm({ code }: { code: string }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [grant, setGrant] = useState(true);
  const [seats, setSeats] = useState<Seat[]>([
    { position: 'chair', login: '' },
    { position: 'secretary', login: '' },
    { position: 'expert', login: '' },
  ]);
  const create = useMutation({
    mutationFn: () =>
      councilsApi.create(code, {
        name,
        grant_roles: grant,
        members: seats.filter((s) => s.login.trim()).map((s) => ({ position: s.position, login: s.login.trim() })),
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['councils', code] }),
  });
  const setSeat = (i: number, seat: Partial<Seat>) => setSeats(seats.map((s, j) => (j === i ? { ...s, ...seat } : s)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="new-council">
      <h2 id="new-council">{t('councils.create')}</h2>
      <label>
        {t('councils.name')}
        <input required value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <fieldset>
        <legend>{t('councils.members')}</legend>
        {seats.map((seat, i) => (
          <div key={i} className="seat-row">
            <label>
              {t('councils.position')} {i + 1}
              <select
                value={seat.position}
                onChange={(e) => setSeat(i, { position: e.target.value as Seat['position'] })}
              >
                {POSITIONS.map((p) => (
                  <option key={p} value={p}>
                    {t(`councils.position.${p}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('councils.login')} {i + 1}
              <input value={seat.login} inputMode="tel" onChange={(e) => setSeat(i, { login: e.target.value })} />
            </label>
          </div>
        ))}
        <button
          type="button"
          className="link-button"
          onClick={() => setSeats([...seats, { position: 'expert', login: '' }])}
        >
          {t('councils.addMember')}
        </button>
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={grant} onChange={(e) => setGrant(e.target.checked)} />
        {t('councils.grantRoles')}
      </label>
      <FormError error={create.error} />
      {create.data && (
        <p role="status">
          {t('councils.created')} <Link href={councilPath(create.data.id)}>{create.data.name}</Link>
        </p>
      )}
      <button type="submit" className="button" disabled={create.isPending}>
        {t('councils.createButton')}
      </button>
    </form>
  );
}

export function UnitCouncilsPage({ code }: { code: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('councils.documentTitle', { unit: code }));
  const list = useQuery({ queryKey: ['councils', code], queryFn: () => councilsApi.list(code) });
  return (
    <>
      <header className="page-intro">
        <p className="kicker">{code}</p>
        <h1>{t('councils.title')}</h1>
        <p>
          <Link href={unitOutstandingPath(code)}>{t('councils.outstandingLink')}</Link>
        </p>
      </header>
      {!list.data &&
        (list.error ? <ErrorNotice error={list.error} onRetry={() => void list.refetch()} /> : <Loading />)}
      {list.data && list.data.items.length === 0 && <p className="card empty-state">{t('councils.empty')}</p>}
      {list.data && list.data.items.length > 0 && (
        <ul className="stack">
          {list.data.items.map((c) => (
            <li key={c.id} className="card">
              <h2>
                <Link href={councilPath(c.id)}>{c.name}</Link>
              </h2>
              <p className="small">
                {c.programme ? c.programme.name : t('councils.standing')} ·{' '}
                {c.members.map((m) => `${m.display_name} (${m.position_label})`).join(', ')}
              </p>
            </li>
          ))}
        </ul>
      )}
      <CreateCouncilForm code={code} />
    </>
  );
}
