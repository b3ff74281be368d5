/** The roster of a unit and the units below it: find, add, edit, reset a password, import members.csv. */
import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'wouter';
import { formatDateTime, formatNumber } from '@sangkien/shared/format';
import { formatVietnamesePhone } from '@sangkien/shared/phone';
import {
  issuePasswordReset,
  listRoster,
  removeMember,
  type PasswordResetIssued,
  type RosterMember,
  type UnitDetail,
} from '../../api/admin-api.ts';
import { FormError } from '../../components/form-field.tsx';
import { ErrorNotice, Loading } from '../../components/query-status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { memberImportPath } from '../../lib/routes.ts';
import { MemberForm } from './member-form.tsx';
import { useDebounced } from './unit-search.tsx';

const PAGE = 50;

function ResetCode({ issued }: { issued: PasswordResetIssued }) {
  const { t } = useI18n();
  return (
    <div className="notice notice--ok" role="status">
      <p>{t('admin.reset.issued', { login: issued.login, until: formatDateTime(issued.expires_at) })}</p>
      <p>
        <code className="secret" data-testid="reset-code">
          {issued.code}
        </code>
      </p>
      <p className="small">{t('admin.reset.howTo')}</p>
    </div>
  );
}

function MemberRow({ member, unitCode }: { member: RosterMember; unitCode: string }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const reset = useMutation({ mutationFn: () => issuePasswordReset(member.code) });
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => removeMember(member.code),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['roster', unitCode] }),
  });
  return (
    <li className="roster__item">
      <div className="roster__row">
        <div>
          <strong>{member.full_name}</strong>
          <span className="small muted">
            {' '}
            · {member.code}
            {member.phone ? ` · ${formatVietnamesePhone(member.phone)}` : ''}
            {member.job_title ? ` · ${member.job_title}` : ''} · {member.unit.name}
          </span>
          <div className="small">
            {member.account
              ? t('admin.roster.hasAccount', {
                  login: member.account.login ?? '',
                  last: member.account.last_login_at
                    ? formatDateTime(member.account.last_login_at)
                    : t('auth.tokens.never'),
                })
              : t('admin.roster.noAccount')}
          </div>
        </div>
        <p className="actions">
          <button
            type="button"
            className="button button--secondary button--small"
            aria-expanded={editing}
            onClick={() => setEditing((value) => !value)}
          >
            {t('admin.roster.edit')}
            <span className="visually-hidden"> {member.full_name}</span>
          </button>
          {member.account && (
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={reset.isPending}
              onClick={() => reset.mutate()}
            >
              {t('admin.reset.button')}
              <span className="visually-hidden"> {member.full_name}</span>
            </button>
          )}
        </p>
      </div>
      {!member.account &&
        (confirming ? (
          <p className="actions">
            <span>{t('admin.roster.removeConfirmText', { name: member.full_name })}</span>
            <button type="button" className="button button--danger button--small" onClick={() => remove.mutate()}>
              {t('admin.roster.removeConfirm')}
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setConfirming(false)}
            >
              {t('admin.common.cancel')}
            </button>
          </p>
        ) : (
          <p className="actions">
            <button type="button" className="link-button small" onClick={() => setConfirming(true)}>
              {t('admin.roster.remove')}
              <span className="visually-hidden"> {member.full_name}</span>
            </button>
          </p>
        ))}
      <FormError error={remove.error} />
      {reset.data && <ResetCode issued={reset.data} />}
      <FormError error={reset.error} />
      {editing && (
        <MemberForm
          unitCode={unitCode}
          member={member}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            void client.invalidateQueries({ queryKey: ['roster', unitCode] });
          }}
        />
      )}
    </li>
  );
}

export function RosterPanel({ unit }: { unit: UnitDetail }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [offset, setOffset] = useState(0);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const q = useDebounced(text.trim());
  const roster = useQuery({
    queryKey: ['roster', unit.code, q, offset],
    queryFn: ({ signal }) => listRoster(unit.code, { q, offset, limit: PAGE }, signal),
    placeholderData: keepPreviousData,
  });
  const grassroots = unit.kind === 'grassroots';
  const page = roster.data;
  return (
    <section className="card" aria-labelledby="roster-title">
      <h2 id="roster-title">{t('admin.roster.title')}</h2>
      <p className="actions">
        {grassroots && unit.permissions?.administer && (
          <button type="button" className="button" aria-expanded={adding} onClick={() => setAdding((v) => !v)}>
            {t('admin.roster.addTitle')}
          </button>
        )}
        {unit.permissions?.administer && (
          <Link className="button button--secondary" href={memberImportPath(unit.code)}>
            {t('admin.import.title')}
          </Link>
        )}
      </p>
      {adding && (
        <MemberForm
          unitCode={unit.code}
          onCancel={() => setAdding(false)}
          onSaved={(member) => {
            setAdding(false);
            setAdded(t('admin.roster.added', { name: member.full_name, code: member.code }));
            void client.invalidateQueries({ queryKey: ['roster', unit.code] });
          }}
        />
      )}
      {added && (
        <p className="notice notice--ok" role="status">
          {added}
        </p>
      )}
      <div className="field">
        <label htmlFor="roster-search">{t('admin.roster.search')}</label>
        <input
          id="roster-search"
          type="search"
          value={text}
          autoComplete="off"
          onChange={(event) => {
            setText(event.target.value);
            setOffset(0);
          }}
        />
      </div>
      {roster.error && <ErrorNotice error={roster.error} onRetry={() => void roster.refetch()} />}
      {roster.isPending && <Loading />}
      {page && (
        <>
          <p role="status" className="small muted">
            {page.total === 0
              ? q
                ? t('admin.roster.noneFound', { q })
                : t('admin.roster.empty')
              : t('admin.roster.count', {
                  from: formatNumber(offset + 1),
                  to: formatNumber(offset + page.items.length),
                  total: formatNumber(page.total),
                })}
          </p>
          <ul className="roster">
            {page.items.map((member) => (
              <MemberRow key={member.code} member={member} unitCode={unit.code} />
            ))}
          </ul>
          <p className="actions">
            {offset > 0 && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setOffset(Math.max(0, offset - PAGE))}
              >
                {t('admin.common.previous')}
              </button>
            )}
            {offset + PAGE < page.total && (
              <button type="button" className="button button--secondary" onClick={() => setOffset(offset + PAGE)}>
                {t('admin.common.next')}
              </button>
            )}
          </p>
        </>
      )}
    </section>
  );
}
