/** `/don-vi/:code/bang-theo-doi`: a unit's live dashboard for a phase or a campaign. */
import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import type { RankingBy } from '@sangkien/shared/schemas/units';
import { formatDate, formatDateTime } from '@sangkien/shared/format';
import { ApiError } from '../../api/api-error.ts';
import { getClusterRanking, getDashboard } from '../../api/dashboard-api.ts';
import { ErrorNotice, Loading } from '../../components/query-status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { quotasPath, unitPath } from '../../lib/routes.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { ChildrenTable } from './children-table.tsx';
import { DailyChart } from './daily-chart.tsx';
import { BehindLists, FigureCards } from './dashboard-panels.tsx';
import { RankHistory } from './rank-history.tsx';
import { DashboardDownloads } from './dashboard-downloads.tsx';
import '../../styles/dashboard.css';
import { addDashboardMessages } from '../../i18n/vi/on-demand.ts';

addDashboardMessages();

export function DashboardPage({ code }: { code: string }) {
  const { t } = useI18n();
  const [phase, setPhase] = useState<string | undefined>();
  const [campaign, setCampaign] = useState<string | undefined>();
  const [by, setBy] = useState<RankingBy>('submissions');
  const [cluster, setCluster] = useState<string>('');
  const params = { phase, campaign, by };
  const dashboard = useQuery({
    queryKey: ['dashboard', code, phase, campaign, by],
    queryFn: ({ signal }) => getDashboard(code, params, signal),
    placeholderData: keepPreviousData,
  });
  const clusterRanking = useQuery({
    queryKey: ['cluster-ranking', code, cluster, phase, campaign, by],
    queryFn: ({ signal }) => getClusterRanking(code, cluster, params, signal),
    enabled: cluster !== '',
  });
  useDocumentTitle(t('dashboard.documentTitle', { unit: dashboard.data?.unit.name ?? code }));

  if (!dashboard.data) {
    if (dashboard.error instanceof ApiError && dashboard.error.code === 'not_found') {
      return <ErrorNotice error={dashboard.error} />;
    }
    return dashboard.error ? (
      <ErrorNotice error={dashboard.error} onRetry={() => void dashboard.refetch()} />
    ) : (
      <Loading />
    );
  }
  const d = dashboard.data;
  const current = d.phases.find((p) => p.code === d.phase.code);
  const between = d.movement_between;
  return (
    <>
      <header className="page-intro">
        <p className="kicker">{t('dashboard.kicker')}</p>
        <h1>
          <Link href={unitPath(d.unit.code)}>{d.unit.name}</Link>
        </h1>
        <p className="muted">{t('dashboard.asOf', { time: formatDateTime(d.as_of) })}</p>
        <p>
          <Link href={quotasPath(d.unit.code)}>{t('dashboard.quotasLink')}</Link>
        </p>
      </header>
      <form className="pickers card" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('dashboard.phase')}
          <select
            name="phase"
            value={d.phase.code}
            onChange={(e) => {
              setPhase(e.target.value);
              setCampaign(undefined);
            }}
          >
            {d.phases.map((p) => (
              <option key={p.code} value={p.code}>
                {`${p.name} (${formatDate(p.starts_at)} – ${formatDate(new Date(Date.parse(p.ends_at) - 1))})`}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dashboard.campaign')}
          <select
            name="campaign"
            value={d.campaign?.code ?? ''}
            onChange={(e) => {
              setCampaign(e.target.value || undefined);
              if (e.target.value && d.unavailable.length === 0) setBy('submissions');
            }}
          >
            <option value="">{t('dashboard.wholePhase')}</option>
            {(current?.campaigns ?? []).map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        {d.clusters.length > 0 && (
          <label>
            {t('dashboard.cluster')}
            <select name="cluster" value={cluster} onChange={(e) => setCluster(e.target.value)}>
              <option value="">{t('dashboard.clusterNone')}</option>
              {d.clusters.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </form>
      <FigureCards dashboard={d} />
      <section className="card" aria-labelledby="children-ranking" aria-busy={dashboard.isPlaceholderData}>
        <h2 id="children-ranking">{t('dashboard.children')}</h2>
        {!d.campaign && (
          <p className="muted" data-movement-note>
            {between === null
              ? t('dashboard.movementNone')
              : between.previous === null
                ? t('dashboard.movementOne', { latest: formatDateTime(between.latest) })
                : t('dashboard.movementBetween', {
                    latest: formatDateTime(between.latest),
                    previous: formatDateTime(between.previous),
                  })}
          </p>
        )}
        {d.children.length === 0 ? (
          <p className="state">{t('dashboard.noChildren')}</p>
        ) : (
          <ChildrenTable
            items={d.children}
            by={d.by}
            unavailable={d.unavailable}
            onSort={setBy}
            caption={t('dashboard.childrenCaption', {
              metric: t(`dashboard.card.${d.by}` as 'dashboard.card.valid'),
            })}
          />
        )}
      </section>
      {cluster && clusterRanking.data && (
        <section className="card" aria-labelledby="cluster-ranking">
          <h2 id="cluster-ranking">
            {t('dashboard.clusterTitle', { cluster: clusterRanking.data.cluster?.name ?? '' })}
          </h2>
          <ChildrenTable
            items={clusterRanking.data.items}
            by={clusterRanking.data.by}
            unavailable={clusterRanking.data.unavailable}
            onSort={setBy}
            caption={t('dashboard.clusterTitle', { cluster: clusterRanking.data.cluster?.name ?? '' })}
          />
        </section>
      )}
      <div className="dashboard-charts">
        <section className="card" aria-labelledby="daily-chart">
          <h2 id="daily-chart">{t('dashboard.daily')}</h2>
          <DailyChart days={d.daily} />
        </section>
        <section className="card" aria-labelledby="rank-history">
          <h2 id="rank-history">{t('dashboard.history')}</h2>
          <RankHistory code={d.unit.code} phase={d.phase.code} />
        </section>
      </div>
      <BehindLists dashboard={d} />
      <DashboardDownloads code={d.unit.code} phase={d.phase.code} />
    </>
  );
}
