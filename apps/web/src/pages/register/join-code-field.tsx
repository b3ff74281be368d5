/** The join code: given by the QR link (the unit's name shown), or typed and checked when the field is left. */
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error.ts';
import { getJoinUnit } from '../../api/auth-api.ts';
import { Field } from '../../components/form-field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

export function useJoinUnit(code: string) {
  return useQuery({
    queryKey: ['join', code],
    queryFn: ({ signal }) => getJoinUnit(code, signal),
    enabled: code.trim() !== '',
    retry: false,
  });
}

/** What went wrong with a code, in words beside the field. */
export function joinCodeProblem(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.fields.join_code ?? error.message;
}

interface Props {
  fromLink: string | null;
  typed: string;
  checked: string;
  onType(value: string): void;
  onCheck(): void;
  serverError?: string | undefined;
}

export function JoinCodeField({ fromLink, typed, checked, onType, onCheck, serverError }: Props) {
  const { t } = useI18n();
  const code = checked || fromLink || '';
  const byLink = fromLink !== null && code === fromLink;
  const unit = useJoinUnit(code);
  const problem = serverError ?? (unit.error && !byLink ? joinCodeProblem(unit.error) : undefined);

  if (byLink && unit.data) {
    return (
      <div className="join-unit" data-testid="join-unit">
        <p className="kicker">{t('auth.register.unitLabel')}</p>
        <p className="join-unit__name">{unit.data.unit.name}</p>
        {unit.data.unit.parent_name && <p className="muted">{unit.data.unit.parent_name}</p>}
      </div>
    );
  }
  return (
    <>
      {byLink && unit.isPending && <p role="status">{t('auth.register.checkingCode')}</p>}
      {byLink && unit.error && (
        <p className="notice notice--error" role="alert">
          {t('auth.register.badLink', { code: fromLink })}
        </p>
      )}
      {!(byLink && unit.isPending) && (
        <Field
          label={t('auth.register.joinCode')}
          hint={t('auth.register.joinCodeHint')}
          name="join_code"
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(event) => onType(event.target.value)}
          onBlur={onCheck}
          error={problem}
        />
      )}
      {!byLink && unit.data && (
        <p className="join-unit__found" role="status">
          {t('auth.register.unitFound', { unit: unit.data.unit.name })}
        </p>
      )}
    </>
  );
}
