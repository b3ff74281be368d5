/** The leaders of the latest weekly snapshot (frozen every Friday 17:00). */
import type { LandingData } from '@sangkien/shared/schemas/landing';
import { formatDateTime, formatNumber } from '@sangkien/shared/format';
import { Link } from 'wouter';
import { useI18n } from '../../i18n/i18n.tsx';
import { unitPath } from '../../lib/routes.ts';

export function WeeklyLeaders({ leaders }: { leaders: NonNullable<LandingData['leaders']> }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="weekly-leaders">
      <h2 id="weekly-leaders">{t('landing.leaders')}</h2>
      <p className="muted">{t('landing.leadersAsOf', { time: formatDateTime(leaders.taken_at) })}</p>
      <ol className="plain-list" data-testid="weekly-leaders">
        {leaders.items.map((item) => (
          <li key={item.code}>
            {`${item.rank}. `}
            <Link href={unitPath(item.code)}>{item.name}</Link>
            {` — ${formatNumber(item.submissions)}`}
          </li>
        ))}
      </ol>
    </section>
  );
}
