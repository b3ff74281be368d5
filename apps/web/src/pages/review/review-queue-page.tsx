/** Xét duyệt: the reviewer's queue with filters, sorting, paging, keyboard and bulk decisions. */
import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { formatNumber } from '@sangkien/shared/format';
import { ApiError } from '../../api/api-error.ts';
import { useMe } from '../../api/member-queries.ts';
import { getReviewQueue, type QueueFilters } from '../../api/review-api.ts';
import { ErrorNotice, Loading } from '../../components/query-status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import '../../styles/forms.css';
import '../../styles/review.css';
import { SignInNeeded } from '../submit/sign-in-needed.tsx';
import { BulkDecision, BulkResult } from './bulk-decision.tsx';
import type { BulkDecisionResult } from '@sangkien/shared/initiatives-review';
import { DEFAULT_FILTERS, QueueFiltersForm } from './queue-filters.tsx';
import { QueueTable } from './queue-table.tsx';
import { addReviewMessages } from '../../i18n/vi/on-demand.ts';

addReviewMessages();

const PAGE_SIZE = 50;

export function ReviewQueuePage() {
  const { t } = useI18n();
  useDocumentTitle(t('review.title'));
  const me = useMe();
  const [filters, setFilters] = useState<QueueFilters>(DEFAULT_FILTERS);
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkResult, setBulkResult] = useState<BulkDecisionResult | null>(null);
  const queue = useQuery({
    queryKey: ['review-queue', filters, offset],
    queryFn: ({ signal }) => getReviewQueue(filters, { limit: PAGE_SIZE, offset }, signal),
    placeholderData: keepPreviousData,
    retry: false,
  });
  const reviewerUnit =
    filters.unit || me.data?.roles.find((r) => r.role === 'reviewer' || r.role === 'admin')?.unit_code || null;

  const toggle = (code: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });
  const items = queue.data?.items ?? [];
  const toggleAll = () =>
    setSelected((s) => (items.every((i) => s.has(i.code)) ? new Set() : new Set(items.map((i) => i.code))));

  let body;
  if (queue.isPending) body = <Loading />;
  else if (queue.isError)
    body =
      queue.error instanceof ApiError && queue.error.status === 401 ? (
        <SignInNeeded draftKept={false} />
      ) : (
        <ErrorNotice error={queue.error} onRetry={() => void queue.refetch()} />
      );
  else if (queue.data.total === 0) body = <p className="state">{t('review.empty')}</p>;
  else {
    const { total } = queue.data;
    body = (
      <>
        <p role="status" data-testid="queue-total">
          {t('review.range', {
            from: formatNumber(offset + 1),
            to: formatNumber(Math.min(total, offset + items.length)),
            total: formatNumber(total),
          })}
        </p>
        <QueueTable items={items} selected={selected} onToggle={toggle} onToggleAll={toggleAll} />
        <nav className="actions" aria-label={t('review.paging')}>
          <button
            type="button"
            className="button button--secondary"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
          >
            {t('review.prev')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={offset + PAGE_SIZE >= total}
            onClick={() => setOffset(offset + PAGE_SIZE)}
          >
            {t('review.next')}
          </button>
        </nav>
      </>
    );
  }

  return (
    <div className="review-page">
      <h1>{t('review.title')}</h1>
      <QueueFiltersForm
        value={filters}
        onApply={(next) => {
          setFilters(next);
          setOffset(0);
          setSelected(new Set());
        }}
      />
      {selected.size > 0 && (
        <BulkDecision
          codes={[...selected]}
          unit={reviewerUnit}
          onDone={(result) => {
            setBulkResult(result);
            setSelected(new Set());
          }}
        />
      )}
      <BulkResult result={bulkResult} />
      {body}
    </div>
  );
}
