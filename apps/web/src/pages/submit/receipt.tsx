/** The receipt after submitting: the code and the time it was received. */
import { Link } from 'wouter';
import type { InitiativeDetail } from '@sangkien/shared/initiatives';
import { formatDateTime } from '@sangkien/shared/format';
import { useI18n } from '../../i18n/i18n.tsx';
import { initiativePath, MY_INITIATIVES_PATH, SUBMIT_PATH } from '../../lib/routes.ts';

export function Receipt({ detail }: { detail: InitiativeDetail }) {
  const { t } = useI18n();
  return (
    <section className="receipt" aria-labelledby="receipt-title" data-testid="receipt">
      <h2 id="receipt-title" tabIndex={-1}>
        {t('submit.receipt.title')}
      </h2>
      <dl>
        <dt>{t('submit.receipt.code')}</dt>
        <dd data-testid="receipt-code">{detail.code}</dd>
        <dt>{t('submit.receipt.time')}</dt>
        <dd data-testid="receipt-time">{formatDateTime(detail.submitted_at ?? detail.status_changed_at)}</dd>
        <dt>{t('submit.receipt.titleLabel')}</dt>
        <dd>{detail.title}</dd>
      </dl>
      <p>{t('submit.receipt.next')}</p>
      <p className="actions">
        <Link href={initiativePath(detail.code)} className="button">
          {t('submit.receipt.view')}
        </Link>
        <Link href={MY_INITIATIVES_PATH} className="button button--secondary">
          {t('nav.myInitiatives')}
        </Link>
        <a href={SUBMIT_PATH} className="button button--secondary">
          {t('submit.receipt.another')}
        </a>
      </p>
    </section>
  );
}
