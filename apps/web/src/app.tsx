/** Routes. The landing page ships in the main bundle; every other page loads when first visited. */
import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { AppShell } from './components/app-shell.tsx';
import { Loading } from './components/query-status.tsx';
import { LandingPage } from './pages/landing/landing-page.tsx';

const UnitPage = lazy(() => import('./pages/unit/unit-page.tsx').then((m) => ({ default: m.UnitPage })));
const ShowcasePage = lazy(() =>
  import('./pages/showcase/showcase-page.tsx').then((m) => ({ default: m.ShowcasePage })),
);
const ShowcaseItemPage = lazy(() =>
  import('./pages/showcase/showcase-item-page.tsx').then((m) => ({ default: m.ShowcaseItemPage })),
);
const UnitCouncilsPage = lazy(() =>
  import('./pages/councils/unit-councils-page.tsx').then((m) => ({ default: m.UnitCouncilsPage })),
);
const CouncilPage = lazy(() => import('./pages/councils/council-page.tsx').then((m) => ({ default: m.CouncilPage })));
const OutstandingPage = lazy(() =>
  import('./pages/councils/outstanding-page.tsx').then((m) => ({ default: m.OutstandingPage })),
);
const NotFoundPage = lazy(() =>
  import('./pages/not-found/not-found-page.tsx').then((m) => ({ default: m.NotFoundPage })),
);

export function App() {
  return (
    <AppShell>
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path="/" component={LandingPage} />
          <Route path="/don-vi/:code">{(params) => <UnitPage code={params.code} />}</Route>
          <Route path="/don-vi/:code/hoi-dong">{(params) => <UnitCouncilsPage code={params.code} />}</Route>
          <Route path="/don-vi/:code/tieu-bieu">{(params) => <OutstandingPage code={params.code} />}</Route>
          <Route path="/hoi-dong/:id">{(params) => <CouncilPage id={Number(params.id)} />}</Route>
          <Route path="/sang-kien-tieu-bieu" component={ShowcasePage} />
          <Route path="/sang-kien-tieu-bieu/:code">{(params) => <ShowcaseItemPage code={params.code} />}</Route>
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </AppShell>
  );
}
