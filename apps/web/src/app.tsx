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
const SubmitPage = lazy(() => import('./pages/submit/submit-page.tsx').then((m) => ({ default: m.SubmitPage })));
const MyInitiativesPage = lazy(() =>
  import('./pages/my-initiatives/my-initiatives-page.tsx').then((m) => ({ default: m.MyInitiativesPage })),
);
const InitiativePage = lazy(() =>
  import('./pages/my-initiatives/initiative-page.tsx').then((m) => ({ default: m.InitiativePage })),
);
const NotificationsPage = lazy(() =>
  import('./pages/notifications/notifications-page.tsx').then((m) => ({ default: m.NotificationsPage })),
);
const ReviewQueuePage = lazy(() =>
  import('./pages/review/review-queue-page.tsx').then((m) => ({ default: m.ReviewQueuePage })),
);
const ReviewDetailPage = lazy(() =>
  import('./pages/review/review-detail-page.tsx').then((m) => ({ default: m.ReviewDetailPage })),
);
const OnBehalfPage = lazy(() =>
  import('./pages/support/on-behalf-page.tsx').then((m) => ({ default: m.OnBehalfPage })),
);
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
          <Route path="/don-vi/:code/bang-theo-doi">{(params) => <DashboardPage code={params.code} />}</Route>
          <Route path="/don-vi/:code/chi-tieu">{(params) => <QuotasPage code={params.code} />}</Route>
          <Route path="/don-vi/:code">{(params) => <UnitPage code={params.code} />}</Route>
          <Route path="/nop-sang-kien">{() => <SubmitPage kind="short" />}</Route>
          <Route path="/nop-sang-kien/day-du">{() => <SubmitPage kind="full" />}</Route>
          <Route path="/sang-kien-cua-toi" component={MyInitiativesPage} />
          <Route path="/sang-kien/:code/sua">{(params) => <SubmitPage key={params.code} code={params.code} />}</Route>
          <Route path="/sang-kien/:code">{(params) => <InitiativePage code={params.code} />}</Route>
          <Route path="/thong-bao" component={NotificationsPage} />
          <Route path="/xet-duyet" component={ReviewQueuePage} />
          <Route path="/xet-duyet/:code">{(params) => <ReviewDetailPage key={params.code} code={params.code} />}</Route>
          <Route path="/ho-tro/nop-ho" component={OnBehalfPage} />
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
