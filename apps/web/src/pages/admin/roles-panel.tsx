/** Roles held at a unit (they reach every unit below it): grant one to a member or account, revoke one. */
import { useId, useState, type FormEvent } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ROLES, type Role } from '@sangkien/shared/enums';
import { formatDateTime } from '@sangkien/shared/format';
import { formatVietnamesePhone } from '@sangkien/shared/phone';
import {
  grantRole,
  listRoster,
  listUnitRoles,
  revokeRole,
  type RosterMember,
  type UnitDetail,
} from '../../api/admin-api.ts';
import { Field, fieldErrors, FormError } from '../../components/form-field.tsx';
import { ErrorNotice, Loading } from '../../components/query-status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { roleLabel } from './role-label.ts';
import { useDebounced } from './unit-search.tsx';

/** Phone logins as people write them (0912 345 678), e-mails as they are. */
const shownLogin = (login: string | null) => (login?.startsWith('+84') ? formatVietnamesePhone(login) : login);

function MemberPicker({ unitCode, onPick }: { unitCode: string; onPick(member: RosterMember): void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  const found = useQuery({
    queryKey: ['roster', unitCode, 'pick', q],
    queryFn: ({ signal }) => listRoster(unitCode, { q, limit: 8 }, signal),
    enabled: q !== '',
    placeholderData: keepPreviousData,
  });
  const items = q === '' ? [] : (found.data?.items ?? []);
  return (
    <div>
      <Field
        label={t('admin.roles.findMember')}
        hint={t('admin.roles.findMemberHint')}
        type="search"
        autoComplete="off"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <p role="status" className="small muted">
        {q !== '' && found.isSuccess && items.length === 0 ? t('admin.roles.noMember', { q }) : ''}
      </p>
      {items.length > 0 && (
        <ul className="pick-list">
          {items.map((member) => (
            <li key={member.code}>
              <span>
                {member.full_name} · {member.code} · {member.unit.name}
              </span>
              {member.account ? (
                <button type="button" className="button button--small" onClick={() => onPick(member)}>
                  {t('admin.roles.pick', { name: member.full_name })}
                </button>
              ) : (
                <span className="small muted">{t('admin.roles.noAccount')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function GrantForm({ unit }: { unit: UnitDetail }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const roleId = useId();
  const [role, setRole] = useState<Role>('reviewer');
  const [login, setLogin] = useState('');
  const [member, setMember] = useState<RosterMember | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const grant = useMutation({
    mutationFn: () => grantRole(unit.code, member ? { role, member_code: member.code } : { role, login: login.trim() }),
    onSuccess: (granted) => {
      setDone(t('admin.roles.granted', { who: granted.account.display_name, role: roleLabel(t, granted.role) }));
      setMember(null);
      setLogin('');
      void client.invalidateQueries({ queryKey: ['unit-roles', unit.code] });
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    grant.mutate();
  }
  const fields = fieldErrors(grant.error);
  return (
    <form onSubmit={submit} noValidate className="stack" aria-labelledby="grant-title">
      <h3 id="grant-title">{t('admin.roles.grantTitle', { unit: unit.name })}</h3>
      {member ? (
        <p className="chosen" data-testid="chosen-member">
          {t('admin.roles.chosen', { name: member.full_name, code: member.code })}{' '}
          <button type="button" className="button button--secondary button--small" onClick={() => setMember(null)}>
            {t('admin.roles.change')}
          </button>
        </p>
      ) : (
        <>
          <MemberPicker unitCode={unit.code} onPick={setMember} />
          <Field
            label={t('admin.roles.login')}
            hint={t('admin.roles.loginHint')}
            autoComplete="off"
            value={login}
            onChange={(event) => setLogin(event.target.value)}
            error={fields.login}
          />
        </>
      )}
      {member && fields.member_code && <p className="field__error">{fields.member_code}</p>}
      <div className="field">
        <label htmlFor={roleId}>{t('admin.roles.role')}</label>
        <select id={roleId} value={role} onChange={(event) => setRole(event.target.value as Role)}>
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {roleLabel(t, value)}
            </option>
          ))}
        </select>
      </div>
      <FormError error={grant.error} shownFields={member ? ['member_code'] : ['login']} />
      {done && (
        <p className="notice notice--ok" role="status">
          {done}
        </p>
      )}
      <button type="submit" className="button" disabled={grant.isPending || (!member && !login.trim())}>
        {t('admin.roles.grant')}
      </button>
    </form>
  );
}

export function RolesPanel({ unit }: { unit: UnitDetail }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const roles = useQuery({
    queryKey: ['unit-roles', unit.code],
    queryFn: ({ signal }) => listUnitRoles(unit.code, signal),
  });
  const revoke = useMutation({
    mutationFn: (id: number) => revokeRole(unit.code, id),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['unit-roles', unit.code] }),
  });
  const items = roles.data?.items ?? [];
  return (
    <section className="card" aria-labelledby="roles-title">
      <h2 id="roles-title">{t('admin.roles.title')}</h2>
      <p className="small muted">{t('admin.roles.intro')}</p>
      {roles.error && <ErrorNotice error={roles.error} onRetry={() => void roles.refetch()} />}
      {roles.isPending && <Loading />}
      {roles.isSuccess && items.length === 0 && <p>{t('admin.roles.empty')}</p>}
      {items.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="roles-table">
            <caption className="visually-hidden">{t('admin.roles.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.roles.who')}</th>
                <th scope="col">{t('admin.roles.role')}</th>
                <th scope="col">{t('admin.roles.since')}</th>
                <th scope="col">{t('admin.roles.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((grant) => (
                <tr key={grant.id}>
                  <td>
                    {grant.account.display_name}
                    <span className="small muted">
                      {' '}
                      · {shownLogin(grant.account.login) ?? grant.account.member_code}
                    </span>
                  </td>
                  <td>{roleLabel(t, grant.role)}</td>
                  <td>
                    {formatDateTime(grant.granted_at)}
                    {grant.granted_by ? ` · ${grant.granted_by}` : ''}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={revoke.isPending}
                      aria-label={t('admin.roles.revokeNamed', {
                        role: roleLabel(t, grant.role),
                        who: grant.account.display_name,
                      })}
                      onClick={() => revoke.mutate(grant.id)}
                    >
                      {t('admin.roles.revoke')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <FormError error={revoke.error} />
      <GrantForm unit={unit} />
    </section>
  );
}
