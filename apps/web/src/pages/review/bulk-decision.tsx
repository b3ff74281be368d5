/** One decision for every selected initiative, with a reason (required for invalid and needs_revision). */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { BulkDecisionResult } from '@sangkien/shared/initiatives-review';
import { formatNumber } from '@sangkien/shared/format';
import { ApiError } from '../../api/api-error.ts';
import { decideInBulk } from '../../api/review-api.ts';
import { Field } from '../../components/form/field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { ReasonPicker, reasonRequired, type DecisionTo } from './reason-picker.tsx';

const TARGETS: DecisionTo[] = ['valid', 'needs_revision', 'invalid', 'in_review'];

interface Props {
  codes: string[];
  unit: string | null;
  onDone(result: BulkDecisionResult): void;
}

export function BulkDecision({ codes, unit, onDone }: Props) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [to, setTo] = useState<DecisionTo>('valid');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const apply = async () => {
    setError(undefined);
    if (reasonRequired(to) && reason.trim() === '') {
      setError(t('review.reason.missing'));
      document.getElementById('bulk-reason')?.focus();
      return;
    }
    setBusy(true);
    try {
      const done = await decideInBulk({ codes, to, reason: reason.trim() || null });
      setReason('');
      void queryClient.invalidateQueries({ queryKey: ['review-queue'] });
      onDone(done);
    } catch (e) {
      setError(e instanceof ApiError ? (e.fields.reason ?? e.message) : t('error.network'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="bulk card" aria-labelledby="bulk-title" data-testid="bulk-decision">
      <h2 id="bulk-title">{t('review.bulk.title', { count: formatNumber(codes.length) })}</h2>
      <Field id="bulk-to" label={t('review.decision.to')}>
        {(aria) => (
          <select {...aria} value={to} onChange={(e) => setTo(e.target.value as DecisionTo)}>
            {TARGETS.map((target) => (
              <option key={target} value={target}>
                {t(`review.to.${target}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ReasonPicker id="bulk-reason" to={to} unit={unit} reason={reason} onChange={setReason} error={error} />
      <button type="button" className="button" disabled={busy || codes.length === 0} onClick={() => void apply()}>
        {busy ? t('review.bulk.applying') : t('review.bulk.apply', { count: formatNumber(codes.length) })}
      </button>
    </section>
  );
}

/** What the last bulk decision did, kept on screen after the selection is cleared. */
export function BulkResult({ result }: { result: BulkDecisionResult | null }) {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite" data-testid="bulk-result">
      {result && (
        <>
          <p>
            {t('review.bulk.result', { applied: formatNumber(result.applied), skipped: formatNumber(result.skipped) })}
          </p>
          <ul>
            {result.results
              .filter((r) => !r.ok)
              .slice(0, 20)
              .map((r) => (
                <li key={r.code}>
                  {r.code}: {r.error?.message}
                </li>
              ))}
          </ul>
        </>
      )}
    </div>
  );
}
