import type { INestApplicationContext } from '@nestjs/common';
import { factories } from '../support/factories';
import { SmtpSink } from '../support/smtp-sink';
import { ApiProcess, registerAdmin, Session, TestEnvironment } from '../support/test-app';
import { eventually, loadBuiltApp, pathOf, postSendgridWebhook, sendgridVerificationKey, unfoldedHeaders, urlsIn } from './support';

const PUBLIC_URL = 'https://mail.corral.test';
/** RFC 2919: List-Id: [phrase] <list-label.namespace>, both dot-atom-text. */
const ATEXT = "[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~]+";
const LIST_ID = new RegExp(`^List-I[Dd]: (?:"(?:[^"\\\\\\r\\n]|\\\\.)*" )?<(${ATEXT}(?:\\.${ATEXT})+)>$`, 'm');

/**
 * What campaign and workflow emails carry besides their content (List-Id, no provider headers
 * for a relay that is not the provider's), the per-campaign tracking switches, and SendGrid's
 * unsubscribe events — against a real SMTP server, parsed with mailparser.
 */
describe('email delivery details (e2e)', () => {
  const env = new TestEnvironment();
  const sink = new SmtpSink();
  let api: ApiProcess;
  let admin: Session;
  let templateId: string;

  async function sendCampaign(body: Record<string, unknown>) {
    const created = await api.http().post('/api/campaigns').set('Authorization', admin.auth).send({ templateId, ...body }).expect(201);
    await api.http().post(`/api/campaigns/${created.body.id}/send`).set('Authorization', admin.auth).expect(202);
    return eventually(async () => {
      const res = await api.http().get(`/api/campaigns/${created.body.id}`).set('Authorization', admin.auth);
      return res.body.status === 'sent' && res.body;
    }, `campaign ${body.name} to be sent`);
  }

  beforeAll(async () => {
    await sink.start();
    api = await env.startApi({ env: { SMTP_URL: sink.url, PUBLIC_URL, SENDGRID_VERIFICATION_KEY: sendgridVerificationKey } });
    admin = await registerAdmin(api);
    await api
      .http()
      .patch('/api/settings/email')
      .set('Authorization', admin.auth)
      .send({ fromEmail: 'news@corral.test', fromName: 'Corral "Weekly" News' })
      .expect(200);
    const template = await api
      .http()
      .post('/api/templates')
      .set('Authorization', admin.auth)
      .send({
        name: 'Short',
        subject: 'Hello {{first_name}}',
        htmlBody: '<html><body><p>Hi {{first_name}}, <a href="https://shop.test/sale">see the sale</a>.</p></body></html>',
        textBody: 'Hi {{first_name}}, see https://shop.test/sale',
      })
      .expect(201);
    templateId = template.body.id;
  });
  afterAll(async () => {
    await env.destroy();
    await sink.stop();
  });

  it('gives campaign emails one valid List-Id per organisation', async () => {
    await factories.contact(env.db, { email: 'list-1@example.com', firstName: 'Lia', tags: ['list'] });
    await factories.contact(env.db, { email: 'list-2@example.com', firstName: 'Lou', tags: ['list'] });
    await sendCampaign({ name: 'List id', segmentFilter: { tags: ['list'] } });
    const mails = [...sink.to('list-1@example.com'), ...sink.to('list-2@example.com')];
    expect(mails).toHaveLength(2);
    for (const mail of mails) {
      const headers = unfoldedHeaders(mail.raw);
      expect(headers).toMatch(LIST_ID);
      expect(LIST_ID.exec(headers)?.[1]).toBe('corral.mail.corral.test');
      expect(mail.parsed.headers.get('list')).toMatchObject({ id: { id: 'corral.mail.corral.test', name: 'Corral "Weekly" News' } });
    }
  });

  it('sends no X-SMTPAPI header when the relay is not SendGrid (it would reach the recipient)', async () => {
    const mails = [...sink.to('list-1@example.com'), ...sink.to('list-2@example.com')];
    expect(mails).toHaveLength(2);
    for (const mail of mails) {
      expect(mail.raw).not.toMatch(/^X-SMTPAPI:/im);
      expect(mail.parsed.headers.has('x-smtpapi')).toBe(false);
    }
  });

  it('gives workflow emails the same List-Id', async () => {
    let app: INestApplicationContext | undefined;
    try {
      const built = await loadBuiltApp(env, { SMTP_URL: sink.url, PUBLIC_URL });
      app = built.app;
      const { id: contactId } = await factories.contact(env.db, { email: 'list-wf@example.com', firstName: 'Wes' });
      const { id: plainTemplate } = await factories.template(env.db, { subject: 'Welcome', htmlBody: '<p>Welcome</p>' });
      await app.get(built.emails.EmailSendingService).sendTemplateToContact({ templateId: plainTemplate, contactId });
      const [mail] = sink.to('list-wf@example.com');
      expect(LIST_ID.exec(unfoldedHeaders(mail.raw))?.[1]).toBe('corral.mail.corral.test');
      expect(mail.raw).not.toMatch(/^X-SMTPAPI:/im);
    } finally {
      await app?.close();
    }
  });

  it('sends no pixel and rewrites no link when a campaign turns tracking off; the unsubscribe link still works', async () => {
    await factories.contact(env.db, { email: 'quiet@example.com', firstName: 'Quinn', tags: ['quiet'] });
    const sent = await sendCampaign({ name: 'Untracked', segmentFilter: { tags: ['quiet'] }, trackOpens: false, trackClicks: false });
    expect(sent).toMatchObject({ trackOpens: false, trackClicks: false, stats: { sent: 1 } });
    const [mail] = sink.to('quiet@example.com');
    const html = String(mail.parsed.html);
    expect(urlsIn(html).filter((u) => u.includes('/track/'))).toEqual([]);
    expect(html).not.toContain('<img');
    expect(html).toContain('href="https://shop.test/sale"');
    expect(mail.parsed.text).toContain('see https://shop.test/sale');
    expect(mail.parsed.text).not.toContain('/track/');
    const { rows: links } = await env.db.query('SELECT count(*)::int AS n FROM campaign_link WHERE campaign_id = $1', [sent.id]);
    expect(links[0].n).toBe(0);

    const unsubscribe = /^List-Unsubscribe: <([^>]+)>$/m.exec(unfoldedHeaders(mail.raw))?.[1] as string;
    expect(urlsIn(html)).toContain(unsubscribe);
    await api.http().post(pathOf(unsubscribe)).type('form').send('List-Unsubscribe=One-Click').expect(200);
    const { rows } = await env.db.query(`SELECT reason FROM suppression WHERE email = 'quiet@example.com'`);
    expect(rows).toEqual([{ reason: 'unsubscribed' }]);
  });

  it('turns open and click tracking off one at a time', async () => {
    await factories.contact(env.db, { email: 'clicks-only@example.com', tags: ['clicks-only'] });
    await factories.contact(env.db, { email: 'opens-only@example.com', tags: ['opens-only'] });
    await sendCampaign({ name: 'Clicks only', segmentFilter: { tags: ['clicks-only'] }, trackOpens: false });
    await sendCampaign({ name: 'Opens only', segmentFilter: { tags: ['opens-only'] }, trackClicks: false });
    const clicksOnly = urlsIn(String(sink.to('clicks-only@example.com')[0].parsed.html));
    expect(clicksOnly.filter((u) => u.startsWith(`${PUBLIC_URL}/track/click/`))).toHaveLength(1);
    expect(clicksOnly.filter((u) => u.includes('/track/open/'))).toHaveLength(0);
    const opensOnly = urlsIn(String(sink.to('opens-only@example.com')[0].parsed.html));
    expect(opensOnly.filter((u) => u.includes('/track/click/'))).toHaveLength(0);
    expect(opensOnly.filter((u) => u.startsWith(`${PUBLIC_URL}/track/open/`))).toHaveLength(1);
    expect(opensOnly).toContain('https://shop.test/sale');
  });

  it('stores the tracking switches, defaulting to on, and rejects anything but booleans naming the field', async () => {
    const created = await api.http().post('/api/campaigns').set('Authorization', admin.auth).send({ name: 'Defaults' }).expect(201);
    expect(created.body).toMatchObject({ trackOpens: true, trackClicks: true });
    const patched = await api.http().patch(`/api/campaigns/${created.body.id}`).set('Authorization', admin.auth).send({ trackOpens: false }).expect(200);
    expect(patched.body).toMatchObject({ trackOpens: false, trackClicks: true });
    const listed = await api.http().get('/api/campaigns?search=Defaults').set('Authorization', admin.auth).expect(200);
    expect(listed.body.data[0]).toMatchObject({ trackOpens: false, trackClicks: true });
    for (const bad of [{ trackOpens: 'no' }, { trackOpens: null }, { trackOpens: 0 }, { trackClicks: 'false' }, { trackClicks: null }]) {
      const field = Object.keys(bad)[0];
      for (const res of [
        await api.http().post('/api/campaigns').set('Authorization', admin.auth).send({ name: 'Bad', ...bad }),
        await api.http().patch(`/api/campaigns/${created.body.id}`).set('Authorization', admin.auth).send(bad),
      ]) {
        expect(res.status).toBe(400);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.body.errors).toEqual([{ field, message: `${field === 'trackOpens' ? 'Track opens' : 'Track clicks'} must be true or false` }]);
      }
    }
    const unchanged = await api.http().get(`/api/campaigns/${created.body.id}`).set('Authorization', admin.auth).expect(200);
    expect(unchanged.body).toMatchObject({ trackOpens: false, trackClicks: true });
  });

  it('suppresses as unsubscribed on SendGrid’s unsubscribe events and on drops of an unsubscribed address', async () => {
    const ids: Record<string, string> = {};
    for (const name of ['sg-unsub', 'sg-group', 'sg-dropped', 'sg-bounced']) {
      ids[name] = (await factories.contact(env.db, { email: `${name}@example.com`, tags: ['sg'] })).id;
    }
    const campaign = await sendCampaign({ name: 'SendGrid events', segmentFilter: { tags: ['sg'] } });
    const messageId = (name: string) => sink.to(`${name}@example.com`)[0].parsed.messageId as string;
    const body = JSON.stringify([
      { event: 'unsubscribe', email: 'sg-unsub@example.com', 'smtp-id': messageId('sg-unsub') },
      { event: 'group_unsubscribe', email: 'sg-group@example.com', 'smtp-id': messageId('sg-group'), asm_group_id: 7 },
      { event: 'dropped', email: 'sg-dropped@example.com', 'smtp-id': messageId('sg-dropped'), reason: 'Unsubscribed Address' },
      { event: 'dropped', email: 'sg-bounced@example.com', 'smtp-id': messageId('sg-bounced'), reason: 'Bounced Address' },
    ]);
    const res = await postSendgridWebhook(api, body).expect(200);
    expect(res.body).toEqual({ received: 4, applied: 4 });

    const { rows: suppressed } = await env.db.query(`SELECT email, reason FROM suppression WHERE email LIKE 'sg-%' ORDER BY email`);
    expect(suppressed).toEqual([
      { email: 'sg-bounced@example.com', reason: 'bounced' },
      { email: 'sg-dropped@example.com', reason: 'unsubscribed' },
      { email: 'sg-group@example.com', reason: 'unsubscribed' },
      { email: 'sg-unsub@example.com', reason: 'unsubscribed' },
    ]);
    const { rows: logs } = await env.db.query(
      `SELECT to_email, status, error_message, unsubscribed_at IS NOT NULL AS unsubscribed FROM email_log WHERE campaign_id = $1 ORDER BY to_email`,
      [campaign.id],
    );
    expect(logs).toEqual([
      { to_email: 'sg-bounced@example.com', status: 'bounced', error_message: 'Bounced Address', unsubscribed: false },
      { to_email: 'sg-dropped@example.com', status: 'failed', error_message: 'Dropped by SendGrid: Unsubscribed Address', unsubscribed: false },
      { to_email: 'sg-group@example.com', status: 'sent', error_message: null, unsubscribed: true },
      { to_email: 'sg-unsub@example.com', status: 'sent', error_message: null, unsubscribed: true },
    ]);
    const stats = await api.http().get(`/api/campaigns/${campaign.id}/stats`).set('Authorization', admin.auth).expect(200);
    expect(stats.body).toMatchObject({ sent: 3, failed: 1, bounced: 1, unsubscribed: 2 });
    const { rows: activity } = await env.db.query(`SELECT title FROM activity WHERE contact_id = $1`, [ids['sg-unsub']]);
    expect(activity).toEqual([{ title: 'Unsubscribed from emails (sg-unsub@example.com)' }]);

    // SendGrid retries deliveries: the same events again change nothing.
    const again = await postSendgridWebhook(api, body).expect(200);
    expect(again.body.received).toBe(4);
    expect((await env.db.query(`SELECT count(*)::int AS n FROM activity WHERE contact_id = $1`, [ids['sg-unsub']])).rows[0].n).toBe(1);
    expect((await env.db.query(`SELECT count(*)::int AS n FROM suppression WHERE email LIKE 'sg-%'`)).rows[0].n).toBe(4);
  });
});
