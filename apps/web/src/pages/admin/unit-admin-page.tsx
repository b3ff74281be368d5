/** `/quan-tri/don-vi/:code`: one unit for its admins — join code, roles, roster, lifecycle and history. */
import '../../styles/admin.css';
import { Link } from 'wouter';
import { ApiError } from '../../api/api-error.ts';
import type { Me } from '../../api/auth-api.ts';
import { useUnit } from '../../api/queries.ts';
import { ErrorNotice, Loading } from '../../components/query-status.tsx';
import { RequireSignIn } from '../../components/require-sign-in.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { ADMIN_PATH, adminUnitPath, AUDIT_PATH, unitPath } from '../../lib/routes.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { JoinCodePanel } from './join-code-panel.tsx';
import { LifecyclePanel } from './lifecycle-panel.tsx';
import { RolesPanel } from './roles-panel.tsx';
import { RosterPanel } from './roster-panel.tsx';
import { addAdminMessages } from '../../i18n/vi/on-demand.ts';

addAdminMessages();

export function NotInScope({ code }: { code: string }) {
  const { t } = useI18n();
  return (
    <section className="card empty-state" role="alert">
      <h1>{t('admin.unit.notFound', { code })}</h1>
      <p>{t('admin.unit.notFoundBody')}</p>
      <p>
        <Link href={ADMIN_PATH}>{t('admin.home.back')}</Link>
      </p>
    </section>
  );
}

function UnitAdmin({ code, me }: { code: string; me: Me }) {
  const { t } = useI18n();
  const unit = useUnit(code);
  useDocumentTitle(t('admin.unit.documentTitle', { unit: unit.data?.name ?? code }));
  if (!unit.data) {
    if (unit.error instanceof ApiError && unit.error.code === 'not_found') return <NotInScope code={code} />;
    return unit.error ? <ErrorNotice error={unit.error} onRetry={() => void unit.refetch()} /> : <Loading />;
  }
  const detail = unit.data;
  const permissions = detail.permissions;
  // Ancestors above the admin's own units are not theirs to open: the trail starts at the first one they hold.
  const roleUnits = new Set(me.roles.map((role) => role.unit_code));
  const first = detail.ancestors.findIndex((ancestor) => roleUnits.has(ancestor.code));
  const trail = first === -1 ? [] : detail.ancestors.slice(first);
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('unit.breadcrumbs')}>
        <ol>
          <li>
            <Link href={ADMIN_PATH}>{t('admin.home.title')}</Link>
          </li>
          {trail.map((ancestor) => (
            <li key={ancestor.code}>
              <Link href={adminUnitPath(ancestor.code)}>{ancestor.name}</Link>
            </li>
          ))}
          <li aria-current="page">{detail.name}</li>
        </ol>
      </nav>
      <header className="page-intro">
        <p className="kicker">
          {t(`unitKind.${detail.kind}`)} · {detail.code}
        </p>
        <h1>{detail.name}</h1>
        {detail.closed && <p className="notice">{t('admin.unit.closedNotice')}</p>}
        <p className="actions">
          <Link href={unitPath(detail.code)}>{t('admin.unit.figures')}</Link>
          {permissions?.administer && (
            <Link href={`${AUDIT_PATH}?don-vi=${encodeURIComponent(detail.code)}`}>{t('admin.audit.title')}</Link>
          )}
        </p>
      </header>
      <div className="stack">
        {detail.kind === 'grassroots' && detail.join_code && <JoinCodePanel unit={detail} />}
        {permissions?.administer && <RolesPanel unit={detail} />}
        {permissions?.read_roster && <RosterPanel unit={detail} />}
        <LifecyclePanel unit={detail} />
      </div>
    </>
  );
}

export function UnitAdminPage({ code }: { code: string }) {
  return <RequireSignIn>{(me) => <UnitAdmin code={code} me={me} />}</RequireSignIn>;
}
