import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '../app/provider';
import { routes } from '../app/router';
import type { FakeApi } from './fake-api';

interface RenderAppOptions {
  api: FakeApi;
  /** Stored tokens at start, as after an earlier login. */
  session?: { accessToken: string; refreshToken: string };
  /**
   * Defaults to one that never retries and treats every answer as stale at once. Pass the app's
   * own (`createQueryClient()`) where the test is about what a page shows from the cache.
   */
  queryClient?: QueryClient;
}

/** Renders the whole SPA at `path`, talking to `api` through the real api-client. */
export function renderApp(path: string, { api, session, queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }) }: RenderAppOptions) {
  localStorage.clear();
  if (session) {
    localStorage.setItem('corral.accessToken', session.accessToken);
    localStorage.setItem('corral.refreshToken', session.refreshToken);
  }
  globalThis.fetch = api.fetch as typeof fetch;
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  // No pause between keystrokes: typing into MUI inputs in jsdom is slow enough on a shared 2-core machine.
  const user = userEvent.setup({ delay: null });
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, user, router };
}
