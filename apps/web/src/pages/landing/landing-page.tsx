/** `/`: the public face of the programme: live counter (pushed by SSE), current phase, ranking of the top level, weekly leaders. */
import { useLiveStats } from '../../api/queries.ts';
import { ErrorNotice, Loading } from '../../components/query-status.tsx';
import { RankingPanel } from '../../components/ranking-panel.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { EmptyProgramme } from './empty-programme.tsx';
import { LiveCounter } from './live-counter.tsx';
import { PhaseSummary } from './phase-summary.tsx';
import { useLiveStream } from './live-stream.ts';
import { WeeklyLeaders } from './weekly-leaders.tsx';

export function LandingPage() {
  const { t } = useI18n();
  useDocumentTitle(t('landing.documentTitle'));
  const live = useLiveStats();
  const pushed = useLiveStream();

  // A failed refresh keeps the last figures on screen; only a first failure replaces them.
  if (!live.data) {
    return live.error ? <ErrorNotice error={live.error} onRetry={() => void live.refetch()} /> : <Loading />;
  }
  const stats = live.data;
  if (!stats.programme) return <EmptyProgramme />;

  return (
    <>
      <header className="page-intro">
        <p className="kicker">{t('landing.programme')}</p>
        <h1>{stats.programme.name}</h1>
      </header>
      <div className="landing-grid">
        <LiveCounter stats={stats} />
        {stats.phase && <PhaseSummary phase={stats.phase} now={stats.as_of} submissions={stats.phase_submissions} />}
      </div>
      {stats.root && stats.phase && <RankingPanel unit={stats.root} phase={stats.phase} />}
      {pushed?.leaders && <WeeklyLeaders leaders={pushed.leaders} />}
    </>
  );
}
