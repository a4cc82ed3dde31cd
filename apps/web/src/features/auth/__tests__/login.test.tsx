import { screen } from '@testing-library/react';
import { FakeApi, makeUser, problem, tokenPair } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';

const ada = makeUser({ name: 'Ada Admin', email: 'ada@example.com', role: 'admin' });

async function fillAndSubmit(user: ReturnType<typeof renderApp>['user'], email: string, password: string) {
  // Route modules load lazily: wait for the form before typing.
  const emailInput = await screen.findByRole('textbox', { name: 'Email' });
  if (email) await user.type(emailInput, email);
  if (password) await user.type(screen.getByLabelText('Password', { selector: 'input' }), password);
  await user.click(screen.getByRole('button', { name: 'Log in' }));
}

describe('login page', () => {
  it('asks for the missing fields without calling the API', async () => {
    const api = new FakeApi();
    const { user } = renderApp('/login', { api });

    await fillAndSubmit(user, '', '');

    expect(await screen.findByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription('Enter your email address');
    expect(screen.getByLabelText('Password', { selector: 'input' })).toHaveAccessibleDescription('Enter your password');
    expect(api.calls).toEqual([]);
  });

  it('shows the API field errors next to their fields', async () => {
    const api = new FakeApi({
      'POST /api/auth/login': { status: 400, body: problem(400, 'Invalid email', [{ field: 'email', message: 'must be a valid email address' }]) },
    });
    const { user } = renderApp('/login', { api });

    await fillAndSubmit(user, 'ada@', 'secret-password');

    expect(await screen.findByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription('Must be a valid email address');
    expect(api.callsTo('POST /api/auth/login')[0].body).toEqual({ email: 'ada@', password: 'secret-password' });
  });

  it('says the credentials are wrong on 401', async () => {
    const api = new FakeApi({ 'POST /api/auth/login': { status: 401, body: problem(401, 'Invalid email or password') } });
    const { user } = renderApp('/login', { api });

    await fillAndSubmit(user, 'ada@example.com', 'wrong-password');

    expect(await screen.findByRole('alert')).toHaveTextContent('Incorrect email or password.');
    expect(localStorage.getItem('corral.accessToken')).toBeNull();
  });

  it('asks to wait on 429', async () => {
    const api = new FakeApi({ 'POST /api/auth/login': { status: 429, body: problem(429, 'ThrottlerException: Too Many Requests') } });
    const { user } = renderApp('/login', { api });

    await fillAndSubmit(user, 'ada@example.com', 'any-password');

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many login attempts. Please wait a minute and try again.');
  });

  it('logs in, stores the tokens and opens the dashboard', async () => {
    const api = new FakeApi({ 'POST /api/auth/login': { status: 200, body: tokenPair(ada) } });
    const { user, router } = renderApp('/login', { api });

    await fillAndSubmit(user, 'ada@example.com', 'correct-password');

    expect(await screen.findByRole('heading', { name: 'Dashboard', level: 1 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/dashboard');
    expect(localStorage.getItem('corral.accessToken')).toBe('access-1');
    expect(localStorage.getItem('corral.refreshToken')).toBe('refresh-1');
    // The dashboard's own figures are its tests' business; nothing else may be called.
    expect(api.unhandled.filter((call) => !/^GET \/api\/(dashboard|pipelines)/.test(call))).toEqual([]);
  });

  it('after login returns to the page that was asked for', async () => {
    const api = new FakeApi({
      'POST /api/auth/login': { status: 200, body: tokenPair(ada) },
      'GET /api/users': { status: 200, body: { data: [ada], total: 1, limit: 25, offset: 0 } },
    });
    const { user, router } = renderApp('/settings/users', { api });

    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    await fillAndSubmit(user, 'ada@example.com', 'correct-password');

    expect(await screen.findByRole('table', { name: 'Users' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/settings/users');
  });
});
