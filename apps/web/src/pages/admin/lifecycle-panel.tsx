/** Rename, move, merge into a successor or close a unit from a date; its history of names and parents. */
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { formatDate, formatNumber } from '@sangkien/shared/format';
import { closeUnit, getUnitHistory, mergeUnit, moveUnit, renameUnit, type UnitDetail } from '../../api/admin-api.ts';
import { Field, fieldErrors, FormError } from '../../components/form-field.tsx';
import { ErrorNotice, Loading } from '../../components/query-status.tsx';
import type { MessageKey } from '../../i18n/catalogues.ts';
import { useI18n } from '../../i18n/i18n.tsx';

type Change = 'rename' | 'move' | 'merge' | 'close';
const CHANGES: Change[] = ['rename', 'move', 'merge', 'close'];
const DATE = /^\d{1,2}\/\d{1,2}\/\d{4}$/;

const TARGET: Record<Change, { field: string; label: MessageKey; hint: MessageKey } | null> = {
  rename: { field: 'name', label: 'admin.lifecycle.newName', hint: 'admin.lifecycle.newNameHint' },
  move: { field: 'parent_code', label: 'admin.lifecycle.parent', hint: 'admin.lifecycle.codeHint' },
  merge: { field: 'successor_code', label: 'admin.lifecycle.successor', hint: 'admin.lifecycle.codeHint' },
  close: null,
};

function send(code: string, change: Change, value: string, on: string | undefined) {
  const at = on ? { on } : {};
  if (change === 'rename') return renameUnit(code, { name: value, ...at });
  if (change === 'move') return moveUnit(code, { parent_code: value, ...at });
  if (change === 'merge') return mergeUnit(code, { successor_code: value, ...at });
  return closeUnit(code, at);
}

function ChangeForm({ unit, change, onDone }: { unit: UnitDetail; change: Change; onDone(): void }) {
  const { t } = useI18n();
  const target = TARGET[change];
  const [value, setValue] = useState(change === 'rename' ? unit.name : '');
  const [on, setOn] = useState('');
  const [dateError, setDateError] = useState<string | undefined>();
  const mutation = useMutation({
    mutationFn: () => send(unit.code, change, value.trim(), on.trim() || undefined),
    onSuccess: onDone,
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (on.trim() && !DATE.test(on.trim())) {
      setDateError(t('admin.lifecycle.dateFormat'));
      return;
    }
    setDateError(undefined);
    mutation.mutate();
  }
  const fields = fieldErrors(mutation.error);
  return (
    <form onSubmit={submit} noValidate className="stack">
      {target && (
        <Field
          label={t(target.label)}
          hint={t(target.hint)}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          error={fields[target.field]}
        />
      )}
      <Field
        label={t(change === 'close' ? 'admin.lifecycle.closeOn' : 'admin.lifecycle.on')}
        hint={t('admin.lifecycle.onHint')}
        placeholder="dd/mm/yyyy"
        inputMode="numeric"
        value={on}
        onChange={(event) => setOn(event.target.value)}
        error={dateError ?? fields.on}
      />
      {change !== 'rename' && <p className="notice">{t(`admin.lifecycle.warn.${change}`)}</p>}
      <FormError error={mutation.error} shownFields={[target?.field ?? '', 'on']} />
      <button
        type="submit"
        className={`button${change === 'rename' ? '' : ' button--danger'}`}
        disabled={mutation.isPending}
      >
        {t(`admin.lifecycle.submit.${change}`)}
      </button>
    </form>
  );
}

function History({ code }: { code: string }) {
  const { t } = useI18n();
  const history = useQuery({ queryKey: ['unit-history', code], queryFn: ({ signal }) => getUnitHistory(code, signal) });
  if (!history.data) return history.error ? <ErrorNotice error={history.error} /> : <Loading />;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{t('admin.history.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.history.from')}</th>
            <th scope="col">{t('admin.history.to')}</th>
            <th scope="col">{t('admin.history.name')}</th>
            <th scope="col">{t('admin.history.parent')}</th>
            <th scope="col">{t('admin.history.members')}</th>
          </tr>
        </thead>
        <tbody>
          {history.data.items.map((version, index) => (
            <tr key={index}>
              <td>{version.valid_from ? formatDate(version.valid_from) : t('admin.history.beginning')}</td>
              <td>{version.valid_to ? formatDate(version.valid_to) : t('admin.history.now')}</td>
              <td>{version.name}</td>
              <td>{version.parent_name ?? '—'}</td>
              <td>{formatNumber(version.members)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {history.data.successor_code && <p>{t('admin.history.successor', { code: history.data.successor_code })}</p>}
    </div>
  );
}

export function LifecyclePanel({ unit }: { unit: UnitDetail }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [change, setChange] = useState<Change | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const allowed = CHANGES.filter((c) =>
    c === 'rename' ? unit.permissions?.administer : unit.permissions?.restructure,
  );
  return (
    <section className="card" aria-labelledby="lifecycle-title">
      <h2 id="lifecycle-title">{t('admin.lifecycle.title')}</h2>
      {allowed.length > 0 && !unit.closed && (
        <div className="actions" role="group" aria-label={t('admin.lifecycle.title')}>
          {allowed.map((c) => (
            <button
              key={c}
              type="button"
              className="button button--secondary"
              aria-pressed={change === c}
              onClick={() => {
                setDone(null);
                setChange(change === c ? null : c);
              }}
            >
              {t(`admin.lifecycle.open.${c}`)}
            </button>
          ))}
        </div>
      )}
      {change && (
        <ChangeForm
          key={change}
          unit={unit}
          change={change}
          onDone={() => {
            setDone(t(`admin.lifecycle.done.${change}`));
            setChange(null);
            void client.invalidateQueries({ queryKey: ['unit'] });
            void client.invalidateQueries({ queryKey: ['unit-history', unit.code] });
            void client.invalidateQueries({ queryKey: ['unit-children'] });
          }}
        />
      )}
      {done && (
        <p className="notice notice--ok" role="status">
          {done}
        </p>
      )}
      <History code={unit.code} />
    </section>
  );
}
