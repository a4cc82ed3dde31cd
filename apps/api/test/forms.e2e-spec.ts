import { createServer, Server } from 'http';
import { AddressInfo } from 'net';
import request from 'supertest';
import { ConfirmTokens, CONFIRM_TOKEN_TTL_MS } from '../src/modules/forms/confirm-tokens';
import { factories } from './support/factories';
import { SmtpSink } from './support/smtp-sink';
import { ApiProcess, registerAdmin, Session, TestEnvironment } from './support/test-app';
import { eventually } from './support/workflow-helpers';

const PUBLIC_URL = 'https://forms.corral.test';
/** Low limits, so the suite reaches them in a few posts. */
const FORM_RATE_LIMIT = 8;
const FORM_ADDRESS_LIMIT = 2;

/**
 * Signup forms end to end: the builder's API, the hosted page and its posts (form-encoded and JSON),
 * the abuse guards, double opt-in through the SMTP sink, the consent ledger and the
 * form_submitted workflow trigger. Each test posts from its own X-Forwarded-For address (the API
 * trusts the loopback proxy here), so the per-client limit of one test does not reach another.
 */
describe('signup forms (e2e)', () => {
  const env = new TestEnvironment();
  const sink = new SmtpSink();
  let api: ApiProcess;
  let admin: Session;
  let topicId: string;
  let clientNo = 0;

  const post = (path: string, body: object, auth = admin.auth) => api.http().post(path).set('Authorization', auth).send(body);
  /** A new client address for each call site that needs one. */
  const client = () => `203.0.113.${++clientNo}`;
  const signupJson = (formId: string, body: object, ip: string) => api.http().post(`/f/${formId}`).set('X-Forwarded-For', ip).send(body);
  const signupForm = (formId: string, body: Record<string, string>, ip: string) =>
    api.http().post(`/f/${formId}`).set('X-Forwarded-For', ip).type('form').send(body);
  const ledger = async (contactId: string) =>
    (await env.db.query(`SELECT action, topic_id, source, form_id, ip, user_agent, text FROM consent_event WHERE contact_id = $1 ORDER BY at, id`, [contactId])).rows;
  const subscriptions = async (contactId: string) =>
    (await env.db.query(`SELECT topic_id, status FROM contact_subscription WHERE contact_id = $1`, [contactId])).rows;
  const contactsWith = async (email: string) => (await env.db.query(`SELECT * FROM contact WHERE lower(email) = lower($1)`, [email])).rows;
  const confirmLink = (html: string) => (/https:\/\/forms\.corral\.test\/confirm\/([\w-]+)/.exec(html) ?? [])[1];

  async function createForm(body: Record<string, unknown> = {}): Promise<{ id: string; url: string; name: string }> {
    const res = await post('/api/forms', {
      name: `Newsletter ${Math.random().toString(36).slice(2, 7)}`,
      fields: [
        { field: 'email', label: 'Email', required: true },
        { field: 'firstName', label: 'First name', required: false },
      ],
      topicIds: [topicId],
      tags: ['newsletter'],
      ...body,
    }).expect(201);
    return res.body;
  }

  beforeAll(async () => {
    await sink.start();
    api = await env.startApi({
      env: {
        SMTP_URL: sink.url,
        PUBLIC_URL,
        SCHEDULER_INTERVAL_SECONDS: '1',
        TRUSTED_PROXIES: 'loopback',
        FORM_RATE_LIMIT: String(FORM_RATE_LIMIT),
        FORM_ADDRESS_LIMIT: String(FORM_ADDRESS_LIMIT),
        WEBHOOK_ALLOW_PRIVATE: 'true',
      },
    });
    admin = await registerAdmin(api);
    ({ id: topicId } = (await post('/api/topics', { name: 'Product news', requiresOptIn: true }).expect(201)).body);
  });
  afterAll(async () => {
    await env.destroy();
    await sink.stop();
  });

  it('double opt-in: signup → pending → confirmation email → GET confirm → subscribed, with the ledger entries', async () => {
    const form = await createForm();
    expect(form.url).toBe(`${PUBLIC_URL}/f/${form.id}`);
    const page = await api.http().get(`/f/${form.id}`).expect(200);
    expect(page.text).toContain('<label for="corral-f0">Email');
    expect(page.text).toContain('name="viewport"');
    expect(page.text).toContain('emails about Product news');

    const ip = client();
    const res = await signupForm(form.id, { email: 'dora@example.com', firstName: 'Dora' }, ip).set('User-Agent', 'FormTest/1.0').expect(303);
    expect(res.headers.location).toBe(`/f/${form.id}/thanks`);
    const [contact] = await contactsWith('dora@example.com');
    expect(contact).toMatchObject({ first_name: 'Dora', tags: ['newsletter'] });
    expect(await subscriptions(contact.id)).toEqual([{ topic_id: topicId, status: 'pending' }]);

    const [mail] = await sink.waitFor((m) => m.some((x) => x.envelopeTo.includes('dora@example.com'))).then(() => sink.to('dora@example.com'));
    const token = confirmLink(String(mail.parsed.html));
    expect(token).toBeTruthy();
    expect(mail.parsed.text).toContain(`${PUBLIC_URL}/confirm/${token}`);

    const confirmed = await api.http().get(`/confirm/${token}`).set('X-Forwarded-For', '198.51.100.7').set('User-Agent', 'MailClient/2').expect(200);
    expect(confirmed.text).toContain('Subscription confirmed');
    expect(await subscriptions(contact.id)).toEqual([{ topic_id: topicId, status: 'subscribed' }]);
    await api.http().get(`/confirm/${token}`).expect(200);

    const entries = await ledger(contact.id);
    expect(entries).toEqual([
      { action: 'subscribed', topic_id: topicId, source: 'form', form_id: form.id, ip, user_agent: 'FormTest/1.0', text: expect.stringContaining('Product news') },
      { action: 'confirmed', topic_id: topicId, source: 'form', form_id: form.id, ip: '198.51.100.7', user_agent: 'MailClient/2', text: null },
    ]);
    expect(page.text).toContain(entries[0].text);
    const { rows: submissions } = await env.db.query(`SELECT status, confirmed_at FROM form_submission WHERE form_id = $1`, [form.id]);
    expect(submissions).toEqual([{ status: 'subscribed', confirmed_at: expect.any(Date) }]);
    const list = await api.http().get('/api/forms').set('Authorization', admin.auth).expect(200);
    expect(list.body.data.find((f: { id: string }) => f.id === form.id)).toMatchObject({ submissions: 1, doubleOptIn: true });
  });

  it('without double opt-in: subscribed at once, JSON answer, no email', async () => {
    const form = await createForm({ doubleOptIn: false });
    const res = await signupJson(form.id, { email: 'nico@example.com' }, client()).expect(200);
    expect(res.body).toEqual({ status: 'subscribed' });
    const [contact] = await contactsWith('nico@example.com');
    expect(await subscriptions(contact.id)).toEqual([{ topic_id: topicId, status: 'subscribed' }]);
    expect((await ledger(contact.id)).map((e) => e.action)).toEqual(['subscribed']);
    await new Promise((r) => setTimeout(r, 500));
    expect(sink.to('nico@example.com')).toHaveLength(0);
  });

  it('updates an existing contact (email ignoring case) with the non-empty fields the form has, never duplicating it', async () => {
    const existing = await factories.contact(env.db, { email: 'Olga@Example.com', firstName: 'Olga', lastName: 'Keep', phone: '+1 555 0199', status: 'customer', tags: ['vip'] });
    const form = await createForm({
      doubleOptIn: false,
      fields: [
        { field: 'email', label: 'Email', required: true },
        { field: 'firstName', label: 'First name', required: false },
        { field: 'phone', label: 'Phone', required: false },
      ],
    });
    await signupJson(form.id, { email: 'olga@example.com', firstName: 'Olgä', phone: '', lastName: 'Hacker', status: 'lead' }, client()).expect(200);
    const rows = await contactsWith('olga@example.com');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: existing.id, first_name: 'Olgä', last_name: 'Keep', phone: '+1 555 0199', status: 'customer' });
    expect([...rows[0].tags].sort()).toEqual(['newsletter', 'vip']);
  });

  it('answers a new and a known address alike', async () => {
    await factories.contact(env.db, { email: 'known@example.com' });
    const form = await createForm();
    const known = await signupJson(form.id, { email: 'known@example.com' }, client()).expect(200);
    const fresh = await signupJson(form.id, { email: 'fresh@example.com' }, client()).expect(200);
    expect(known.body).toEqual(fresh.body);
    expect(known.body).toEqual({ status: 'pending_confirmation' });
  });

  it('an erased address: a signup without double opt-in leaves it erased, a confirmed double opt-in lifts the erasure', async () => {
    const erased = async () => (await env.db.query(`SELECT count(*)::int AS n FROM erased_address WHERE hash = address_hash('gone@example.com')`)).rows[0].n;
    await env.db.query(`INSERT INTO erased_address (hash) VALUES (address_hash('gone@example.com'))`);
    const withoutConfirmation = await createForm({ doubleOptIn: false });
    await signupJson(withoutConfirmation.id, { email: 'gone@example.com' }, client()).expect(200, { status: 'subscribed' });
    expect(await erased()).toBe(1);
    const withConfirmation = await createForm();
    await signupJson(withConfirmation.id, { email: 'Gone@Example.com' }, client()).expect(200, { status: 'pending_confirmation' });
    const [mail] = await sink.waitFor(() => sink.to('gone@example.com').length > 0).then(() => sink.to('gone@example.com'));
    await api.http().get(`/confirm/${confirmLink(String(mail.parsed.html))}`).expect(200);
    expect(await erased()).toBe(0);
  });

  it('a filled honeypot answers success and changes nothing', async () => {
    const form = await createForm();
    await signupJson(form.id, { email: 'bot@example.com', website: 'https://spam.example' }, client()).expect(200, { status: 'pending_confirmation' });
    await signupForm(form.id, { email: 'bot@example.com', website: 'x' }, client()).expect(303);
    expect(await contactsWith('bot@example.com')).toHaveLength(0);
    expect((await env.db.query(`SELECT count(*)::int AS n FROM form_submission WHERE form_id = $1`, [form.id])).rows[0].n).toBe(0);
  });

  it('rate limits: per address the usual answer and nothing done, per client 429', async () => {
    const form = await createForm();
    const ip = client();
    for (let i = 0; i < FORM_ADDRESS_LIMIT + 2; i++) await signupJson(form.id, { email: 'flood@example.com' }, ip).expect(200, { status: 'pending_confirmation' });
    const { rows } = await env.db.query(`SELECT count(*)::int AS n FROM form_submission WHERE email = 'flood@example.com'`);
    expect(rows[0].n).toBe(FORM_ADDRESS_LIMIT);
    await sink.waitFor(() => sink.to('flood@example.com').length >= FORM_ADDRESS_LIMIT);
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.to('flood@example.com')).toHaveLength(FORM_ADDRESS_LIMIT);

    for (let i = FORM_ADDRESS_LIMIT + 2; i < FORM_RATE_LIMIT; i++) await signupJson(form.id, { email: `burst${i}@example.com` }, ip).expect(200);
    const limited = await signupJson(form.id, { email: 'burst-over@example.com' }, ip).expect(429);
    expect(limited.headers['retry-after']).toBe('60');
    expect(await contactsWith('burst-over@example.com')).toHaveLength(0);
    await signupForm(form.id, { email: 'burst-over@example.com' }, ip).expect(429);
    await signupJson(form.id, { email: 'burst-over@example.com' }, client()).expect(200);
  });

  it('CORS: the preflight and the JSON answer allow any origin', async () => {
    const form = await createForm();
    const preflight = await request(api.url)
      .options(`/f/${form.id}`)
      .set('Origin', 'https://www.customer-site.test')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'content-type')
      .expect(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(preflight.headers['access-control-allow-methods']).toContain('POST');
    expect(preflight.headers['access-control-allow-headers']).toMatch(/content-type/i);
    const res = await signupJson(form.id, { email: 'cors@example.com' }, client()).set('Origin', 'https://www.customer-site.test').expect(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const bad = await signupJson(form.id, { email: 'nope' }, client()).set('Origin', 'https://www.customer-site.test').expect(400);
    expect(bad.headers['access-control-allow-origin']).toBe('*');
  });

  it('bad input: 400 naming the field (a problem for JSON, the page with the error for a form); a big body 413', async () => {
    await post('/api/fields', { objectType: 'contact', key: 'shoe_size', label: 'Shoe size', type: 'number' }).expect(201);
    const form = await createForm({
      fields: [
        { field: 'email', label: 'Email', required: true },
        { field: 'firstName', label: 'First name', required: true },
        { field: 'cf.shoe_size', label: 'Shoe size', required: false },
      ],
    });
    const missing = await signupJson(form.id, { email: 'bad-input@example.com', 'cf.shoe_size': 'large' }, client()).expect(400);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(missing.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['cf.shoe_size', 'firstName']);
    await signupJson(form.id, { email: ['a@b.co', 'c@d.co'] }, client()).expect(400);
    await signupJson(form.id, { email: { $gt: '' }, firstName: 'X' }, client()).expect(400);

    const page = await signupForm(form.id, { email: 'not an address', firstName: 'Pia' }, client()).expect(400);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('role="alert"');
    expect(page.text).toMatch(/aria-invalid="true" aria-describedby="corral-f0-error"/);
    expect(page.text).toContain('value="Pia"');
    expect(await contactsWith('bad-input@example.com')).toHaveLength(0);

    await signupJson(form.id, { email: 'big@example.com', firstName: 'x'.repeat(20_000) }, client()).expect(413);
    await signupJson('00000000-0000-4000-8000-000000000000', { email: 'x@example.com' }, client()).expect(404);
    await api.http().get('/f/not-a-form').expect(404);

    // The builder's own checks.
    const refused = await post('/api/forms', {
      name: 'Broken',
      fields: [{ field: 'cf.no_such_field', label: 'X', required: false }],
      topicIds: ['00000000-0000-4000-8000-000000000000'],
      redirectUrl: 'javascript:alert(1)',
    }).expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['fields', 'fields.0.field', 'redirectUrl', 'topicIds']);
    const deleting = await api.http().delete(`/api/fields/${(await env.db.query(`SELECT id FROM field_definition WHERE key = 'shoe_size'`)).rows[0].id}`).set('Authorization', admin.auth).expect(409);
    expect(deleting.body.usedBy).toEqual([expect.stringMatching(/^form 'Newsletter /)]);
    const topicInUse = await api.http().delete(`/api/topics/${topicId}`).set('Authorization', admin.auth).expect(409);
    expect(topicInUse.body.usedBy).toContain(`form '${form.name}'`);
  });

  it('an expired or forged confirmation link gets a clear page (410, 400) and subscribes nothing', async () => {
    const form = await createForm();
    await signupJson(form.id, { email: 'late@example.com' }, client()).expect(200);
    const [contact] = await contactsWith('late@example.com');
    const { rows: [submission] } = await env.db.query(`SELECT id FROM form_submission WHERE contact_id = $1`, [contact.id]);
    const { rows: [setting] } = await env.db.query(`SELECT value FROM app_setting WHERE key = 'form_confirm_secret'`);
    const tokens = new ConfirmTokens(Buffer.from(setting.value as string, 'base64url'));
    const expired = tokens.sign(submission.id, Date.now() - CONFIRM_TOKEN_TTL_MS - 60_000);
    expect((await api.http().get(`/confirm/${expired}`).expect(410)).text).toContain('Link expired');
    const forged = new ConfirmTokens(Buffer.from('not the secret')).sign(submission.id);
    expect((await api.http().get(`/confirm/${forged}`).expect(400)).text).toContain('Link not valid');
    expect(await subscriptions(contact.id)).toEqual([{ topic_id: topicId, status: 'pending' }]);
  });

  it('starts form_submitted workflows of that form only, publishes form.submitted, and offers the embed snippet', async () => {
    const received: { type: string; data: Record<string, unknown> }[] = [];
    const receiver: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push(JSON.parse(body));
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    await post('/api/webhook-endpoints', { url: hookUrl, events: ['form.submitted'], isActive: true }).expect(201);
    const form = await createForm({ doubleOptIn: false, tags: [] });
    const other = await createForm({ doubleOptIn: false, tags: [] });
    const workflow = await post('/api/workflows', {
      name: 'Welcome signups',
      triggerEvent: 'form_submitted',
      triggerData: { formId: form.id },
      isActive: true,
      steps: [{ order: 1, action: 'add_tag', actionData: { tag: 'welcomed' } }],
    }).expect(201);
    await post('/api/workflows', { name: 'Bad filter', triggerEvent: 'form_submitted', triggerData: { formId: 'nope' }, steps: [{ action: 'wait' }] }).expect(400);
    await signupJson(other.id, { email: 'wf-other@example.com' }, client()).expect(200);
    await signupJson(form.id, { email: 'wf-signup@example.com' }, client()).expect(200);
    await eventually('the workflow tags the contact', async () => ((await contactsWith('wf-signup@example.com'))[0]?.tags ?? []).includes('welcomed'));
    const { rows } = await env.db.query(`SELECT c.email FROM workflow_execution e JOIN contact c ON c.id = e.contact_id WHERE e.workflow_id = $1`, [workflow.body.id]);
    expect(rows).toEqual([{ email: 'wf-signup@example.com' }]);
    const event = await eventually('the form.submitted webhook', async () => received.find((e) => e.data.email === 'wf-signup@example.com'));
    expect(event).toMatchObject({ type: 'form.submitted', data: { formId: form.id, status: 'subscribed', contactId: expect.any(String) } });
    await new Promise<void>((resolve) => receiver.close(() => resolve()));

    const embed = await api.http().get(`/api/forms/${form.id}/embed`).set('Authorization', admin.auth).expect(200);
    expect(embed.body.url).toBe(`${PUBLIC_URL}/f/${form.id}`);
    expect(embed.body.html).toContain(`action="${PUBLIC_URL}/f/${form.id}"`);
    expect(embed.body.html).toContain('name="website"');
    expect(embed.body.html).not.toContain('<script');
  });
});
