import { expectTitle, expectVisible } from './support/expect';
import { ADMIN, Journey, startJourney } from './support/journey';

const SIDEBAR = ['Dashboard', 'Contacts', 'Companies', 'Deals', 'Templates', 'Campaigns', 'Workflows', 'Settings'];

describe('shell journey: log in, find your way around, log out', () => {
  let j: Journey;

  beforeAll(async () => {
    j = await startJourney('shell');
  });

  afterAll(async () => {
    await j?.close();
  });

  it('sends a visitor to the login page and refuses a wrong password', async () => {
    const { page } = j;
    await page.goto(j.url('/settings/users'));
    await page.waitForURL(/\/login$/);
    await expectVisible(page.getByRole('heading', { name: 'Log in' }));
    await expectTitle(page, 'Log in · Corral');
    await j.shot('login');

    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expectVisible(page.getByRole('alert').filter({ hasText: 'Incorrect email or password.' }));
    await j.shot('login-wrong-password');
  });

  it('logs in and returns to the page that was asked for, inside the app shell', async () => {
    const { page } = j;
    await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(/\/settings\/users$/);
    await expectTitle(page, 'Users · Settings · Corral');

    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const label of SIDEBAR) await expectVisible(nav.getByRole('link', { name: label }));
    await expectVisible(page.getByRole('button', { name: `Account menu for ${ADMIN.name}` }));
  });

  it('shows the dashboard shell', async () => {
    const { page } = j;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.waitForURL(/\/dashboard$/);
    await expectVisible(page.getByRole('heading', { name: 'Dashboard', level: 1 }));
    await j.shot('dashboard');
  });

  it('lists users in Settings and adds one through the dialog', async () => {
    const { page } = j;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL(/\/settings\/users$/);
    const table = page.getByRole('table', { name: 'Users' });
    await expectVisible(table.getByText(ADMIN.email));
    await j.shot('settings-users');

    await page.getByRole('button', { name: 'Add user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add user' });
    await dialog.getByLabel('Name').fill('Maya Manager');
    await dialog.getByLabel('Email').fill('not-an-email');
    await dialog.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Manager' }).click();
    await dialog.getByLabel('Password').fill('short');
    await dialog.getByRole('button', { name: 'Add user' }).click();
    // The API's field errors land under their fields.
    await expectVisible(dialog.getByText('Email must be a valid email address'));
    await expectVisible(dialog.getByText('Password must be at least 8 characters'));
    await j.shot('add-user-errors');

    await dialog.getByLabel('Email').fill('maya@example.com');
    await dialog.getByLabel('Password').fill('long-enough-password');
    await dialog.getByRole('button', { name: 'Add user' }).click();
    const maya = table.getByRole('row').filter({ hasText: 'maya@example.com' });
    await expectVisible(maya.getByText('Manager', { exact: true }));
    await dialog.waitFor({ state: 'hidden' });
    await j.shot('settings-users-added');
  });

  it('logs out: back on the login page, and the session is gone', async () => {
    const { page } = j;
    const refreshToken = await page.evaluate(() => localStorage.getItem('corral.refreshToken'));
    expect(refreshToken).toBeTruthy();

    await page.getByRole('button', { name: `Account menu for ${ADMIN.name}` }).click();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await page.waitForURL(/\/login$/);
    await expectVisible(page.getByRole('heading', { name: 'Log in' }));
    await j.shot('logged-out');

    // The server revoked the refresh token, and the SPA no longer lets anyone in.
    const refresh = await fetch(j.url('/api/auth/refresh'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
    });
    expect(refresh.status).toBe(401);
    await page.goto(j.url('/dashboard'));
    await page.waitForURL(/\/login$/);
  });

  it('raised no browser errors along the way', () => {
    expect(j.browserErrors).toEqual([]);
  });
});
