import { freePort } from '../../api/test/support/test-app';
import { eventually } from '../../api/test/support/workflow-helpers';
import { expectVisible } from './support/expect';
import { Journey, startJourney } from './support/journey';

// The development mail sink is plain CommonJS; the journey reads it as any SMTP client would.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startMailSink } = require('../../../tools/mail-sink.js') as {
  startMailSink(options: { smtpPort: number; httpPort: number }): Promise<{
    smtpUrl: string;
    webUrl: string;
    messages(): { subject: string; html?: string; text: string; to: { address: string }[] }[];
    close(): Promise<void>;
  }>;
};

type MailSink = Awaited<ReturnType<typeof startMailSink>>;

const PUBLIC_URL = 'http://forms.journey.test';
const SIGNUP = 'nora@example.com';

describe('forms journey: build a form, sign up on its hosted page, confirm from the mail sink, manage preferences', () => {
  let j: Journey;
  let sink: MailSink;
  let formPath = '';

  /** A link of the latest email to `to` that starts with PUBLIC_URL + `prefix`, opened on this journey's server. */
  async function linkFromEmail(to: string, prefix: string, subject?: RegExp): Promise<string> {
    const mail = await eventually(`an email to ${to}`, async () =>
      [...sink.messages()].reverse().find((m) => m.to.some((t) => t.address === to) && (!subject || subject.test(m.subject))),
    );
    const link = mail.text.split(/\s+/).find((word) => word.startsWith(PUBLIC_URL + prefix));
    if (!link) throw new Error(`No ${prefix} link in the email to ${to}:\n${mail.text}`);
    return j.url(link.slice(PUBLIC_URL.length));
  }

  beforeAll(async () => {
    sink = await startMailSink({ smtpPort: await freePort(), httpPort: await freePort() });
    j = await startJourney('forms', { apiEnv: { SMTP_URL: sink.smtpUrl, PUBLIC_URL } });
    await j.api.http().post('/api/topics').set('Authorization', j.admin.auth).send({ name: 'Product news', requiresOptIn: true }).expect(201);
    await j.api.http().post('/api/topics').set('Authorization', j.admin.auth).send({ name: 'Events', requiresOptIn: false }).expect(201);
    await j.login();
  });

  afterAll(async () => {
    await j?.close();
    await sink?.close();
  });

  it('builds a form with a live preview and shows its embed code', async () => {
    const { page } = j;
    await page.goto(j.url('/forms'));
    await page.getByRole('link', { name: 'New form' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Monthly newsletter');
    await page.getByRole('combobox', { name: 'Add a field' }).click();
    await page.getByRole('option', { name: 'Last name' }).click();
    await page.getByRole('button', { name: 'Add field' }).click();
    await page.getByRole('textbox', { name: 'Label of First name' }).fill('Your first name');
    await page.getByRole('combobox', { name: 'Topics' }).click();
    await page.getByRole('option', { name: 'Product news' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Tags to add' }).fill('newsletter');
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Success message' }).fill('Welcome aboard!');
    const preview = page.getByRole('region', { name: 'Preview of the hosted page' });
    await expectVisible(preview.getByText('Monthly newsletter'));
    await expectVisible(preview.getByLabel('Your first name'));
    await expectVisible(preview.getByText(/emails about Product news/));
    // A full-page capture of a scrolled page draws the fixed app shell across it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await j.shot('form-builder');

    await page.getByRole('button', { name: 'Save form' }).click();
    await page.waitForURL(/\/forms\/[0-9a-f-]{36}$/);
    await expectVisible(page.getByText('“Monthly newsletter” was saved.'));
    formPath = `/f/${new URL(page.url()).pathname.split('/').pop()}`;

    await page.getByRole('button', { name: 'Embed code' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed “Monthly newsletter”' });
    await expectVisible(dialog.getByRole('button', { name: 'Copy code' }));
    expect(await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue()).toContain(`action="${PUBLIC_URL}${formPath}"`);
    await expectVisible(dialog.getByRole('link', { name: /Open the hosted page/ }));
    await j.shot('embed-dialog');
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.goto(j.url('/forms'));
    const row = page.getByRole('row', { name: /Monthly newsletter/ });
    await expectVisible(row.getByText('Double opt-in'));
    expect(j.browserErrors).toEqual([]);
  });

  it('signs up on the hosted page: a missing field is named, then the thank-you page', async () => {
    const { page } = j;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(j.url(formPath));
    await expectVisible(page.getByRole('heading', { name: 'Monthly newsletter' }));
    await page.getByLabel('Email').fill('not an address');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expectVisible(page.getByRole('alert'));
    await expectVisible(page.getByText('Email must be an email address').last());
    await page.getByLabel('Email').fill(SIGNUP);
    await page.getByLabel('Your first name').fill('Nora');
    await j.shot('hosted-page');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expectVisible(page.getByText('Welcome aboard!'));
    await expectVisible(page.getByText(/open the link in it to confirm/));
    await j.shot('thank-you');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('confirms from the mail sink', async () => {
    const { page } = j;
    const confirmUrl = await linkFromEmail(SIGNUP, '/confirm/', /Confirm your subscription/);
    await page.goto(sink.webUrl);
    await page.getByRole('link', { name: /Confirm your subscription/ }).click();
    await expectVisible(page.frameLocator('iframe[title="HTML part"]').getByText('Confirm my subscription'));
    await j.shot('confirmation-email');
    await page.goto(confirmUrl);
    await expectVisible(page.getByRole('heading', { name: 'Subscription confirmed' }));
    await j.shot('confirmed');
    const { rows } = await j.env.db.query(
      `SELECT t.name, s.status FROM contact_subscription s JOIN topic t ON t.id = s.topic_id JOIN contact c ON c.id = s.contact_id WHERE c.email = $1`,
      [SIGNUP],
    );
    expect(rows).toEqual([{ name: 'Product news', status: 'subscribed' }]);
  });

  it('opens the preference centre from a campaign email of the topic', async () => {
    const { page } = j;
    const http = j.api.http();
    const auth = j.admin.auth;
    const [topic] = (await http.get('/api/topics').set('Authorization', auth).expect(200)).body.filter((t: { name: string }) => t.name === 'Product news');
    const template = (await http.post('/api/templates').set('Authorization', auth).send({ name: 'News', subject: 'Product news for {{first_name}}', htmlBody: '<p>Hello {{first_name}}!</p>' }).expect(201)).body;
    const campaign = (
      await http.post('/api/campaigns').set('Authorization', auth).send({ name: 'November news', templateId: template.id, topicId: topic.id, segmentFilter: { tags: ['newsletter'] } }).expect(201)
    ).body;
    await http.post(`/api/campaigns/${campaign.id}/send`).set('Authorization', auth).send({}).expect(202);
    await page.goto(await linkFromEmail(SIGNUP, '/preferences/', /Product news for Nora/));
    await expectVisible(page.getByText('Product news').first());
    await j.shot('preference-centre');
    expect(j.browserErrors).toEqual([]);
  });
});
