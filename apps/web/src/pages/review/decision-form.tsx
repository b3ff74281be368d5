/** Decide one initiative: valid, invalid or returned for correction, with a reason and comments per field. */
import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { InitiativeDetail } from '@sangkien/shared/initiatives';
import { ApiError } from '../../api/api-error.ts';
import { transitionInitiative } from '../../api/initiatives-api.ts';
import { Field } from '../../components/form/field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { fieldLabel } from '../submit/field-label.ts';
import { ReasonPicker, reasonRequired, type DecisionTo } from './reason-picker.tsx';

const COMMENTABLE = ['title', 'problem', 'solution', 'benefit', 'benefit_vnd', 'field_code', 'authors', 'attachments'];

export function DecisionForm({ detail, reviewerUnit }: { detail: InitiativeDetail; reviewerUnit: string | null }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const choices = (['valid', 'needs_revision', 'invalid', 'in_review'] as const).filter((to) =>
    detail.can.transitions.includes(to),
  );
  const [chosen, setTo] = useState<DecisionTo>(choices[0] ?? 'valid');
  // After a decision the choices change (in_review → valid…): fall back to the first that works.
  const to = choices.includes(chosen as (typeof choices)[number]) ? chosen : (choices[0] ?? 'valid');
  const [reason, setReason] = useState('');
  const [comments, setComments] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (choices.length === 0)
    return (
      <div className="card">
        <p className="muted">{t('review.decision.none')}</p>
        <p role="status" data-testid="decision-done">
          {done}
        </p>
      </div>
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (reasonRequired(to) && reason.trim() === '') {
      setErrors({ reason: t('review.reason.missing') });
      document.getElementById('decision-reason')?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    const fieldComments = Object.fromEntries(Object.entries(comments).filter(([, text]) => text.trim() !== ''));
    try {
      const next = await transitionInitiative(detail.code, {
        to,
        reason: reason.trim() || null,
        field_comments: to === 'needs_revision' && Object.keys(fieldComments).length > 0 ? fieldComments : null,
      });
      queryClient.setQueryData(['initiative', detail.code], next);
      void queryClient.invalidateQueries({ queryKey: ['review-queue'] });
      setDone(t('review.decision.done', { status: t(`status.${next.status}`) }));
      setReason('');
      setComments({});
    } catch (e) {
      if (e instanceof ApiError) setErrors({ ...e.fields, form: e.message });
      else setErrors({ form: t('error.network') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} className="card" aria-labelledby="decide-title" noValidate>
      <h2 id="decide-title">{t('review.decision.title')}</h2>
      <fieldset className="group">
        <legend>{t('review.decision.to')}</legend>
        {choices.map((choice) => (
          <label key={choice} className="checkbox">
            <input type="radio" name="to" value={choice} checked={to === choice} onChange={() => setTo(choice)} />{' '}
            {t(`review.to.${choice}`)}
          </label>
        ))}
      </fieldset>
      <ReasonPicker
        id="decision-reason"
        to={to}
        unit={reviewerUnit}
        reason={reason}
        onChange={setReason}
        error={errors.reason}
      />
      {to === 'needs_revision' && (
        <fieldset className="group">
          <legend>{t('review.comments.legend')}</legend>
          <p className="field__hint">{t('review.comments.hint')}</p>
          {COMMENTABLE.map((name) => (
            <Field
              key={name}
              id={`comment-${name}`}
              label={fieldLabel(name, t)}
              error={errors[`field_comments.${name}`]}
            >
              {(aria) => (
                <input
                  {...aria}
                  value={comments[name] ?? ''}
                  onChange={(e) => setComments((c) => ({ ...c, [name]: e.target.value }))}
                />
              )}
            </Field>
          ))}
        </fieldset>
      )}
      {errors.form && (
        <p className="field__error" role="alert">
          {errors.form}
        </p>
      )}
      <button type="submit" className="button" disabled={busy}>
        {t('review.decision.save')}
      </button>
      <p role="status" data-testid="decision-done">
        {done}
      </p>
    </form>
  );
}
