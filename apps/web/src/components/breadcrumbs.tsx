import { Link } from 'wouter';
import { useI18n } from '../i18n/i18n.tsx';
import { HOME_PATH, unitPath } from '../lib/routes.ts';

interface BreadcrumbsProps {
  ancestors: ReadonlyArray<{ code: string; name: string }>;
  current: string;
}

/** Home, then the unit's ancestors from the root down, then the unit itself. */
export function Breadcrumbs({ ancestors, current }: BreadcrumbsProps) {
  const { t } = useI18n();
  return (
    <nav className="breadcrumbs" aria-label={t('unit.breadcrumbs')}>
      <ol>
        <li>
          <Link href={HOME_PATH}>{t('nav.home')}</Link>
        </li>
        {ancestors.map((unit) => (
          <li key={unit.code}>
            <Link href={unitPath(unit.code)}>{unit.name}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
