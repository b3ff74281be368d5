/** `/hoi-dong/:id`: a council's members, the initiatives before it, scoring and results. */
import '../showcase/showcase.css';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { councilsApi } from '../../api/councils-api.ts';
import { apiRequest } from '../../api/client.ts';
import { ErrorNotice, Loading } from '../../components/query-status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { FormError } from './form-error.tsx';
import { ReviewCard } from './review-card.tsx';
import { addCouncilMessages } from '../../i18n/vi/on-demand.ts';

addCouncilMessages();

function OpenReviewForm({ councilId }: { councilId: number }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [code, setCode] = useState('');
  const open = useMutation({
    mutationFn: () => councilsApi.openReview(councilId, code.trim()),
    onSuccess: () => {
      setCode('');
      return client.invalidateQueries({ queryKey: ['council-reviews', councilId] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    open.mutate();
  };
  return (
    <form className="card stack" onSubmit={submit}>
      <label>
        {t('councils.initiativeCode')}
        <input required value={code} onChange={(e) => setCode(e.target.value)} />
      </label>
      <FormError error={open.error} />
      <button type="submit" className="button" disabled={open.isPending}>
        {t('councils.openReview')}
      </button>
    </form>
  );
}

export function CouncilPage({ id }: { id: number }) {
  const { t } = useI18n();
  const council = useQuery({ queryKey: ['council', id], queryFn: () => councilsApi.get(id) });
  const reviews = useQuery({ queryKey: ['council-reviews', id], queryFn: () => councilsApi.reviews(id) });
  const me = useQuery({
    queryKey: ['me'],
    queryFn: () => apiRequest<{ account: { id: number } }>('/me'),
  });
  useDocumentTitle(council.data?.name ?? t('councils.title'));
  if (!council.data) {
    return council.error ? <ErrorNotice error={council.error} onRetry={() => void council.refetch()} /> : <Loading />;
  }
  const data = council.data;
  return (
    <>
      <header className="page-intro">
        <p className="kicker">{data.unit.name}</p>
        <h1>{data.name}</h1>
        <p className="small">{data.programme ? data.programme.name : t('councils.standing')}</p>
      </header>
      <section className="card">
        <h2>{t('councils.members')}</h2>
        <ul>
          {data.members.map((m) => (
            <li key={m.account_id}>
              {m.display_name} — {m.position_label}
            </li>
          ))}
        </ul>
        <p className="small">
          {t('councils.criteriaLine', {
            criteria: data.criteria.map((c) => `${c.label} (${c.max_points})`).join(', '),
          })}
        </p>
        <p className="small">{t('councils.independence')}</p>
      </section>
      <h2>{t('councils.reviews')}</h2>
      {!reviews.data && (reviews.error ? <ErrorNotice error={reviews.error} /> : <Loading />)}
      {reviews.data && reviews.data.items.length === 0 && <p className="card empty-state">{t('councils.noReviews')}</p>}
      {reviews.data && (
        <ul className="stack">
          {reviews.data.items.map((review) => (
            <ReviewCard key={review.id} council={data} review={review} accountId={me.data?.account.id ?? null} />
          ))}
        </ul>
      )}
      <OpenReviewForm councilId={id} />
    </>
  );
}
