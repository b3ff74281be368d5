/** Routes. The landing page ships in the main bundle; every other page loads when first visited. */
import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { AppShell } from './components/app-shell.tsx';
import { Loading } from './components/query-status.tsx';
import { LandingPage } from './pages/landing/landing-page.tsx';

const UnitPage = lazy(() => import('./pages/unit/unit-page.tsx').then((m) => ({ default: m.UnitPage })));
const DashboardPage = lazy(() =>
  import('./pages/dashboard/dashboard-page.tsx').then((m) => ({ default: m.DashboardPage })),
);
const QuotasPage = lazy(() => import('./pages/quotas/quotas-page.tsx').then((m) => ({ default: m.QuotasPage })));
const NotFoundPage = lazy(() =>
  import('./pages/not-found/not-found-page.tsx').then((m) => ({ default: m.NotFoundPage })),
);

export function App() {
  return (
    <AppShell>
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path="/" component={LandingPage} />
          <Route path="/don-vi/:code/bang-theo-doi">{(params) => <DashboardPage code={params.code} />}</Route>
          <Route path="/don-vi/:code/chi-tieu">{(params) => <QuotasPage code={params.code} />}</Route>
          <Route path="/don-vi/:code">{(params) => <UnitPage code={params.code} />}</Route>
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </AppShell>
  );
}
