/** The dashboard's cards with progress bars, and its lists: units behind, without submissions, backlog. */
import type { Dashboard } from '@sangkien/shared/schemas/dashboards';
import type { RankingBy } from '@sangkien/shared/schemas/units';
import { formatNumber, formatPercent } from '@sangkien/shared/format';
import { Link } from 'wouter';
import { ProgressBar } from '../../components/progress-bar.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { dashboardPath } from '../../lib/routes.ts';
import { formatFigure } from './children-table.tsx';

const CARDS: readonly RankingBy[] = [
  'submissions',
  'valid',
  'pending',
  'invalid',
  'quota_percent',
  'valid_quota_percent',
  'rate_percent',
  'grassroots_participating',
  'members_participating',
  'benefit_vnd_total',
];

export function FigureCards({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useI18n();
  const f = dashboard.figures;
  const cards = CARDS.filter((m) => !dashboard.unavailable.includes(m));
  return (
    <section className="card" aria-labelledby="dashboard-figures">
      <h2 id="dashboard-figures">{t('dashboard.figures')}</h2>
      <dl className="metric-cards">
        {cards.map((metric) => (
          <div key={metric} className="metric-card" data-metric={metric}>
            <dt>{t(`dashboard.card.${metric}` as 'dashboard.card.valid')}</dt>
            <dd>{formatFigure(metric, f[metric])}</dd>
          </div>
        ))}
        <div className="metric-card" data-metric="quota">
          <dt>{t('dashboard.card.quota')}</dt>
          <dd>{f.quota === null ? t('dashboard.noQuota') : formatNumber(f.quota)}</dd>
        </div>
      </dl>
      {f.quota !== null && f.quota > 0 && (
        <div className="progress-group">
          {(['submissions', 'valid'] as const).map((key) => (
            <div key={key}>
              <p>{t(`dashboard.progressLabel.${key}`)}</p>
              <ProgressBar
                value={f[key]}
                max={f.quota!}
                label={t(`dashboard.progressLabel.${key}`)}
                valueText={t('dashboard.progress', {
                  value: formatNumber(f[key]),
                  max: formatNumber(f.quota!),
                  percent: formatPercent(key === 'submissions' ? f.quota_percent : f.valid_quota_percent),
                })}
              />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

export function BehindLists({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useI18n();
  return (
    <div className="dashboard-lists">
      <section className="card" aria-labelledby="below-quota">
        <h2 id="below-quota">{t('dashboard.belowQuota')}</h2>
        {dashboard.below_quota.length === 0 ? (
          <p className="state">{t('dashboard.belowQuotaEmpty')}</p>
        ) : (
          <ul className="plain-list" data-list="below-quota">
            {dashboard.below_quota.map((u) => (
              <li key={u.code}>
                <Link href={dashboardPath(u.code)}>{u.name}</Link>{' '}
                {t('dashboard.belowQuotaItem', {
                  submissions: formatNumber(u.submissions),
                  quota: formatNumber(u.quota),
                  percent: formatPercent(u.quota_percent),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="without-submissions">
        <h2 id="without-submissions">{t('dashboard.without')}</h2>
        {dashboard.without_submissions.length === 0 ? (
          <p className="state">{t('dashboard.withoutEmpty')}</p>
        ) : (
          <ul className="plain-list" data-list="without">
            {dashboard.without_submissions.map((u) => (
              <li key={u.code}>
                <Link href={dashboardPath(u.code)}>{u.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="backlog">
        <h2 id="backlog">{t('dashboard.backlog')}</h2>
        <dl className="backlog">
          {dashboard.backlog.map((b) => (
            <div key={b.bucket} data-bucket={b.bucket}>
              <dt>{t(`dashboard.backlog.${b.bucket}`)}</dt>
              <dd>{formatNumber(b.pending)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
