import { SmtpSink } from '../../api/test/support/smtp-sink';
import { expectVisible } from './support/expect';
import { ADMIN, Journey, startJourney } from './support/journey';

const PUBLIC_URL = 'http://corral.journey.test';
const RITA = { email: 'rita@example.com', name: 'Rita Reset', password: 'first-password-1' };
const IVY = { email: 'ivy@example.com', name: 'Ivy Invitee' };

describe('accounts journey: forgot and reset a password, accept an invite, change a password', () => {
  const sink = new SmtpSink();
  let j: Journey;

  /** The path and query of the one link to PUBLIC_URL in the latest email to `to`, opened on this journey's server. */
  async function linkFromEmail(to: string, count: number): Promise<string> {
    await sink.waitFor(() => sink.to(to).length >= count);
    const text = sink.to(to)[count - 1].parsed.text ?? '';
    const link = text.split(/\s+/).find((word) => word.startsWith(PUBLIC_URL));
    if (!link) throw new Error(`No link in the email to ${to}:\n${text}`);
    return j.url(link.slice(PUBLIC_URL.length));
  }

  async function logOut(name: string) {
    await j.page.getByRole('button', { name: `Account menu for ${name}` }).click();
    await j.page.getByRole('menuitem', { name: 'Log out' }).click();
    await j.page.waitForURL(/\/login$/);
  }

  beforeAll(async () => {
    await sink.start();
    j = await startJourney('accounts', { apiEnv: { SMTP_URL: sink.url, PUBLIC_URL } });
    await j.api.http().post('/api/users').set('Authorization', j.admin.auth).send({ ...RITA, role: 'member' }).expect(201);
  });

  afterAll(async () => {
    await j?.close();
    await sink.stop();
  });

  it('asks for a reset link from the login page', async () => {
    const { page } = j;
    await page.goto(j.url('/login'));
    await page.getByLabel('Email').fill(RITA.email);
    await expectVisible(page.getByRole('link', { name: 'Forgot password?' }));
    await j.shot('login');

    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.waitForURL(/\/forgot-password$/);
    await expectVisible(page.getByRole('heading', { name: 'Forgot your password?', level: 1 }));
    await j.shot('forgot-password');

    await page.getByRole('button', { name: 'Send reset link' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Check your email', level: 1 }));
    await j.shot('forgot-password-sent');
  });

  it('opens the emailed link, chooses a new password and is signed in', async () => {
    const { page } = j;
    const link = await linkFromEmail(RITA.email, 1);
    expect(sink.to(RITA.email)[0].parsed.subject).toBe('Reset your Corral password');
    await page.goto(link);
    await expectVisible(page.getByRole('heading', { name: 'Choose a new password', level: 1 }));
    await page.getByLabel('New password').fill('second-password-2');
    await page.getByLabel('Repeat the password').fill('second-password-2');
    await j.shot('reset-password');

    await page.getByRole('button', { name: 'Save password' }).click();
    await page.waitForURL(/\/dashboard$/);
    await expectVisible(page.getByRole('button', { name: `Account menu for ${RITA.name}` }));
  });

  it('logs in with the new password and no longer with the old one', async () => {
    const { page } = j;
    await logOut(RITA.name);
    await page.getByLabel('Email').fill(RITA.email);
    await page.getByLabel('Password', { exact: true }).fill(RITA.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expectVisible(page.getByRole('alert').filter({ hasText: 'Incorrect email or password.' }));
    await j.login(RITA.email, 'second-password-2');
    await expectVisible(page.getByRole('button', { name: `Account menu for ${RITA.name}` }));
    await logOut(RITA.name);
  });

  it('lets the admin invite a user, listed as invited', async () => {
    const { page } = j;
    await j.login(ADMIN.email, ADMIN.password);
    await page.goto(j.url('/settings/users'));
    await page.getByRole('button', { name: 'Invite user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite user' });
    await dialog.getByLabel('Name').fill(IVY.name);
    await dialog.getByLabel('Email').fill(IVY.email);
    await j.shot('invite-user');

    await dialog.getByRole('button', { name: 'Send invite' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectVisible(page.getByText(`An invite was sent to ${IVY.email}.`));
    const row = page.getByRole('table', { name: 'Users' }).getByRole('row').filter({ hasText: IVY.email });
    await expectVisible(row.getByText('Invited', { exact: true }));
    await j.shot('invited-user-listed');
    await logOut(ADMIN.name);
  });

  it('opens the invite link, sets a password and is signed in', async () => {
    const { page } = j;
    const link = await linkFromEmail(IVY.email, 1);
    expect(sink.to(IVY.email)[0].parsed.subject).toBe('You are invited to Corral');
    await page.goto(link);
    await expectVisible(page.getByRole('heading', { name: 'Set your password', level: 1 }));
    await page.getByLabel('New password').fill('ivy-chose-this-1');
    await page.getByLabel('Repeat the password').fill('ivy-chose-this-1');
    await j.shot('set-password');

    await page.getByRole('button', { name: 'Set password and log in' }).click();
    await page.waitForURL(/\/dashboard$/);
    await expectVisible(page.getByRole('button', { name: `Account menu for ${IVY.name}` }));
  });

  it('changes the password from the user menu, staying signed in', async () => {
    const { page } = j;
    await page.getByRole('button', { name: `Account menu for ${IVY.name}` }).click();
    await page.getByRole('menuitem', { name: 'Change password' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change password' });
    await dialog.getByLabel('Current password').fill('not-my-password');
    await dialog.getByLabel('New password', { exact: true }).fill('ivy-changed-it-2');
    await dialog.getByLabel('Repeat the new password').fill('ivy-changed-it-2');
    await dialog.getByRole('button', { name: 'Change password' }).click();
    await expectVisible(dialog.getByText('Is not your current password'));
    await j.shot('change-password-wrong');

    await dialog.getByLabel('Current password').fill('ivy-chose-this-1');
    await dialog.getByRole('button', { name: 'Change password' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectVisible(page.getByText('Your password was changed. Other devices were signed out.'));
    await j.shot('change-password-done');

    // Still signed in: a reload keeps the session.
    await page.reload();
    await expectVisible(page.getByRole('button', { name: `Account menu for ${IVY.name}` }));
    await logOut(IVY.name);
    await j.login(IVY.email, 'ivy-changed-it-2');
    await expectVisible(page.getByRole('button', { name: `Account menu for ${IVY.name}` }));
  });

  it('raised no browser errors along the way', () => {
    expect(j.browserErrors).toEqual([]);
  });
});
