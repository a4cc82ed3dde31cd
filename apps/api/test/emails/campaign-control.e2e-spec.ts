import { factories } from '../support/factories';
import { SmtpSink } from '../support/smtp-sink';
import { ApiProcess, registerAdmin, Session, TestEnvironment } from '../support/test-app';
import { eventually } from './support';

/** SEND_RATE keeps campaigns slow enough to pause and cancel them halfway. */
const SEND_RATE = 20;

describe('campaign control: pause, resume, cancel, state rules, SMTP failures (e2e)', () => {
  const env = new TestEnvironment();
  const sink = new SmtpSink();
  let api: ApiProcess;
  let admin: Session;
  let templateId: string;

  const post = (path: string) => api.http().post(path).set('Authorization', admin.auth);
  const campaign = async (id: string) => (await api.http().get(`/api/campaigns/${id}`).set('Authorization', admin.auth).expect(200)).body;
  const received = (tag: string) => sink.messages.filter((m) => m.envelopeTo[0].startsWith(`${tag}-`));

  async function audience(tag: string, size: number): Promise<string[]> {
    const addresses = Array.from({ length: size }, (_, i) => `${tag}-${String(i).padStart(3, '0')}@example.com`);
    for (const email of addresses) await factories.contact(env.db, { email, tags: [tag] });
    return addresses;
  }

  async function createCampaign(tag: string): Promise<string> {
    const res = await post('/api/campaigns').send({ name: `Campaign ${tag}`, templateId, segmentFilter: { tags: [tag] } }).expect(201);
    return res.body.id;
  }

  /** Waits until no email of the campaign is mid-hand-off, so counts in the sink and the database agree. */
  const settled = (id: string) =>
    eventually(async () => (await env.db.query(`SELECT 1 FROM email_log WHERE campaign_id = $1 AND status = 'sending'`, [id])).rowCount === 0, 'in-flight sends to finish');

  beforeAll(async () => {
    await sink.start();
    api = await env.startApi({ env: { SMTP_URL: sink.url, SEND_RATE: String(SEND_RATE) } });
    admin = await registerAdmin(api);
    ({ id: templateId } = await factories.template(env.db, { subject: 'Hello {{email}}', htmlBody: '<p>Hi</p>' }));
  });
  afterAll(async () => {
    await env.destroy();
    await sink.stop();
  });

  it('pauses mid-send (nothing more goes out) and resumes without sending anyone twice', async () => {
    const addresses = await audience('pause', 40);
    const id = await createCampaign('pause');
    await post(`/api/campaigns/${id}/send`).expect(202);
    await sink.waitFor(() => received('pause').length >= 5);
    expect((await post(`/api/campaigns/${id}/pause`).expect(200)).body.status).toBe('paused');
    await settled(id);
    const atPause = received('pause').length;
    const stats = (await campaign(id)).stats;
    expect(stats.sent).toBe(atPause);
    expect(stats.pending).toBe(40 - atPause);
    expect(atPause).toBeLessThan(40);

    await post(`/api/campaigns/${id}/pause`).expect(409);
    await post(`/api/campaigns/${id}/send`).expect(409);
    await api.http().patch(`/api/campaigns/${id}`).set('Authorization', admin.auth).send({ name: 'renamed' }).expect(409);
    await api.http().delete(`/api/campaigns/${id}`).set('Authorization', admin.auth).expect(409);

    expect((await post(`/api/campaigns/${id}/resume`).expect(200)).body.status).toBe('sending');
    await post(`/api/campaigns/${id}/resume`).expect(409);
    await eventually(async () => (await campaign(id)).status === 'sent', 'the resumed campaign to finish');
    for (const address of addresses) expect(sink.to(address)).toHaveLength(1);
    expect((await campaign(id)).stats).toMatchObject({ recipients: 40, sent: 40, pending: 0 });
    await post(`/api/campaigns/${id}/cancel`).expect(409);
    await post(`/api/campaigns/${id}/resume`).expect(409);
  });

  it('cancels mid-send: unsent emails are dropped and never go out', async () => {
    await audience('cancel', 40);
    const id = await createCampaign('cancel');
    await post(`/api/campaigns/${id}/send`).expect(202);
    await sink.waitFor(() => received('cancel').length >= 3);
    const cancelled = await post(`/api/campaigns/${id}/cancel`).expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    await settled(id);
    const stats = (await campaign(id)).stats;
    expect(stats.pending).toBe(0);
    expect(stats.recipients).toBe(stats.sent);
    expect(stats.sent).toBe(received('cancel').length);
    expect(stats.sent).toBeLessThan(40);
    await post(`/api/campaigns/${id}/resume`).expect(409);
    await post(`/api/campaigns/${id}/cancel`).expect(409);
    // Deleting a cancelled campaign removes it and its logs.
    await api.http().delete(`/api/campaigns/${id}`).set('Authorization', admin.auth).expect(204);
    expect((await env.db.query('SELECT count(*)::int AS n FROM email_log WHERE campaign_id = $1', [id])).rows[0].n).toBe(0);
  });

  it('pauses a scheduled campaign, and rejects sending without a template or from the wrong state', async () => {
    await audience('sched', 2);
    const id = await createCampaign('sched');
    const future = new Date(Date.now() + 3_600_000).toISOString();
    await api.http().patch(`/api/campaigns/${id}`).set('Authorization', admin.auth).send({ scheduledAt: future }).expect(200);
    expect((await post(`/api/campaigns/${id}/send`).expect(202)).body.status).toBe('scheduled');
    const edited = await api.http().patch(`/api/campaigns/${id}`).set('Authorization', admin.auth).send({ name: 'Rescheduled' }).expect(200);
    expect(edited.body).toMatchObject({ status: 'scheduled', name: 'Rescheduled' });
    expect((await post(`/api/campaigns/${id}/pause`).expect(200)).body.status).toBe('paused');
    // Its time has not come: resuming puts it back on the schedule.
    expect((await post(`/api/campaigns/${id}/resume`).expect(200)).body.status).toBe('scheduled');
    expect((await post(`/api/campaigns/${id}/cancel`).expect(200)).body.status).toBe('cancelled');
    expect(received('sched')).toHaveLength(0);

    const noTemplate = await post('/api/campaigns').send({ name: 'No template' }).expect(201);
    const res = await post(`/api/campaigns/${noTemplate.body.id}/send`);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'templateId', message: 'Choose a template before sending' }]);
    await post(`/api/campaigns/${noTemplate.body.id}/pause`).expect(409);
    await post(`/api/campaigns/${noTemplate.body.id}/cancel`).expect(409);
    await post(`/api/campaigns/${noTemplate.body.id}/resume`).expect(409);

    // A template saved before its rules tightened (written to the database here) still cannot be sent, and says why.
    const { id: broken } = await factories.template(env.db, { subject: 'Hi', htmlBody: '<p>Hi</p>\n{{#each contact.tags}}<b>{{this}}</b>' });
    const withBroken = await post('/api/campaigns').send({ name: 'Broken template', templateId: broken }).expect(201);
    const refused = await post(`/api/campaigns/${withBroken.body.id}/send`).expect(400);
    expect(refused.body.errors).toEqual([
      {
        field: 'templateId',
        message: 'The template “Test template” has an error in its HTML body (Line 2: {{#each}} is not closed: add {{/each}} where the block ends): fix it before sending',
      },
    ]);
    await post(`/api/campaigns/00000000-0000-4000-8000-000000000000/send`).expect(404);
  });

  it('marks a 5xx rejection failed with the server’s message and retries a 4xx until it goes through', async () => {
    await factories.contact(env.db, { email: 'smtp-ok@example.com', tags: ['smtp'] });
    await factories.contact(env.db, { email: 'smtp-grey@example.com', tags: ['smtp'] });
    await factories.contact(env.db, { email: 'smtp-gone@example.com', tags: ['smtp'] });
    let greylisted = 0;
    sink.failWith = (to) => {
      if (to === 'smtp-gone@example.com') return { code: 550, message: '5.1.1 Mailbox unavailable' };
      if (to === 'smtp-grey@example.com' && greylisted++ === 0) return { code: 451, message: '4.7.1 Greylisted, come back later' };
      return undefined;
    };
    const id = await createCampaign('smtp');
    await post(`/api/campaigns/${id}/send`).expect(202);
    const pendingRetry = await eventually(async () => {
      const { rows } = await env.db.query(`SELECT l.status, l.attempts, l.error_message FROM email_log l JOIN contact c ON c.id = l.contact_id WHERE c.email = 'smtp-grey@example.com'`);
      return rows[0]?.attempts === 1 && rows[0].status === 'pending' && rows[0];
    }, 'the greylisted email to wait for a retry');
    expect(pendingRetry.error_message).toContain('Greylisted');
    const done = await eventually(async () => {
      const body = await campaign(id);
      return body.status === 'sent' && body;
    }, 'the retry to go through', 45_000);
    sink.failWith = undefined;
    expect(done.stats).toMatchObject({ recipients: 3, sent: 2, failed: 1, pending: 0 });
    expect(sink.to('smtp-grey@example.com')).toHaveLength(1);
    expect(sink.to('smtp-gone@example.com')).toHaveLength(0);
    const failed = await api.http().get(`/api/campaigns/${id}/logs?status=failed`).set('Authorization', admin.auth).expect(200);
    expect(failed.body.data).toEqual([expect.objectContaining({ email: 'smtp-gone@example.com', status: 'failed', errorMessage: expect.stringContaining('5.1.1 Mailbox unavailable') })]);
    const retried = await env.db.query(`SELECT l.attempts FROM email_log l JOIN contact c ON c.id = l.contact_id WHERE c.email = 'smtp-grey@example.com'`);
    expect(retried.rows[0].attempts).toBe(2);
  }, 60_000);
});
