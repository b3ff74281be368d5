/** ↑2 / ↓1 / mới, with the words for screen readers. */
import type { Movement } from '@sangkien/shared/schemas/rankings';
import { useI18n } from '../../i18n/i18n.tsx';

export function MovementBadge({ movement }: { movement: Movement | null }) {
  const { t } = useI18n();
  if (!movement || movement.rank === null) return <span aria-hidden="true">–</span>;
  if (movement.new) return <span className="movement movement--new">{t('dashboard.new')}</span>;
  if (movement.change === null) return <span aria-hidden="true">–</span>;
  if (movement.change === 0) {
    return (
      <span className="movement" aria-label={t('dashboard.same')}>
        =
      </span>
    );
  }
  const up = movement.change > 0;
  const n = Math.abs(movement.change);
  return (
    <span
      className={up ? 'movement movement--up' : 'movement movement--down'}
      aria-label={t(up ? 'dashboard.up' : 'dashboard.down', { n })}
    >
      {up ? '↑' : '↓'}
      {n}
    </span>
  );
}
