import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { lazy, Suspense } from 'react';
import { corral } from '../lib/api';
import { FullPageSpinner } from '../lib/ui/full-page-spinner';
import { NotFound } from './routes/not-found';
import { RequireAuth } from './routes/require-auth';
import { RouteError } from './routes/route-error';

/**
 * The shell (sidebar, app bar, user menu) loads only once RequireAuth lets a user in: a signed-out
 * visitor's first load, the login page, needs none of it. A React.lazy element rather than the
 * route's `lazy`, which react-router would resolve for every matched route before RequireAuth
 * could redirect.
 */
const loadAppLayout = () => import('./layout/app-layout').then(({ AppLayout }) => ({ default: AppLayout }));
// A stored session is most likely let in: fetch the shell beside the session check, not after it.
if (corral.tokens.refreshToken) void loadAppLayout();
const AppLayout = lazy(loadAppLayout);

function AppShell() {
  return (
    <Suspense fallback={<FullPageSpinner />}>
      <AppLayout />
    </Suspense>
  );
}

/**
 * Every page of the SPA. Feature pages load lazily: each module under
 * `features/<name>/routes/` exports its page as `Component` (react-router's lazy convention),
 * so a feature replaces its page file without touching this list.
 */
export const routes: RouteObject[] = [
  {
    HydrateFallback: FullPageSpinner,
    ErrorBoundary: RouteError,
    children: [
      { path: '/login', lazy: () => import('../features/auth/routes/login') },
      { path: '/forgot-password', lazy: () => import('../features/auth/routes/forgot-password') },
      // The links of the account emails (apps/api auth/account-emails.ts).
      { path: '/reset-password', lazy: () => import('../features/auth/routes/reset-password') },
      { path: '/set-password', lazy: () => import('../features/auth/routes/set-password') },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <AppShell />,
            ErrorBoundary: RouteError,
            children: [
              { index: true, element: <Navigate to="/dashboard" replace /> },
              { path: 'dashboard', lazy: () => import('../features/dashboard/routes/dashboard') },
              { path: 'contacts', lazy: () => import('../features/contacts/routes/contacts') },
              { path: 'contacts/import', lazy: () => import('../features/contacts/routes/import') },
              { path: 'contacts/:id', lazy: () => import('../features/contacts/routes/contact') },
              { path: 'companies', lazy: () => import('../features/companies/routes/companies') },
              { path: 'companies/:id', lazy: () => import('../features/companies/routes/company') },
              { path: 'deals', lazy: () => import('../features/deals/routes/deals') },
              { path: 'deals/:dealId', lazy: () => import('../features/deals/routes/deal') },
              { path: 'templates', lazy: () => import('../features/templates/routes/templates') },
              { path: 'templates/new', lazy: () => import('../features/templates/routes/template-editor') },
              { path: 'templates/:id', lazy: () => import('../features/templates/routes/template-editor') },
              { path: 'segments', lazy: () => import('../features/segments/routes/segments') },
              { path: 'segments/new', lazy: () => import('../features/segments/routes/segment-builder') },
              { path: 'segments/:id/edit', lazy: () => import('../features/segments/routes/segment-builder') },
              { path: 'segments/:id', lazy: () => import('../features/segments/routes/segment') },
              { path: 'campaigns', lazy: () => import('../features/campaigns/routes/campaigns') },
              { path: 'campaigns/new', lazy: () => import('../features/campaigns/routes/campaign-builder') },
              { path: 'campaigns/suppressions', lazy: () => import('../features/campaigns/routes/suppressions') },
              { path: 'campaigns/:id/edit', lazy: () => import('../features/campaigns/routes/campaign-builder') },
              { path: 'campaigns/:id', lazy: () => import('../features/campaigns/routes/campaign-report') },
              { path: 'workflows', lazy: () => import('../features/workflows/routes/workflows') },
              { path: 'workflows/new', lazy: () => import('../features/workflows/routes/workflow-builder') },
              { path: 'workflows/:workflowId', lazy: () => import('../features/workflows/routes/workflow-builder') },
              { path: 'workflows/:workflowId/executions', lazy: () => import('../features/workflows/routes/workflow-executions') },
              {
                path: 'settings',
                lazy: () => import('../features/settings/routes/settings'),
                // One tab per child; a feature adds its section here and to SETTINGS_TABS.
                children: [
                  { index: true, element: <Navigate to="users" replace /> },
                  { path: 'users', lazy: () => import('../features/settings/routes/users') },
                  { path: 'fields', lazy: () => import('../features/settings/routes/fields') },
                  { path: 'pipelines', lazy: () => import('../features/deals/routes/pipelines-settings') },
                  { path: 'email', lazy: () => import('../features/campaigns/routes/email-settings') },
                  { path: 'api-keys', lazy: () => import('../features/settings/routes/api-keys') },
                  { path: 'webhooks', lazy: () => import('../features/webhooks/routes/webhooks-settings') },
                ],
              },
              { path: '*', element: <NotFound /> },
            ],
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
