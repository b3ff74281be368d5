/** The decision's reason: typed, or taken from the unit's templates for that decision (and kept as one). */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { addReasonTemplate, getReasonTemplates } from '../../api/review-api.ts';
import { Field } from '../../components/form/field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

export type DecisionTo = 'in_review' | 'valid' | 'invalid' | 'needs_revision';

export function reasonRequired(to: DecisionTo): boolean {
  return to === 'invalid' || to === 'needs_revision';
}

interface Props {
  id: string;
  to: DecisionTo;
  unit: string | null;
  reason: string;
  onChange(reason: string): void;
  error?: string | undefined;
}

export function ReasonPicker({ id, to, unit, reason, onChange, error }: Props) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState<string | null>(null);
  const templates = useQuery({
    queryKey: ['reason-templates', unit],
    queryFn: ({ signal }) => getReasonTemplates(unit!, signal),
    enabled: unit !== null,
    retry: false,
    staleTime: 5 * 60_000,
  });
  const mine = (templates.data ?? []).filter((tpl) => tpl.to === to);
  const keep = async () => {
    if (!unit || to === 'in_review' || reason.trim() === '') return;
    try {
      await addReasonTemplate(unit, { to, text: reason.trim() });
      setSaved(t('review.reason.kept'));
      void queryClient.invalidateQueries({ queryKey: ['reason-templates', unit] });
    } catch {
      setSaved(t('review.reason.keepFailed'));
    }
  };
  return (
    <>
      {mine.length > 0 && (
        <Field id={`${id}-template`} label={t('review.reason.template')}>
          {(aria) => (
            <select {...aria} value="" onChange={(e) => e.target.value && onChange(e.target.value)}>
              <option value="">{t('review.reason.templatePick')}</option>
              {mine.map((tpl) => (
                <option key={tpl.id} value={tpl.text}>
                  {tpl.text}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field
        id={id}
        label={reasonRequired(to) ? t('review.reason.required') : t('review.reason.optional')}
        error={error}
        required={reasonRequired(to)}
      >
        {(aria) => <textarea {...aria} rows={3} value={reason} onChange={(e) => onChange(e.target.value)} />}
      </Field>
      {unit && to !== 'in_review' && reason.trim() !== '' && !mine.some((tpl) => tpl.text === reason.trim()) && (
        <p>
          <button type="button" className="link-button" onClick={() => void keep()}>
            {t('review.reason.keep')}
          </button>{' '}
          <span role="status">{saved}</span>
        </p>
      )}
    </>
  );
}
