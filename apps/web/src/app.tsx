/** Routes. The landing page ships in the main bundle; every other page loads when first visited. */
import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { AppShell } from './components/app-shell.tsx';
import { Loading } from './components/query-status.tsx';
import { LandingPage } from './pages/landing/landing-page.tsx';

const UnitPage = lazy(() => import('./pages/unit/unit-page.tsx').then((m) => ({ default: m.UnitPage })));
const SignInPage = lazy(() => import('./pages/sign-in/sign-in-page.tsx').then((m) => ({ default: m.SignInPage })));
const RegisterPage = lazy(() =>
  import('./pages/register/register-page.tsx').then((m) => ({ default: m.RegisterPage })),
);
const AccountPage = lazy(() => import('./pages/account/account-page.tsx').then((m) => ({ default: m.AccountPage })));
const AdminHomePage = lazy(() =>
  import('./pages/admin/admin-home-page.tsx').then((m) => ({ default: m.AdminHomePage })),
);
const UnitAdminPage = lazy(() =>
  import('./pages/admin/unit-admin-page.tsx').then((m) => ({ default: m.UnitAdminPage })),
);
const MemberImportPage = lazy(() =>
  import('./pages/admin/member-import-page.tsx').then((m) => ({ default: m.MemberImportPage })),
);
const JoinSheetPage = lazy(() =>
  import('./pages/admin/join-sheet-page.tsx').then((m) => ({ default: m.JoinSheetPage })),
);
const AuditPage = lazy(() => import('./pages/admin/audit-page.tsx').then((m) => ({ default: m.AuditPage })));
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
          <Route path="/dang-nhap" component={SignInPage} />
          <Route path="/dang-ky" component={RegisterPage} />
          <Route path="/tai-khoan" component={AccountPage} />
          <Route path="/quan-tri" component={AdminHomePage} />
          <Route path="/quan-tri/nhat-ky" component={AuditPage} />
          <Route path="/quan-tri/don-vi/:code">{(params) => <UnitAdminPage code={params.code} />}</Route>
          <Route path="/quan-tri/don-vi/:code/nhap-doan-vien">
            {(params) => <MemberImportPage code={params.code} />}
          </Route>
          <Route path="/quan-tri/don-vi/:code/in-ma-tham-gia">{(params) => <JoinSheetPage code={params.code} />}</Route>
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </AppShell>
  );
}
