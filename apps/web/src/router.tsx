import type { Permission } from '@yunju/contracts';
import type { ComponentType } from 'react';
import { createBrowserRouter, data, redirect, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { setUnauthenticatedHandler } from './api.ts';
import { FullPageSpin } from './components/full-page-spin.tsx';
import { RouteError } from './components/route-error.tsx';
import { endSession, forgetUserData, sessionQuery } from './features/auth/session.ts';
import { loginPath, safeNextPath } from './format.ts';
import { queryClient } from './query-client.ts';

/** Every page is its own chunk: the login page must not carry the rest of the app. */
const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({ Component: (await load()).default });

const pathOf = (request: Request) => {
  const url = new URL(request.url);
  return url.pathname + url.search;
};

/** Signed in already: go where the user was headed. */
async function loginLoader({ request }: LoaderFunctionArgs) {
  const session = await queryClient.ensureQueryData(sessionQuery);
  if (session) throw redirect(safeNextPath(new URL(request.url).searchParams.get('next')));
  return null;
}

/** The signed-in area: a session is required, and a password that must change comes first. */
async function appLoader({ request }: LoaderFunctionArgs) {
  const session = await queryClient.ensureQueryData(sessionQuery);
  const path = pathOf(request);
  if (!session) throw redirect(loginPath(path));
  if (session.user.mustChangePassword && new URL(request.url).pathname !== '/account/password') {
    throw redirect(path === '/' ? '/account/password' : `/account/password?next=${encodeURIComponent(path)}`);
  }
  return null;
}

/** The menu hides what a role cannot do; this stops a typed or bookmarked URL (403 page). */
const requirePermission = (permission: Permission) => async () => {
  const session = await queryClient.ensureQueryData(sessionQuery);
  if (session && !session.user.permissions.includes(permission)) throw data(null, { status: 403 });
  return null;
};
/** Any one of the permissions (engagements: `match.read`, or a talent's `engagement.answer_own`). */
const requireAnyPermission = (...permissions: Permission[]) => async () => {
  const session = await queryClient.ensureQueryData(sessionQuery);
  if (session && !permissions.some((p) => session.user.permissions.includes(p))) throw data(null, { status: 403 });
  return null;
};

const routes: RouteObject[] = [
  {
    path: '/login',
    loader: loginLoader,
    lazy: page(() => import('./features/auth/login-page.tsx')),
    HydrateFallback: FullPageSpin,
    ErrorBoundary: RouteError,
  },
  {
    // Public (no login): anyone holding a file and its receipt verifies a safe-box deposit here.
    // The address printed on the deposit certificate (YUNJU_SAFEBOX_VERIFY_URL), with ?receipt=<sha256>&index=<n>.
    path: '/safebox/verify',
    lazy: page(() => import('./features/safebox/verify-page.tsx')),
    HydrateFallback: FullPageSpin,
    ErrorBoundary: RouteError,
  },
  {
    id: 'app',
    path: '/',
    loader: appLoader,
    // Re-check on every navigation (cheap: the session is cached) so the forced password change holds.
    shouldRevalidate: () => true,
    lazy: page(() => import('./features/shell/app-layout.tsx')),
    HydrateFallback: FullPageSpin,
    ErrorBoundary: RouteError,
    children: [
      { index: true, lazy: page(() => import('./features/workbench/workbench-page.tsx')), ErrorBoundary: RouteError },
      {
        path: 'audit',
        loader: requirePermission('audit.read'),
        lazy: page(() => import('./features/audit/audit-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'enterprises',
        loader: requirePermission('enterprise.read_all'),
        lazy: page(() => import('./features/enterprises/enterprise-list-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'enterprises/:id',
        loader: requirePermission('enterprise.read'),
        lazy: page(() => import('./features/enterprises/enterprise-detail-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'enterprises/corrections',
        loader: requirePermission('enterprise.manage'),
        lazy: page(() => import('./features/enterprises/corrections-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'cultivation',
        loader: requirePermission('cultivation.read'),
        lazy: page(() => import('./features/enterprises/cultivation-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'coverage',
        loader: requirePermission('coverage.read'),
        lazy: page(() => import('./features/coverage/coverage-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'coverage/fishbone',
        loader: requirePermission('coverage.read'),
        lazy: page(() => import('./features/coverage/fishbone-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'coverage/tasks',
        loader: requirePermission('coverage.read'),
        lazy: page(() => import('./features/coverage/tasks-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'coverage/assessment',
        loader: requirePermission('coverage.read'),
        lazy: page(() => import('./features/coverage/assessment-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'hall',
        loader: requirePermission('catalogue.read'),
        lazy: page(() => import('./features/catalogue/hall-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'hall/items/:id',
        loader: requirePermission('catalogue.read'),
        lazy: page(() => import('./features/catalogue/hall-item-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'hall/resources/:id',
        loader: requirePermission('catalogue.read'),
        lazy: page(() => import('./features/catalogue/hall-resource-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'catalogue',
        loader: requirePermission('catalogue.manage'),
        lazy: page(() => import('./features/catalogue/catalogue-manage-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'cases',
        loader: requirePermission('case.read'),
        lazy: page(() => import('./features/cases/cases-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'cases/new',
        loader: requirePermission('case.submit'),
        lazy: page(() => import('./features/cases/case-new-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'cases/walk-in',
        loader: requirePermission('case.register_walk_in'),
        lazy: page(() => import('./features/cases/case-walk-in-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'cases/stats',
        loader: requirePermission('case.supervise'),
        lazy: page(() => import('./features/cases/case-stats-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'cases/:id',
        loader: requirePermission('case.read'),
        lazy: page(() => import('./features/cases/case-detail-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'supervision',
        loader: requirePermission('case.supervise'),
        lazy: page(() => import('./features/cases/supervision-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'matching',
        loader: requirePermission('match.read'),
        lazy: page(() => import('./features/matching/matching-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'matching/new',
        loader: requirePermission('demand.post'),
        lazy: page(() => import('./features/matching/demand-new-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'matching/demands/:id',
        loader: requirePermission('match.read'),
        lazy: page(() => import('./features/matching/demand-detail-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'matching/engagements',
        loader: requirePermission('engagement.answer_own'),
        lazy: page(() => import('./features/matching/talent-engagements-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'matching/engagements/:id',
        loader: requireAnyPermission('match.read', 'engagement.answer_own'),
        lazy: page(() => import('./features/matching/engagement-detail-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'matching/profile',
        loader: requirePermission('profile.edit_own'),
        lazy: page(() => import('./features/matching/expert-profile-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'matching/talent-profile',
        loader: requirePermission('talent.edit_own'),
        lazy: page(() => import('./features/matching/talent-profile-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'matching/outcomes',
        loader: requirePermission('match.outcomes'),
        lazy: page(() => import('./features/matching/outcomes-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'matching/outcomes/records',
        loader: requirePermission('match.outcomes'),
        lazy: page(() => import('./features/matching/outcome-records-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'inbox',
        loader: requirePermission('inbox.read'),
        lazy: page(() => import('./features/inbox/inbox-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'safebox',
        loader: requirePermission('safebox.read_own'),
        lazy: page(() => import('./features/safebox/deposits-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'safebox/new',
        loader: requirePermission('safebox.deposit'),
        lazy: page(() => import('./features/safebox/deposit-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'safebox/deposits/:id',
        loader: requirePermission('safebox.read_own'),
        lazy: page(() => import('./features/safebox/deposit-detail-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'safebox/notary',
        loader: requirePermission('safebox.notarise'),
        lazy: page(() => import('./features/safebox/notary-queue-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'safebox/notary/:id',
        loader: requirePermission('safebox.notarise'),
        lazy: page(() => import('./features/safebox/notary-review-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'safebox/notary-keys',
        loader: requirePermission('safebox.manage_notary_keys'),
        lazy: page(() => import('./features/safebox/notary-keys-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'settings/calendar',
        loader: requirePermission('calendar.manage'),
        lazy: page(() => import('./features/calendar/calendar-page.tsx')),
        ErrorBoundary: RouteError,
      },
      {
        path: 'account/password',
        loader: requirePermission('account.change_password'),
        lazy: page(() => import('./features/auth/change-password-page.tsx')),
        ErrorBoundary: RouteError,
      },
      { path: '*', lazy: page(() => import('./features/shell/not-found-page.tsx')), ErrorBoundary: RouteError },
    ],
  },
];

export const router = createBrowserRouter(routes);

// A 401 from any request but login/me: the session ended (idle timeout, password changed
// elsewhere). Go to the login page and come back here afterwards.
setUnauthenticatedHandler(() => {
  const here = window.location.pathname + window.location.search;
  if (window.location.pathname === '/login') return;
  endSession();
  void router.navigate(loginPath(here), { replace: true, state: { sessionExpired: true } }).then(forgetUserData);
});
