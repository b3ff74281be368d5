/** `/sang-kien-tieu-bieu/:code`: one public initiative, with its preview image and share links. */
import './showcase.css';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { formatDate, formatMoney } from '@sangkien/shared/format';
import { getShowcaseItem } from '../../api/showcase-api.ts';
import { ErrorNotice, Loading } from '../../components/query-status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { SHOWCASE_PATH } from '../../lib/routes.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { OutstandingBadge } from './outstanding-badge.tsx';

export function ShowcaseItemPage({ code }: { code: string }) {
  const { t } = useI18n();
  const item = useQuery({ queryKey: ['showcase', code], queryFn: ({ signal }) => getShowcaseItem(code, signal) });
  useDocumentTitle(item.data ? `${item.data.title} — ${t('showcase.title')}` : t('showcase.title'));
  if (!item.data) {
    return item.error ? <ErrorNotice error={item.error} onRetry={() => void item.refetch()} /> : <Loading />;
  }
  const data = item.data;
  const url = `${window.location.origin}${data.url}`;
  return (
    <article className="showcase-item">
      <p>
        <Link href={SHOWCASE_PATH}>{t('showcase.back')}</Link>
      </p>
      <OutstandingBadge level={data.outstanding_level} recognised={data.recognised} />
      <h1>{data.title}</h1>
      <p>
        {t('showcase.authors')}: {data.authors.join(', ')} · {data.unit_name}
        {data.province_name ? `, ${data.province_name}` : ''}
      </p>
      <img
        className="showcase-item__image"
        src={data.image_url}
        width={1200}
        height={630}
        alt={t('showcase.imageAlt', { title: data.title })}
      />
      {data.field && (
        <p className="small">
          {t('showcase.field')}: {data.field}
        </p>
      )}
      {data.problem && (
        <section>
          <h2>{t('showcase.problem')}</h2>
          <p>{data.problem}</p>
        </section>
      )}
      {data.solution && (
        <section>
          <h2>{t('showcase.solution')}</h2>
          <p>{data.solution}</p>
        </section>
      )}
      {(data.benefit || data.benefit_vnd_year !== null) && (
        <section>
          <h2>{t('showcase.benefitTitle')}</h2>
          {data.benefit && <p>{data.benefit}</p>}
          {data.benefit_vnd_year !== null && (
            <p>{t('showcase.benefitYear', { amount: formatMoney(data.benefit_vnd_year) })}</p>
          )}
        </section>
      )}
      {data.awards.length > 0 && (
        <section>
          <h2>{t('showcase.awards')}</h2>
          <ul>
            {data.awards.map((a) => (
              <li key={`${a.decision_number}-${a.decided_on}`}>
                {t('showcase.award', { kind: a.kind_label, number: a.decision_number, date: formatDate(a.decided_on) })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="share">
        <h2>{t('showcase.share')}</h2>
        <p>
          <a
            href={`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`}
            rel="noopener"
            target="_blank"
          >
            Facebook
          </a>{' '}
          ·{' '}
          <a href={`https://sp.zalo.me/share_inline?url=${encodeURIComponent(url)}`} rel="noopener" target="_blank">
            Zalo
          </a>{' '}
          ·{' '}
          <button type="button" className="link-button" onClick={() => void navigator.clipboard?.writeText(url)}>
            {t('showcase.copyLink')}
          </button>
        </p>
      </section>
    </article>
  );
}
