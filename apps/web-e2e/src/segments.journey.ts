import { freePort } from '../../api/test/support/test-app';
import { expectVisible } from './support/expect';
import { Journey, startJourney } from './support/journey';

// The development mail sink is plain CommonJS; the journey reads it as any SMTP client would.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startMailSink } = require('../../../tools/mail-sink.js') as {
  startMailSink(options: { smtpPort: number; httpPort: number }): Promise<{ smtpUrl: string; webUrl: string; messages(): { subject: string; html?: string; to: { address: string }[] }[]; close(): Promise<void> }>;
};

type MailSink = Awaited<ReturnType<typeof startMailSink>>;

/*
 * Customers: Grace (vip, opens the warm-up), Alan (opens it, no tag), Katherine (vip, opens it),
 * Mary (neither). Linus is a lead who opens it. "Engaged customers" = customers who opened in the
 * last 30 days or carry vip: Grace, Alan, Katherine. The campaign excludes the "Rivals" segment
 * (Katherine), so it goes to Grace and Alan.
 */
const CONTACTS = [
  ['Grace', 'Hopper', 'grace@example.com', 'customer', '{vip}'],
  ['Alan', 'Turing', 'alan@example.com', 'customer', '{}'],
  ['Katherine', 'Johnson', 'katherine@example.com', 'customer', '{vip}'],
  ['Mary', 'Jackson', 'mary@example.com', 'customer', '{}'],
  ['Linus', 'Lead', 'linus@example.com', 'lead', '{}'],
];
const OPENERS = ['grace@example.com', 'alan@example.com', 'katherine@example.com', 'linus@example.com'];

describe('segments journey: a nested segment on engagement, a campaign to it, why someone was left out', () => {
  let j: Journey;
  let sink: MailSink;
  let templateId: string;

  async function waitUntilSent(id: string) {
    for (let i = 0; i < 120; i++) {
      const res = await j.api.http().get(`/api/campaigns/${id}`).set('Authorization', j.admin.auth).expect(200);
      if (res.body.status === 'sent') return;
      await new Promise((done) => setTimeout(done, 500));
    }
    throw new Error(`campaign ${id} did not finish sending`);
  }

  beforeAll(async () => {
    sink = await startMailSink({ smtpPort: await freePort(), httpPort: await freePort() });
    j = await startJourney('segments', { apiEnv: { SMTP_URL: sink.smtpUrl } });
    for (const [first, last, email, status, tags] of CONTACTS) {
      await j.env.db.query('INSERT INTO contact (first_name, last_name, email, status, tags) VALUES ($1, $2, $3, $4, $5)', [first, last, email, status, tags]);
    }
    const http = () => j.api.http();
    const template = await http()
      .post('/api/templates')
      .set('Authorization', j.admin.auth)
      .send({ name: 'Newsletter', subject: 'News for {{first_name}}', htmlBody: '<p>Hello {{first_name}}</p><p><a href="https://corral.example/news">Read</a></p><p>{{unsubscribe_url}}</p>' })
      .expect(201);
    templateId = template.body.id;
    // A warm-up campaign to everyone, opened through the real tracking pixel by four of them.
    const warmUp = await http().post('/api/campaigns').set('Authorization', j.admin.auth).send({ name: 'Warm-up', templateId, segmentFilter: {} }).expect(201);
    await http().post(`/api/campaigns/${warmUp.body.id}/send`).set('Authorization', j.admin.auth).expect(202);
    await waitUntilSent(warmUp.body.id);
    for (const address of OPENERS) {
      const email = sink.messages().find((m) => m.to.some((t) => t.address === address));
      const pixel = email?.html?.match(/src="([^"]*\/track\/open\/[^"]*)"/)?.[1];
      expect(pixel).toBeDefined();
      expect((await fetch(pixel!.replace(/&amp;/g, '&'))).status).toBe(200);
    }
    await http()
      .post('/api/segments')
      .set('Authorization', j.admin.auth)
      .send({ name: 'Rivals', definition: { match: 'all', conditions: [{ field: 'email', op: 'starts_with', value: 'katherine' }] } })
      .expect(201);
    await j.login();
  });

  afterAll(async () => {
    await j?.close();
    await sink?.close();
  });

  it('builds a nested segment with an engagement condition and watches the count', async () => {
    const { page } = j;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Segments' }).click();
    await expectVisible(page.getByRole('table', { name: 'Segments' }).getByText('Rivals'));
    await page.getByRole('link', { name: 'New segment' }).click();
    const count = page.getByLabel('Matching contacts');
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Engaged customers');
    const first = page.getByRole('group', { name: 'Condition' }).first();
    await first.getByRole('combobox', { name: 'Value' }).click();
    await page.getByRole('option', { name: 'Customer' }).click();
    await expectVisible(count.getByText('4', { exact: true }));

    await page.getByRole('button', { name: 'Add group' }).first().click();
    const group = page.getByRole('group', { name: 'Group at level 2' });
    await group.getByRole('button', { name: 'any', exact: true }).click();
    const engagement = group.getByRole('group', { name: 'Condition' }).first();
    await engagement.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Email engagement' }).click();
    await engagement.getByRole('spinbutton', { name: 'Within days' }).fill('30');
    // Opened (any campaign) in the last 30 days, among customers: Grace, Alan, Katherine.
    await expectVisible(count.getByText('3', { exact: true }));

    await group.getByRole('button', { name: 'Add condition' }).click();
    const tag = group.getByRole('group', { name: 'Condition' }).nth(1);
    await tag.getByRole('combobox', { name: 'Field' }).click();
    await page.getByRole('option', { name: 'Tags' }).click();
    await tag.getByRole('combobox', { name: 'Tag' }).fill('vi');
    await page.getByRole('option', { name: 'vip' }).click();
    // Or tagged vip: the same three (the vip customers also opened).
    await expectVisible(count.getByText('3', { exact: true }));
    await page.evaluate(() => window.scrollTo(0, 0));
    await j.shot('segment-builder');

    await page.getByRole('button', { name: 'Save segment' }).click();
    await page.waitForURL(/\/segments\/[0-9a-f-]{36}$/);
    const contacts = page.getByRole('table', { name: 'Contacts in segment' });
    for (const email of ['grace@example.com', 'alan@example.com', 'katherine@example.com']) await expectVisible(contacts.getByText(email));
    expect(await contacts.getByText('mary@example.com').count()).toBe(0);
    await j.shot('segment-contacts');
    expect(j.browserErrors).toEqual([]);
  });

  it('sends a campaign to the segment, excluding another, after a confirmation that states the figures', async () => {
    const { page } = j;
    await page.goto(j.url('/campaigns/new'));
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Customer news');
    await page.getByRole('combobox', { name: 'Template' }).click();
    await page.getByRole('option', { name: /Newsletter/ }).click();
    await page.getByRole('button', { name: 'Segments', exact: true }).click();
    await page.getByRole('combobox', { name: 'Send to segments' }).click();
    await page.getByRole('option', { name: 'Engaged customers' }).click();
    const recipients = page.getByLabel('Recipients');
    await expectVisible(recipients.getByText('3', { exact: true }));
    await page.getByRole('combobox', { name: 'Exclude segments' }).click();
    await page.getByRole('option', { name: 'Rivals' }).click();
    await expectVisible(recipients.getByText('2', { exact: true }));
    await page.evaluate(() => window.scrollTo(0, 0));
    await j.shot('campaign-builder-segments');

    await page.getByRole('button', { name: 'Send now…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send “Customer news” now?' });
    await expectVisible(dialog.getByText('News for {{first_name}}'));
    await expectVisible(dialog.getByText(/^1 reached but skipped/));
    await j.shot('campaign-confirm-segments');
    await dialog.getByRole('button', { name: 'Send to 2 recipients' }).click();
    await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
    await page.getByRole('group', { name: 'Sent' }).getByText('2', { exact: true }).waitFor({ timeout: 60_000 });
    const got = sink
      .messages()
      .filter((m) => m.subject.startsWith('News for') && m.to.length)
      .map((m) => m.to[0].address);
    // Two campaigns used the same subject; the second reached exactly Grace and Alan on top of the warm-up's five.
    expect(got.filter((a) => a === 'grace@example.com')).toHaveLength(2);
    expect(got.filter((a) => a === 'alan@example.com')).toHaveLength(2);
    expect(got.filter((a) => a === 'katherine@example.com')).toHaveLength(1);
  });

  it('looks up the excluded recipient in the report', async () => {
    const { page } = j;
    const box = page.getByRole('region', { name: 'Look up a recipient' });
    await box.getByRole('textbox', { name: 'Email address' }).fill('katherine@example.com');
    await box.getByRole('button', { name: 'Look up' }).click();
    await expectVisible(box.getByText('they are in a segment this campaign excludes', { exact: false }));
    await box.scrollIntoViewIfNeeded();
    await j.shot('campaign-report-lookup', { fullPage: false });
    await box.getByRole('textbox', { name: 'Email address' }).fill('grace@example.com');
    await box.getByRole('button', { name: 'Look up' }).click();
    await expectVisible(box.getByText(/their email was (sent|delivered)/));
    expect(j.browserErrors).toEqual([]);
  });
});
