/**
 * The queue as a table a keyboard can drive: j/k or arrows move, x selects, Enter opens.
 * Focus sits on the row's title link, so screen readers read it; a live region says the rest.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { Link, useLocation } from 'wouter';
import type { ReviewQueueItem } from '@sangkien/shared/initiatives-review';
import { formatDate, formatNumber } from '@sangkien/shared/format';
import { StatusBadge } from '../../components/status-badge.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { reviewDetailPath } from '../../lib/routes.ts';

interface Props {
  items: ReviewQueueItem[];
  selected: Set<string>;
  onToggle(code: string): void;
  onToggleAll(): void;
}

export function QueueTable({ items, selected, onToggle, onToggleAll }: Props) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const [active, setActive] = useState(0);
  const [said, setSaid] = useState('');
  const links = useRef<Array<HTMLAnchorElement | null>>([]);

  const move = (index: number) => {
    const next = Math.max(0, Math.min(items.length - 1, index));
    setActive(next);
    links.current[next]?.focus();
    const item = items[next];
    if (item) setSaid(t('review.kb.position', { n: next + 1, total: items.length }));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'checkbox') return;
    const item = items[active];
    switch (event.key) {
      case 'j':
      case 'ArrowDown':
        event.preventDefault();
        move(active + 1);
        break;
      case 'k':
      case 'ArrowUp':
        event.preventDefault();
        move(active - 1);
        break;
      case 'x':
        if (!item) return;
        event.preventDefault();
        onToggle(item.code);
        setSaid(t(selected.has(item.code) ? 'review.kb.unselected' : 'review.kb.selected', { title: item.title }));
        break;
      case 'Enter':
        if (!item || target.tagName === 'A') return;
        event.preventDefault();
        navigate(reviewDetailPath(item.code));
        break;
    }
  };

  return (
    <div className="table-scroll" onKeyDown={onKeyDown}>
      <p id="queue-keys" className="muted">
        {t('review.kb.help')}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="queue-announce">
        {said}
      </p>
      <table className="queue" aria-describedby="queue-keys" data-testid="review-queue">
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label={t('review.selectAll')}
                checked={items.length > 0 && items.every((i) => selected.has(i.code))}
                onChange={onToggleAll}
              />
            </th>
            <th scope="col">{t('review.col.title')}</th>
            <th scope="col">{t('review.col.unit')}</th>
            <th scope="col">{t('review.col.submitted')}</th>
            <th scope="col">{t('review.col.waiting')}</th>
            <th scope="col">{t('review.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => (
            <tr
              key={item.code}
              data-code={item.code}
              className={`${index === active ? 'queue__row--active' : ''} ${selected.has(item.code) ? 'queue__row--selected' : ''}`}
              aria-selected={selected.has(item.code)}
            >
              <td>
                <input
                  type="checkbox"
                  aria-label={t('review.select', { title: item.title })}
                  checked={selected.has(item.code)}
                  onChange={() => onToggle(item.code)}
                  onFocus={() => setActive(index)}
                />
              </td>
              <td>
                <Link
                  href={reviewDetailPath(item.code)}
                  ref={(el: HTMLAnchorElement | null) => {
                    links.current[index] = el;
                  }}
                  onFocus={() => setActive(index)}
                  className="item-list__title"
                >
                  {item.title}
                </Link>
                <br />
                <span className="muted">
                  {item.code}
                  {item.main_author && ` · ${item.main_author}`}
                  {item.field_name && ` · ${item.field_name}`}
                  {item.attachments_count > 0 && ` · ${t('review.attachments', { count: item.attachments_count })}`}
                </span>
                {item.similar_to.length > 0 && (
                  <span className="similar">{t('review.similar', { code: item.similar_to[0]!.code })}</span>
                )}
              </td>
              <td>{item.unit.name}</td>
              <td>{item.submitted_at ? formatDate(item.submitted_at) : '—'}</td>
              <td>{t('review.days', { count: formatNumber(item.waiting_days) })}</td>
              <td>
                <StatusBadge status={item.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
