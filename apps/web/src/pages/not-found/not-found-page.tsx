import { Link } from 'wouter';
import { useI18n } from '../../i18n/i18n.tsx';
import { HOME_PATH } from '../../lib/routes.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';

export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t('notFound.documentTitle'));
  return (
    <section className="card empty-state" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link href={HOME_PATH} className="button">
          {t('notFound.home')}
        </Link>
      </p>
    </section>
  );
}
