/** `/don-vi/:code`: one unit's figures for the current phase and the ranking of its children. */
import { Link } from 'wouter';
import { ApiError } from '../../api/api-error.ts';
import { useLiveStats, useUnit } from '../../api/queries.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { ErrorNotice, Loading } from '../../components/query-status.tsx';
import { RankingPanel } from '../../components/ranking-panel.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { HOME_PATH, unitPath } from '../../lib/routes.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { UnitFigures } from './unit-figures.tsx';

function UnitNotFound({ code }: { code: string }) {
  const { t } = useI18n();
  return (
    <section className="card empty-state">
      <h1>{t('unit.notFound', { code })}</h1>
      <p>
        <Link href={HOME_PATH}>{t('notFound.home')}</Link>
      </p>
    </section>
  );
}

export function UnitPage({ code }: { code: string }) {
  const { t } = useI18n();
  const unit = useUnit(code);
  const live = useLiveStats();
  useDocumentTitle(t('unit.documentTitle', { unit: unit.data?.name ?? code }));

  if (!unit.data) {
    if (unit.error instanceof ApiError && unit.error.code === 'not_found') return <UnitNotFound code={code} />;
    return unit.error ? <ErrorNotice error={unit.error} onRetry={() => void unit.refetch()} /> : <Loading />;
  }
  const detail = unit.data;
  const phase = live.data?.phase;

  return (
    <>
      <Breadcrumbs ancestors={detail.ancestors} current={detail.name} />
      <header className="page-intro">
        <p className="kicker">{t(`unitKind.${detail.kind}`)}</p>
        <h1>{detail.name}</h1>
        {detail.successor_code && (
          <p className="notice">
            {t('unit.merged')} <Link href={unitPath(detail.successor_code)}>{detail.successor_code}</Link>
          </p>
        )}
      </header>
      {!live.data &&
        (live.error ? <ErrorNotice error={live.error} onRetry={() => void live.refetch()} /> : <Loading />)}
      {live.data && !phase && <p className="state">{t('unit.noPhase')}</p>}
      {phase && <UnitFigures code={detail.code} phase={phase} />}
      {phase && detail.children_count > 0 && (
        <RankingPanel unit={{ code: detail.code, name: detail.name }} phase={phase} />
      )}
    </>
  );
}
