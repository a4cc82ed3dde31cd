import { screen, within } from '@testing-library/react';
import { FakeApi, makeUser, problem, tokenPair } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';

const ada = makeUser({ name: 'Ada Admin', email: 'ada@example.com', role: 'admin' });
const session = { accessToken: 'access-0', refreshToken: 'refresh-0' };

describe('forgot password', () => {
  it('opens from the login page with the typed email, and confirms without saying whether the account exists', async () => {
    const api = new FakeApi({ 'POST /api/auth/forgot-password': { status: 202 } });
    const { user, router } = renderApp('/login', { api });

    await user.type(await screen.findByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await user.click(screen.getByRole('link', { name: 'Forgot password?' }));

    expect(await screen.findByRole('heading', { name: 'Forgot your password?', level: 1 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/forgot-password');
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveValue('ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));

    expect(await screen.findByRole('heading', { name: 'Check your email', level: 1 })).toBeInTheDocument();
    expect(screen.getByText(/if it belongs to an account/)).toHaveTextContent('We sent the link to ada@example.com if it belongs to an account. It works once, for one hour.');
    expect(api.callsTo('POST /api/auth/forgot-password')[0].body).toEqual({ email: 'ada@example.com' });
    await user.click(screen.getByRole('link', { name: 'Back to log in' }));
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
  });

  it('asks for an email address before calling the API, and shows the API field error under the field', async () => {
    const api = new FakeApi({
      'POST /api/auth/forgot-password': { status: 400, body: problem(400, 'Invalid email', [{ field: 'email', message: 'must be a valid email address' }]) },
    });
    const { user } = renderApp('/forgot-password', { api });

    await user.click(await screen.findByRole('button', { name: 'Send reset link' }));
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription('Enter your email address');
    expect(api.calls).toEqual([]);

    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.c');
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));
    expect(await screen.findByText('Must be a valid email address')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription('Must be a valid email address');
  });
});

describe('reset and set password pages', () => {
  async function choosePassword(user: ReturnType<typeof renderApp>['user'], password: string, confirmation = password) {
    await user.type(await screen.findByLabelText('New password'), password);
    await user.type(screen.getByLabelText('Repeat the password'), confirmation);
  }

  it('refuses a short or mismatched password before calling the API', async () => {
    const api = new FakeApi();
    const { user } = renderApp('/reset-password?token=tok-1&email=ada%40example.com', { api });

    await choosePassword(user, 'short', 'other');
    await user.click(screen.getByRole('button', { name: 'Save password' }));

    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription('Use at least 8 characters');
    expect(screen.getByLabelText('Repeat the password')).toHaveAccessibleDescription('The two passwords differ');
    expect(api.calls).toEqual([]);
  });

  it('sets the password with the token, then signs in with it and opens the dashboard', async () => {
    const api = new FakeApi({ 'POST /api/auth/reset-password': { status: 204 }, 'POST /api/auth/login': { status: 200, body: tokenPair(ada) } });
    const { user, router } = renderApp('/reset-password?token=tok-1&email=ada%40example.com', { api });

    expect(await screen.findByRole('heading', { name: 'Choose a new password', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('ada@example.com')).toBeInTheDocument();
    await choosePassword(user, 'brand-new-password');
    await user.click(screen.getByRole('button', { name: 'Save password' }));

    expect(await screen.findByRole('heading', { name: 'Dashboard', level: 1 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/dashboard');
    expect(api.callsTo('POST /api/auth/reset-password')[0].body).toEqual({ token: 'tok-1', password: 'brand-new-password' });
    expect(api.callsTo('POST /api/auth/login')[0].body).toEqual({ email: 'ada@example.com', password: 'brand-new-password' });
  });

  it('sends to the login page with a notice when signing in afterwards does not work', async () => {
    const api = new FakeApi({ 'POST /api/auth/reset-password': { status: 204 }, 'POST /api/auth/login': { status: 429, body: problem(429, 'Too many requests') } });
    const { user } = renderApp('/reset-password?token=tok-1&email=ada%40example.com', { api });

    await choosePassword(user, 'brand-new-password');
    await user.click(screen.getByRole('button', { name: 'Save password' }));

    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(screen.getByText('Your password is set. Log in with it.')).toBeInTheDocument();
  });

  it('offers a new link when the API refuses the token', async () => {
    const api = new FakeApi({
      'POST /api/auth/reset-password': { status: 400, body: problem(400, 'The link is invalid', [{ field: 'token', message: 'This link is invalid, has expired or was already used: ask for a new one' }]) },
    });
    const { user, router } = renderApp('/set-password?token=used&email=ivy%40example.com', { api });

    expect(await screen.findByRole('heading', { name: 'Set your password', level: 1 })).toBeInTheDocument();
    await choosePassword(user, 'brand-new-password');
    await user.click(screen.getByRole('button', { name: 'Set password and log in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This link has expired or was already used.');
    await user.click(within(alert).getByRole('link', { name: 'Ask for a new link' }));
    expect(router.state.location.pathname).toBe('/forgot-password');
  });

  it('explains a link without a token instead of showing a form that cannot work', async () => {
    renderApp('/reset-password', { api: new FakeApi() });
    expect(await screen.findByRole('alert')).toHaveTextContent('The link is incomplete');
    expect(screen.queryByLabelText('New password')).not.toBeInTheDocument();
  });
});

describe('change password', () => {
  async function openDialog(user: ReturnType<typeof renderApp>['user']) {
    await user.click(await screen.findByRole('button', { name: 'Account menu for Ada Admin Admin' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Change password' }));
    return screen.findByRole('dialog', { name: 'Change password' });
  }

  it('shows a wrong current password under its field, then changes it and says other devices were signed out', async () => {
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: ada } });
    api.on(
      'POST /api/auth/change-password',
      { status: 400, body: problem(400, 'The current password is wrong', [{ field: 'currentPassword', message: 'That is not your current password' }]) },
      { status: 204 },
    );
    const { user } = renderApp('/settings/pipelines', { api, session });

    const dialog = await openDialog(user);
    await user.type(within(dialog).getByLabelText('Current password'), 'wrong-one');
    await user.type(within(dialog).getByLabelText('New password'), 'brand-new-password');
    await user.type(within(dialog).getByLabelText('Repeat the new password'), 'brand-new-password');
    await user.click(within(dialog).getByRole('button', { name: 'Change password' }));

    expect(await within(dialog).findByText('That is not your current password')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Current password')).toHaveAccessibleDescription('That is not your current password');

    await user.clear(within(dialog).getByLabelText('Current password'));
    await user.type(within(dialog).getByLabelText('Current password'), 'right-one');
    await user.click(within(dialog).getByRole('button', { name: 'Change password' }));

    expect(await screen.findByText('Your password was changed. Other devices were signed out.')).toBeInTheDocument();
    expect(api.callsTo('POST /api/auth/change-password')[1].body).toEqual({ currentPassword: 'right-one', newPassword: 'brand-new-password' });
    // Still signed in with the same tokens: the API kept this session.
    expect(localStorage.getItem('corral.refreshToken')).toBe('refresh-0');
  });

  it('checks the new password and its repetition before calling the API', async () => {
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: ada } });
    const { user } = renderApp('/settings/pipelines', { api, session });

    const dialog = await openDialog(user);
    await user.type(within(dialog).getByLabelText('New password'), 'short');
    await user.type(within(dialog).getByLabelText('Repeat the new password'), 'shorter');
    await user.click(within(dialog).getByRole('button', { name: 'Change password' }));

    expect(within(dialog).getByLabelText('Current password')).toHaveAccessibleDescription('Enter your current password');
    expect(within(dialog).getByLabelText('New password')).toHaveAccessibleDescription('Use at least 8 characters');
    expect(within(dialog).getByLabelText('Repeat the new password')).toHaveAccessibleDescription('The two passwords differ');
    expect(api.callsTo('POST /api/auth/change-password')).toEqual([]);
  });
});

describe('login limits', () => {
  it('says how long an account is blocked after too many failed logins, and points to a reset', async () => {
    const api = new FakeApi({
      'POST /api/auth/login': { status: 429, body: { ...problem(429, 'Too many failed logins for this account'), retryAfter: 840 } },
    });
    const { user } = renderApp('/login', { api });

    await user.type(await screen.findByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await user.type(screen.getByLabelText('Password', { selector: 'input' }), 'any-password');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many failed logins for this account. Try again in 14 minutes, or reset your password.');
  });
});
