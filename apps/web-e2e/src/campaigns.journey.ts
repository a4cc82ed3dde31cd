import { freePort } from '../../api/test/support/test-app';
import { expectVisible } from './support/expect';
import { Journey, startJourney } from './support/journey';

// The development mail sink is plain CommonJS; the journey reads it as any SMTP client would.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startMailSink } = require('../../../tools/mail-sink.js') as {
  startMailSink(options: { smtpPort: number; httpPort: number }): Promise<{ smtpUrl: string; webUrl: string; messages(): { subject: string; html?: string; to: { address: string }[] }[]; close(): Promise<void> }>;
};

type MailSink = Awaited<ReturnType<typeof startMailSink>>;

const CONTACTS = [
  ['Grace', 'Hopper', 'grace@example.com', 'customer', '{vip}'],
  ['Alan', 'Turing', 'alan@example.com', 'customer', '{}'],
  ['Katherine', 'Johnson', 'katherine@example.com', 'customer', '{vip}'],
  ['Linus', 'Lead', 'linus@example.com', 'lead', '{}'],
  ['Archie', 'Archived', 'archie@example.com', 'archived', '{vip}'],
];

describe('campaigns journey: template, campaign, send, report, the email in the mail sink', () => {
  let j: Journey;
  let sink: MailSink;

  beforeAll(async () => {
    sink = await startMailSink({ smtpPort: await freePort(), httpPort: await freePort() });
    j = await startJourney('campaigns', { apiEnv: { SMTP_URL: sink.smtpUrl } });
    for (const [first, last, email, status, tags] of CONTACTS) {
      await j.env.db.query('INSERT INTO contact (first_name, last_name, email, status, tags) VALUES ($1, $2, $3, $4, $5)', [first, last, email, status, tags]);
    }
    await j.login();
  });

  afterAll(async () => {
    await j?.close();
    await sink?.close();
  });

  it('sets the sender and postal address in Settings → Email sending', async () => {
    const { page } = j;
    await page.goto(j.url('/settings/email'));
    await page.getByLabel('Default from name').fill('Corral Team');
    await page.getByLabel('Default from email').fill('team@corral.example');
    await page.getByLabel('Sender postal address').fill('1 Ranch Road, Austin, TX 78701, USA');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expectVisible(page.getByText('Email settings saved.'));
    await j.shot('settings-email');
  });

  it('writes a template with a merge tag, sees the live preview and a compile error', async () => {
    const { page } = j;
    await page.goto(j.url('/templates'));
    await expectVisible(page.getByText('No templates yet.', { exact: false }));
    await page.getByRole('link', { name: 'New template' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Spring newsletter');
    const subject = page.getByRole('textbox', { name: 'Subject' });
    await subject.fill('Spring news for ');
    await subject.press('End');
    await page.getByRole('button', { name: 'Insert merge tag' }).click();
    await page.getByRole('menuitem', { name: /\{\{first_name\}\}/ }).click();
    await page.getByLabel('HTML body').fill(
      '<h1 style="font-family:sans-serif">Hello {{default first_name "there"}}!</h1>\n<p style="font-family:sans-serif">Spring is here, and so is our new release.</p>\n<p style="font-family:sans-serif"><a href="https://corral.example/spring">See what is new</a></p>\n{{#if first_name}}',
    );
    await page.getByRole('button', { name: 'Create template' }).click();
    await expectVisible(page.getByText(/does not compile|never closed|line/i).first());
    await j.shot('template-compile-error');

    await page.getByLabel('HTML body').fill(
      '<h1 style="font-family:sans-serif">Hello {{default first_name "there"}}!</h1>\n<p style="font-family:sans-serif">Spring is here, and so is our new release.</p>\n<p style="font-family:sans-serif"><a href="https://corral.example/spring">See what is new</a></p>\n<p style="font-family:sans-serif;color:#666">{{unsubscribe_url}}</p>',
    );
    await page.getByRole('button', { name: 'Create template' }).click();
    await page.waitForURL(/\/templates\/[0-9a-f-]{36}$/);
    await expectVisible(page.getByRole('button', { name: 'Send test' }));
    const preview = page.frameLocator('iframe[title="HTML preview"]');
    await expectVisible(preview.getByText('Spring is here'));
    await j.shot('template-editor', { fullPage: false });

    await page.getByRole('main').getByRole('link', { name: 'Templates' }).click();
    await expectVisible(page.getByRole('table', { name: 'Templates' }).getByText('Spring newsletter'));
    await j.shot('templates-list');
  });

  it('builds a campaign for VIP customers, confirms the count and sends it', async () => {
    const { page } = j;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns' }).click();
    await page.getByRole('link', { name: 'New campaign' }).click();
    const recipients = page.getByLabel('Recipients');
    // Archived Archie is never counted.
    await expectVisible(recipients.getByText('4', { exact: true }));
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Spring launch');
    await page.getByLabel('Description').fill('Release announcement for our best customers.');
    await page.getByRole('combobox', { name: 'Template' }).click();
    await page.getByRole('option', { name: /Spring newsletter/ }).click();
    await page.getByRole('checkbox', { name: 'Customer' }).check();
    await expectVisible(recipients.getByText('3', { exact: true }));
    await page.getByRole('combobox', { name: 'Tags' }).fill('vip');
    await page.getByRole('combobox', { name: 'Tags' }).press('Enter');
    await expectVisible(recipients.getByText('2', { exact: true }));
    // The full-page picture is taken from the top; a scrolled page would show the sticky header mid-way.
    await page.evaluate(() => window.scrollTo(0, 0));
    await j.shot('campaign-builder');

    await page.getByRole('button', { name: 'Send now…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send “Spring launch” now?' });
    await expectVisible(dialog.getByText('2 recipients', { exact: false }).first());
    await j.shot('campaign-confirm');
    await dialog.getByRole('button', { name: 'Send to 2 recipients' }).click();
    await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
  });

  it('fills in the report as the emails go out and get opened', async () => {
    const { page } = j;
    await expectVisible(page.getByRole('heading', { name: 'Spring launch' }));
    // The report refreshes itself while sending: no reload here.
    await page.getByRole('group', { name: 'Sent' }).getByText('2', { exact: true }).waitFor({ timeout: 60_000 });
    await expectVisible(page.getByRole('heading', { name: 'Spring launch' }).locator('..').getByText('Sent', { exact: true }));

    const grace = sink.messages().find((m) => m.to.some((t) => t.address === 'grace@example.com'));
    expect(grace?.subject).toBe('Spring news for Grace');
    const pixel = grace?.html?.match(/src="([^"]*\/track\/open\/[^"]*)"/)?.[1];
    expect(pixel).toBeDefined();
    await fetch(pixel!.replace(/&amp;/g, '&'));
    await page.reload();
    await expectVisible(page.getByRole('group', { name: 'Open rate' }).getByText('50%'));
    await expectVisible(page.getByRole('table', { name: 'Email log' }).getByText('grace@example.com'));
    await j.shot('campaign-report');

    await page.getByRole('link', { name: 'Campaigns' }).first().click();
    const row = page.getByRole('table', { name: 'Campaigns' }).getByRole('row').filter({ hasText: 'Spring launch' });
    await expectVisible(row.getByText('50%'));
    await j.shot('campaigns-list');
  });

  it('shows the email in the mail sink', async () => {
    const { page } = j;
    expect(j.browserErrors).toEqual([]);
    await page.goto(sink.webUrl);
    await page.getByRole('link', { name: 'Spring news for Grace' }).click();
    await expectVisible(page.frameLocator('iframe[title="HTML part"]').getByText('Hello Grace!'));
    await j.shot('mail-sink');
    // The sink's page loads the API's open pixel from another origin, which the API's CORP header refuses: not an SPA error.
    j.browserErrors.splice(0, j.browserErrors.length, ...j.browserErrors.filter((e) => !e.includes('ERR_BLOCKED_BY_RESPONSE.NotSameOrigin')));
  });

  it('sends a campaign without open or click tracking: no pixel, links untouched, the report says so', async () => {
    const { page } = j;
    await page.goto(j.url('/campaigns/new'));
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Quiet note');
    await page.getByRole('combobox', { name: 'Template' }).click();
    await page.getByRole('option', { name: /Spring newsletter/ }).click();
    await page.getByRole('checkbox', { name: 'Lead' }).check();
    await expectVisible(page.getByLabel('Recipients').getByText('1', { exact: true }));
    const opens = page.getByRole('switch', { name: 'Track opens' });
    const clicks = page.getByRole('switch', { name: 'Track clicks' });
    expect(await opens.isChecked()).toBe(true);
    expect(await clicks.isChecked()).toBe(true);
    await opens.uncheck();
    await clicks.uncheck();
    await page.getByRole('region', { name: 'Tracking' }).scrollIntoViewIfNeeded();
    await j.shot('campaign-builder-tracking-off', { fullPage: false });

    await page.getByRole('button', { name: 'Send now…' }).click();
    await page.getByRole('dialog', { name: 'Send “Quiet note” now?' }).getByRole('button', { name: 'Send to 1 recipient' }).click();
    await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
    await page.getByRole('group', { name: 'Sent' }).getByText('1', { exact: true }).waitFor({ timeout: 60_000 });
    await expectVisible(page.getByRole('group', { name: 'Open rate' }).getByText('Open tracking off'));
    await expectVisible(page.getByRole('group', { name: 'Click rate' }).getByText('Click tracking off'));
    await expectVisible(page.getByText('Click tracking is off for this campaign.'));
    await j.shot('campaign-report-tracking-off');

    const linus = sink.messages().find((m) => m.to.some((t) => t.address === 'linus@example.com'));
    expect(linus?.html).toContain('href="https://corral.example/spring"');
    expect(linus?.html).not.toContain('/track/');
    expect(linus?.html).toContain('/unsubscribe/');
    expect(j.browserErrors).toEqual([]);
    // Later steps expect Spring launch to be the only campaign.
    const id = new URL(page.url()).pathname.split('/').pop() as string;
    await j.api.http().delete(`/api/campaigns/${id}`).set('Authorization', j.admin.auth).expect(204);
  });

  it('suppresses an address by hand', async () => {
    const { page } = j;
    await page.goto(j.url('/campaigns/suppressions'));
    await page.getByRole('button', { name: 'Add address' }).click();
    const dialog = page.getByRole('dialog', { name: 'Suppress an address' });
    await dialog.getByLabel('Email').fill('alan@example.com');
    await dialog.getByLabel('Note').fill('Asked by phone not to get newsletters');
    await dialog.getByRole('button', { name: 'Suppress' }).click();
    await expectVisible(page.getByRole('table', { name: 'Suppressions' }).getByText('alan@example.com'));
    await j.shot('suppressions');
    expect(j.browserErrors).toEqual([]);
  });

  it('limits a draft to the contacts of one company, then deletes the draft', async () => {
    const { page } = j;
    const [acme] = (await j.env.db.query("INSERT INTO company (name) VALUES ('Acme Corp') RETURNING id")).rows;
    await j.env.db.query("UPDATE contact SET company_id = $1 WHERE email IN ('grace@example.com', 'katherine@example.com', 'archie@example.com')", [acme.id]);

    await page.goto(j.url('/campaigns/new'));
    const recipients = page.getByLabel('Recipients');
    // Everyone but archived Archie and Alan, suppressed above.
    await expectVisible(recipients.getByText('3', { exact: true }));
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Acme follow-up');
    await page.getByRole('combobox', { name: 'Company' }).fill('acm');
    await page.getByRole('option', { name: 'Acme Corp' }).click();
    await expectVisible(recipients.getByText('2', { exact: true }));
    await page.evaluate(() => window.scrollTo(0, 0));
    await j.shot('campaign-builder-company');

    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
    const [draft] = (await j.env.db.query("SELECT segment_filter FROM campaign WHERE name = 'Acme follow-up'")).rows;
    expect(draft.segment_filter).toEqual({ companyId: acme.id });

    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete “Acme follow-up”?' });
    await expectVisible(dialog);
    await j.shot('campaign-delete-confirm');
    await dialog.getByRole('button', { name: 'Delete campaign' }).click();
    await page.waitForURL(/\/campaigns$/);
    await expectVisible(page.getByRole('table', { name: 'Campaigns' }).getByText('Spring launch'));
    expect(await page.getByRole('table', { name: 'Campaigns' }).getByText('Acme follow-up').count()).toBe(0);
    expect(j.browserErrors).toEqual([]);
  });

  it('refuses to delete a template a campaign uses, and says why', async () => {
    const { page } = j;
    await page.goto(j.url('/templates'));
    await page.getByRole('table', { name: 'Templates' }).getByText('Spring newsletter').click();
    await page.waitForURL(/\/templates\/[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete “Spring newsletter”?' });
    await dialog.getByRole('button', { name: 'Delete template' }).click();
    await expectVisible(dialog.getByText('The template is used by a campaign or a workflow; change those first'));
    await j.shot('template-delete-refused');
    expect(j.browserErrors).toEqual([]);
  });

  it('deletes from the lists: the template a campaign uses only once the campaign is gone', async () => {
    const { page } = j;
    await page.goto(j.url('/templates'));
    await page.getByRole('button', { name: 'Delete Spring newsletter' }).click();
    const refused = page.getByRole('dialog', { name: 'Delete “Spring newsletter”?' });
    await refused.getByRole('button', { name: 'Delete template' }).click();
    await expectVisible(refused.getByText('The template is used by a campaign or a workflow; change those first'));
    await j.shot('template-delete-refused-list');
    await refused.getByRole('button', { name: 'Cancel' }).click();
    await expectVisible(page.getByRole('table', { name: 'Templates' }).getByText('Spring newsletter'));

    await page.goto(j.url('/campaigns'));
    await page.getByRole('button', { name: 'Delete Spring launch' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete “Spring launch”?' });
    await expectVisible(confirm);
    await j.shot('campaign-delete-confirm-list');
    await confirm.getByRole('button', { name: 'Delete campaign' }).click();
    await expectVisible(page.getByText('“Spring launch” was deleted.'));
    await expectVisible(page.getByText('No campaigns yet.', { exact: false }));

    await page.goto(j.url('/templates'));
    await page.getByRole('button', { name: 'Delete Spring newsletter' }).click();
    await page.getByRole('dialog', { name: 'Delete “Spring newsletter”?' }).getByRole('button', { name: 'Delete template' }).click();
    await expectVisible(page.getByText('“Spring newsletter” was deleted.'));
    await expectVisible(page.getByText('No templates yet.', { exact: false }));
    expect(j.browserErrors).toEqual([]);
  });
});
