/** One initiative before the council: progress, the member's scoring sheet, and the results once closed. */
import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Council, CouncilReview } from '@sangkien/shared/schemas/councils';
import { formatDate, formatDecimal, formatNumber } from '@sangkien/shared/format';
import { councilsApi } from '../../api/councils-api.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FormError } from './form-error.tsx';

function ScoreForm({ council, review }: { council: Council; review: CouncilReview }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const mine = review.my_sheet;
  const [points, setPoints] = useState<Record<string, string>>(
    Object.fromEntries(council.criteria.map((c) => [c.key, mine ? String(mine.points[c.key] ?? '') : ''])),
  );
  const [recognise, setRecognise] = useState<boolean | null>(mine ? mine.recognise : null);
  const score = useMutation({
    mutationFn: () =>
      councilsApi.score(council.id, review.id, {
        points: Object.fromEntries(Object.entries(points).map(([k, v]) => [k, Number(v)])),
        recognise: recognise === true,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['council-reviews', council.id] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    score.mutate();
  };
  const total = Object.values(points).reduce((sum, v) => sum + (Number(v) || 0), 0);
  return (
    <form className="stack" onSubmit={submit} aria-label={t('councils.sheetFor', { title: review.initiative.title })}>
      <h4>{t('councils.sheet')}</h4>
      {council.criteria.map((c) => (
        <label key={c.key}>
          {t('councils.criterion', { label: c.label, max: c.max_points })}
          <input
            type="number"
            inputMode="numeric"
            min={0}
            max={c.max_points}
            required
            value={points[c.key] ?? ''}
            onChange={(e) => setPoints({ ...points, [c.key]: e.target.value })}
          />
        </label>
      ))}
      <p data-testid="sheet-total">{t('councils.total', { total: formatNumber(total), max: council.max_total })}</p>
      <fieldset>
        <legend>{t('councils.recogniseQuestion')}</legend>
        <label className="checkbox">
          <input
            type="radio"
            name={`recognise-${review.id}`}
            checked={recognise === true}
            onChange={() => setRecognise(true)}
            required
          />
          {t('councils.yes')}
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name={`recognise-${review.id}`}
            checked={recognise === false}
            onChange={() => setRecognise(false)}
          />
          {t('councils.no')}
        </label>
      </fieldset>
      <FormError error={score.error} />
      {mine && <p role="status">{t('councils.submitted', { total: formatNumber(mine.total) })}</p>}
      <button type="submit" className="button" disabled={score.isPending}>
        {mine ? t('councils.resubmit') : t('councils.submit')}
      </button>
    </form>
  );
}

function CloseForm({ council, review }: { council: Council; review: CouncilReview }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [decision, setDecision] = useState('');
  const close = useMutation({
    mutationFn: () => councilsApi.close(council.id, review.id, decision.trim()),
    onSuccess: () => client.invalidateQueries({ queryKey: ['council-reviews', council.id] }),
  });
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        close.mutate();
      }}
    >
      <label>
        {t('councils.decisionNumber')}
        <input value={decision} onChange={(e) => setDecision(e.target.value)} />
      </label>
      <FormError error={close.error} />
      <button type="submit" className="button button--secondary" disabled={close.isPending}>
        {t('councils.close')}
      </button>
    </form>
  );
}

function Results({ council, review }: { council: Council; review: CouncilReview }) {
  const { t } = useI18n();
  return (
    <>
      <p role="status" data-testid="review-decision">
        {review.recognised
          ? t('councils.recognised', { votes: review.recognise_votes ?? 0, eligible: review.eligible })
          : t('councils.notRecognised', { votes: review.recognise_votes ?? 0, eligible: review.eligible })}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('councils.results')}>
        <table>
          <caption>{t('councils.results')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('councils.member')}</th>
              {council.criteria.map((c) => (
                <th key={c.key} scope="col">
                  {c.label}
                </th>
              ))}
              <th scope="col">{t('councils.totalHeader')}</th>
              <th scope="col">{t('councils.vote')}</th>
            </tr>
          </thead>
          <tbody>
            {(review.sheets ?? []).map((s) => (
              <tr key={s.account_id}>
                <th scope="row">{s.display_name}</th>
                {council.criteria.map((c) => (
                  <td key={c.key}>{formatNumber(s.points[c.key] ?? 0)}</td>
                ))}
                <td>{formatNumber(s.total)}</td>
                <td>{s.recognise ? t('councils.yes') : t('councils.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {review.average_total !== null && (
        <p>{t('councils.average', { average: formatDecimal(review.average_total), max: council.max_total })}</p>
      )}
      <p>
        <a href={councilsApi.documentUrl(council.id, review.id, 'minutes')} download>
          {t('councils.minutes')}
        </a>
        {review.recognised && (
          <>
            {' · '}
            <a href={councilsApi.documentUrl(council.id, review.id, 'certificate')} download>
              {t('councils.certificate')}
            </a>
          </>
        )}
      </p>
    </>
  );
}

export function ReviewCard({
  council,
  review,
  accountId,
}: {
  council: Council;
  review: CouncilReview;
  accountId: number | null;
}) {
  const { t } = useI18n();
  const closed = review.closed_at !== null;
  const recused = review.recused.some((r) => r.account_id === accountId);
  return (
    <li className="card stack" data-testid={`review-${review.initiative.code}`}>
      <h3>
        {review.initiative.title} <span className="muted small">({review.initiative.code})</span>
      </h3>
      <p className="small">
        {review.initiative.authors.join(', ')} · {review.initiative.unit_name}
      </p>
      {review.deadline && (
        <p className={review.overdue ? 'notice' : 'small'}>
          {review.overdue
            ? t('councils.overdue', { date: formatDate(new Date(Date.parse(review.deadline) - 1)) })
            : t('councils.deadline', { date: formatDate(new Date(Date.parse(review.deadline) - 1)) })}
        </p>
      )}
      <p className="small">
        {t('councils.progress', {
          submitted: review.submitted,
          eligible: review.eligible,
          needed: review.votes_needed,
        })}
      </p>
      {review.recused.length > 0 && (
        <p className="small">
          {t('councils.recused', { names: review.recused.map((r) => r.display_name).join(', ') })}
        </p>
      )}
      {!closed && council.is_member && !recused && <ScoreForm council={council} review={review} />}
      {!closed && recused && <p className="notice">{t('councils.youAreRecused')}</p>}
      {!closed && <CloseForm council={council} review={review} />}
      {closed && <Results council={council} review={review} />}
    </li>
  );
}
