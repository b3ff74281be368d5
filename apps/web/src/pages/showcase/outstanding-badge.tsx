import { useI18n } from '../../i18n/i18n.tsx';

type Level = 'grassroots' | 'district' | 'province' | 'national';

/** "Tiêu biểu cấp tỉnh" or "Được công nhận", above an initiative's title. */
export function OutstandingBadge({ level, recognised }: { level: Level | null; recognised: boolean }) {
  const { t } = useI18n();
  if (level) return <p className="badge badge--outstanding">{t(`showcase.level.${level}`)}</p>;
  if (recognised) return <p className="badge">{t('showcase.recognised')}</p>;
  return null;
}
