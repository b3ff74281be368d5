/** An initiative's status with its glossary label (Hợp lệ, Yêu cầu bổ sung, …). */
import type { InitiativeStatus } from '@sangkien/shared/enums';
import { useI18n } from '../i18n/i18n.tsx';

export function StatusBadge({ status }: { status: InitiativeStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge--${status}`} data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}
