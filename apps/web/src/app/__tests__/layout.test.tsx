import { screen, within } from '@testing-library/react';
import { FakeApi, makeUser, problem, tokenPair } from '../../testing/fake-api';
import { renderApp } from '../../testing/render-app';

const maya = makeUser({ name: 'Maya Manager', email: 'maya@example.com', role: 'manager' });
const session = { accessToken: 'access-0', refreshToken: 'refresh-0' };

const SIDEBAR = [
  ['Dashboard', '/dashboard'],
  ['Contacts', '/contacts'],
  ['Companies', '/companies'],
  ['Deals', '/deals'],
  ['Templates', '/templates'],
  ['Segments', '/segments'],
  ['Campaigns', '/campaigns'],
  ['Workflows', '/workflows'],
  ['Settings', '/settings'],
];

describe('app layout', () => {
  it('shows the sidebar, the user and their role, and marks the page in view', async () => {
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: maya } });
    const { user } = renderApp('/dashboard', { api, session });

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    for (const [label, href] of SIDEBAR) expect(within(nav).getByRole('link', { name: label })).toHaveAttribute('href', href);
    expect(within(nav).getByRole('link', { name: 'Dashboard' })).toHaveClass('Mui-selected');
    const account = screen.getByRole('button', { name: 'Account menu for Maya Manager Manager' });
    expect(account).toHaveTextContent('Manager');
    expect(api.callsTo('GET /api/auth/me')[0].authorization).toBe('Bearer access-0');

    await user.click(within(nav).getByRole('link', { name: 'Settings' }));
    expect(await screen.findByRole('heading', { name: 'Settings', level: 1 })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Settings' })).toHaveClass('Mui-selected');
    expect(within(nav).getByRole('link', { name: 'Dashboard' })).not.toHaveClass('Mui-selected');
  });

  it('logs out: revokes the refresh token, forgets the tokens and shows the login page', async () => {
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: maya }, 'POST /api/auth/logout': { status: 204 } });
    const { user, router } = renderApp('/dashboard', { api, session });

    await user.click(await screen.findByRole('button', { name: 'Account menu for Maya Manager Manager' }));
    await user.click(screen.getByRole('menuitem', { name: 'Log out' }));

    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(api.callsTo('POST /api/auth/logout').map((c) => c.body)).toEqual([{ refreshToken: 'refresh-0' }]);
    expect(localStorage.getItem('corral.accessToken')).toBeNull();
    expect(localStorage.getItem('corral.refreshToken')).toBeNull();
  });

  it('refreshes an expired access token and carries on', async () => {
    const api = new FakeApi({ 'POST /api/auth/refresh': { status: 200, body: tokenPair(maya, 2) } });
    api.on('GET /api/auth/me', (req) => (req.authorization === 'Bearer access-2' ? { status: 200, body: maya } : { status: 401, body: problem(401, 'Unauthorized') }));
    renderApp('/no-such-page', { api, session });

    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(api.callsTo('POST /api/auth/refresh').map((c) => c.body)).toEqual([{ refreshToken: 'refresh-0' }]);
    expect(localStorage.getItem('corral.refreshToken')).toBe('refresh-2');
  });

  it('sends the user to the login page when the session cannot be refreshed', async () => {
    const api = new FakeApi({
      'GET /api/auth/me': { status: 401, body: problem(401, 'Unauthorized') },
      'POST /api/auth/refresh': { status: 401, body: problem(401, 'Refresh token is no longer valid') },
    });
    const { router } = renderApp('/companies', { api, session });

    expect(await screen.findByText('Your session has ended. Please log in again.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(localStorage.getItem('corral.refreshToken')).toBeNull();
  });

  it('shows a not-found page inside the shell for unknown addresses', async () => {
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: maya } });
    renderApp('/no-such-page', { api, session });

    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the dashboard' })).toHaveAttribute('href', '/dashboard');
  });
});
