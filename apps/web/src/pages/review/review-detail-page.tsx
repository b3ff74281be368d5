/** One initiative as a reviewer sees it: content, attachments, near-duplicates, history, and the decision. */
import { Link } from 'wouter';
import { formatDateTime, formatPercent } from '@sangkien/shared/format';
import { useInitiative, useMe } from '../../api/member-queries.ts';
import { ErrorNotice, Loading } from '../../components/query-status.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { REVIEW_PATH, reviewDetailPath } from '../../lib/routes.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import '../../styles/forms.css';
import '../../styles/review.css';
import { InitiativeContent } from '../my-initiatives/initiative-content.tsx';
import { InitiativeHistory } from '../my-initiatives/initiative-history.tsx';
import { DecisionForm } from './decision-form.tsx';
import { addReviewMessages } from '../../i18n/vi/on-demand.ts';

addReviewMessages();

export function ReviewDetailPage({ code }: { code: string }) {
  const { t } = useI18n();
  const detail = useInitiative(code);
  const me = useMe();
  useDocumentTitle(detail.data?.title ?? t('review.title'));
  if (detail.isPending) return <Loading />;
  if (detail.isError) return <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />;
  const d = detail.data;
  const reviewerUnit = me.data?.roles.find((r) => r.role === 'reviewer' || r.role === 'admin')?.unit_code ?? null;
  return (
    <article className="review-page">
      <p>
        <Link href={REVIEW_PATH}>← {t('review.back')}</Link>
      </p>
      <h1>{d.title}</h1>
      <p>
        <StatusBadge status={d.status} /> <span className="muted">{d.code}</span>
        {d.submitted_at && (
          <span className="muted"> · {t('my.submittedAt', { time: formatDateTime(d.submitted_at) })}</span>
        )}
      </p>
      <p>
        <a href={`/api/v1/initiatives/${encodeURIComponent(d.code)}/request-form.docx`} download>
          {t('detail.requestForm')}
        </a>
      </p>
      {d.similar_to.length > 0 && (
        <section className="comment" aria-labelledby="similar-title" data-testid="similar">
          <h2 id="similar-title">{t('review.similarTitle')}</h2>
          <ul>
            {d.similar_to.map((s) => (
              <li key={s.code}>
                <Link href={reviewDetailPath(s.code)}>
                  {s.code}: {s.title}
                </Link>{' '}
                <span className="muted">({t('review.similarScore', { score: formatPercent(s.score * 100, 0) })})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="review-layout">
        <div>
          <InitiativeContent detail={d} />
          <h2>{t('detail.history')}</h2>
          <InitiativeHistory history={d.history} />
        </div>
        <div>
          <DecisionForm detail={d} reviewerUnit={reviewerUnit} />
        </div>
      </div>
    </article>
  );
}
