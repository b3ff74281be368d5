/** `/quan-tri`: the units the admin looks after, as a tree and by search; the audit log. */
import '../../styles/admin.css';
import { useQueries } from '@tanstack/react-query';
import { Link } from 'wouter';
import type { Me } from '../../api/auth-api.ts';
import { getUnit } from '../../api/public-api.ts';
import { ErrorNotice, Loading } from '../../components/query-status.tsx';
import { RequireSignIn } from '../../components/require-sign-in.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { AUDIT_PATH } from '../../lib/routes.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { UnitSearch } from './unit-search.tsx';
import { UnitTree } from './unit-tree.tsx';
import { addAdminMessages } from '../../i18n/vi/on-demand.ts';

addAdminMessages();

/** The units the account holds a role on, each once: the tops of what it may browse. */
export function scopeRoots(me: Me): string[] {
  return [...new Set(me.roles.map((role) => role.unit_code))];
}

function Tree({ me }: { me: Me }) {
  const { t } = useI18n();
  const codes = scopeRoots(me);
  const roots = useQueries({
    queries: codes.map((code) => ({
      queryKey: ['unit', code],
      queryFn: ({ signal }: { signal: AbortSignal }) => getUnit(code, signal),
    })),
  });
  if (codes.length === 0) return <p className="card empty-state">{t('admin.home.noRoles')}</p>;
  const failed = roots.find((root) => root.error);
  if (failed?.error) return <ErrorNotice error={failed.error} onRetry={() => void failed.refetch()} />;
  if (roots.some((root) => !root.data)) return <Loading />;
  return (
    <section className="card" aria-labelledby="tree-title">
      <h2 id="tree-title">{t('admin.tree.title')}</h2>
      <p className="small muted">{t('admin.tree.help')}</p>
      <UnitTree roots={roots.map((root) => root.data!)} label={t('admin.tree.title')} />
    </section>
  );
}

export function AdminHomePage() {
  const { t } = useI18n();
  useDocumentTitle(t('admin.home.documentTitle'));
  return (
    <RequireSignIn>
      {(me) => (
        <>
          <header className="page-intro">
            <h1>{t('admin.home.title')}</h1>
            <p>
              <Link href={AUDIT_PATH}>{t('admin.audit.title')}</Link>
            </p>
          </header>
          <div className="admin-grid">
            <UnitSearch />
            <Tree me={me} />
          </div>
        </>
      )}
    </RequireSignIn>
  );
}
