import { createServer, IncomingMessage, Server } from 'http';
import { AddressInfo } from 'net';
import { Webhook } from 'standardwebhooks';
import request from 'supertest';
import { eventually, pathOf, postSendgridWebhook, sendgridVerificationKey, urlsIn } from './emails/support';
import { SmtpSink } from './support/smtp-sink';
import { ApiProcess, registerAdmin, Session, TestEnvironment } from './support/test-app';

interface Delivered {
  headers: Record<string, string>;
  body: string;
  type: string;
  data: Record<string, unknown> & { id?: string };
}

/** A loopback receiver of every endpoint of the suite; `status` decides each answer. */
class Receiver {
  readonly received: Delivered[] = [];
  status: (delivered: Delivered) => number = () => 200;
  private readonly server: Server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const parsed = JSON.parse(body) as { type: string; data: Delivered['data'] };
      const delivered = { headers: req.headers as Record<string, string>, body, type: parsed.type, data: parsed.data };
      this.received.push(delivered);
      res.writeHead(this.status(delivered)).end('ok');
    });
  });

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  of(type: string, id?: string): Delivered[] {
    return this.received.filter((d) => d.type === type && (id === undefined || d.data.id === id));
  }

  /** Waits for one delivery of `type` (about `id`), then a moment more, so a duplicate would have arrived too. */
  async one(type: string, id?: string): Promise<Delivered> {
    await eventually(async () => this.of(type, id).length > 0, `a ${type} delivery${id ? ` about ${id}` : ''}`, 20_000);
    await new Promise((r) => setTimeout(r, 700));
    const found = this.of(type, id);
    expect({ type, id, deliveries: found.length }).toEqual({ type, id, deliveries: 1 });
    return found[0];
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

const EVERY_EVENT = [
  'contact.created',
  'contact.updated',
  'contact.deleted',
  'contact.unsubscribed',
  'company.created',
  'company.updated',
  'company.deleted',
  'deal.created',
  'deal.updated',
  'deal.deleted',
  'deal.stage_changed',
  'deal.won',
  'deal.lost',
  'email.sent',
  'email.delivered',
  'email.opened',
  'email.clicked',
  'email.bounced',
  'email.complained',
  'campaign.sent',
  'import.completed',
  'workflow.execution_completed',
];

const PUBLIC_URL = 'http://corral.test';

describe('webhook events: every change publishes its event with the change, a rolled-back change none (e2e)', () => {
  const env = new TestEnvironment();
  const sink = new SmtpSink();
  const receiver = new Receiver();
  let api: ApiProcess;
  let admin: Session;
  let endpoint: { id: string; secret: string };

  const as = {
    post: (url: string, body?: object) => api.http().post(url).set('Authorization', admin.auth).send(body),
    patch: (url: string, body: object) => api.http().patch(url).set('Authorization', admin.auth).send(body),
    get: (url: string) => api.http().get(url).set('Authorization', admin.auth),
    delete: (url: string) => api.http().delete(url).set('Authorization', admin.auth),
  };

  beforeAll(async () => {
    await Promise.all([sink.start(), receiver.start()]);
    api = await env.startApi({
      env: { SMTP_URL: sink.url, PUBLIC_URL, SENDGRID_VERIFICATION_KEY: sendgridVerificationKey, WEBHOOK_ALLOW_PRIVATE: 'true', SCHEDULER_INTERVAL_SECONDS: '1' },
    });
    admin = await registerAdmin(api);
    await as.patch('/api/settings/email', { fromEmail: 'news@corral.test', fromName: 'Corral News', postalAddress: '1 Quay Street' }).expect(200);
    endpoint = (await as.post('/api/webhook-endpoints', { url: receiver.url, events: EVERY_EVENT }).expect(201)).body;
    // A change whose transaction fails at COMMIT, after its event was published: the test's way to roll one back.
    await env.db.query(`CREATE FUNCTION refuse_rollback_name() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.last_name = 'Rollback' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NULL; END $$`);
    await env.db.query(`CREATE CONSTRAINT TRIGGER refuse_rollback AFTER INSERT OR UPDATE ON contact DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION refuse_rollback_name()`);
  }, 120_000);
  afterAll(async () => {
    await env.destroy();
    await Promise.all([sink.stop(), receiver.stop()]);
  });

  it('contacts: created, updated and deleted, each delivered once, signed, with the contact as GET answers it', async () => {
    const created = await as.post('/api/contacts', { email: 'ada@example.com', firstName: 'Ada', tags: ['vip'] }).expect(201);
    const id = created.body.id as string;
    const delivery = await receiver.one('contact.created', id);
    expect(new Webhook(endpoint.secret).verify(delivery.body, delivery.headers)).toMatchObject({ type: 'contact.created' });
    const fetched = await as.get(`/api/contacts/${id}`).expect(200);
    expect(delivery.data).toEqual(fetched.body);

    await as.patch(`/api/contacts/${id}`, { status: 'customer' }).expect(200);
    expect((await receiver.one('contact.updated', id)).data).toMatchObject({ id, status: 'customer', email: 'ada@example.com' });

    // Nothing changed: no event.
    await as.patch(`/api/contacts/${id}`, { status: 'customer' }).expect(200);
    await receiver.one('contact.updated', id);

    await as.delete(`/api/contacts/${id}`).expect(204);
    expect((await receiver.one('contact.deleted', id)).data).toEqual({ id });
  });

  it('a change rolled back (refused by a validation, or failing at commit after publishing) delivers nothing', async () => {
    const before = receiver.received.length;
    const ok = await as.post('/api/contacts', { email: 'bob@example.com' }).expect(201);
    await receiver.one('contact.created', ok.body.id);
    // Refused before anything was written.
    await as.patch(`/api/contacts/${ok.body.id}`, { companyId: '3f1e7c9a-0000-4000-8000-000000000000' }).expect(400);
    // Refused at commit, after the event was published inside the transaction: an error answer, and no delivery.
    const failedCreate = await request(api.url).post('/api/contacts').set('Authorization', admin.auth).send({ email: 'carl@example.com', lastName: 'Rollback' });
    expect(failedCreate.status).toBeGreaterThanOrEqual(500);
    const failedUpdate = await request(api.url).patch(`/api/contacts/${ok.body.id}`).set('Authorization', admin.auth).send({ lastName: 'Rollback' });
    expect(failedUpdate.status).toBeGreaterThanOrEqual(500);
    await new Promise((r) => setTimeout(r, 1500));
    expect(receiver.received.slice(before).map((d) => d.type)).toEqual(['contact.created']);
    const { rows } = await env.db.query(`SELECT count(*)::int AS n FROM webhook_event WHERE payload->>'email' = 'carl@example.com' OR payload->>'lastName' = 'Rollback'`);
    expect(rows[0].n).toBe(0);
    await as.get(`/api/contacts?search=carl`).expect(200).expect((res) => expect(res.body.total).toBe(0));
  });

  it('bulk actions publish every changed contact, one delivery each', async () => {
    const ids = await Promise.all(['d1', 'd2', 'd3'].map(async (n) => (await as.post('/api/contacts', { email: `${n}@example.com` }).expect(201)).body.id as string));
    for (const id of ids) await receiver.one('contact.created', id);
    await as.post('/api/contacts/bulk/status', { contactIds: ids, status: 'prospect' }).expect(200);
    for (const id of ids) expect((await receiver.one('contact.updated', id)).data).toMatchObject({ status: 'prospect' });
    await as.post('/api/contacts/bulk/delete', { contactIds: ids }).expect(200);
    for (const id of ids) expect((await receiver.one('contact.deleted', id)).data).toEqual({ id });
  });

  it('companies: created, updated, deleted; a refused rename (409) delivers nothing', async () => {
    const created = await as.post('/api/companies', { name: 'Acme' }).expect(201);
    const id = created.body.id as string;
    expect((await receiver.one('company.created', id)).data).toMatchObject({ id, name: 'Acme', contactCount: 0, contactsByStatus: { lead: 0 } });
    await as.post('/api/companies', { name: 'Globex' }).expect(201);
    await as.patch(`/api/companies/${id}`, { name: 'globex' }).expect(409);
    await as.patch(`/api/companies/${id}`, { industry: 'Tools' }).expect(200);
    expect((await receiver.one('company.updated', id)).data).toMatchObject({ id, name: 'Acme', industry: 'Tools' });
    await as.delete(`/api/companies/${id}`).expect(204);
    expect((await receiver.one('company.deleted', id)).data).toEqual({ id });
  });

  it('deals: created, updated with its stage change and outcome, lost, deleted', async () => {
    const [pipeline] = (await as.get('/api/pipelines').expect(200)).body.data;
    const won = pipeline.stages.find((s: { outcome: string | null }) => s.outcome === 'won');
    const deal = await as.post('/api/deals', { title: 'Big one', value: 1000 }).expect(201);
    const id = deal.body.id as string;
    const created = await receiver.one('deal.created', id);
    expect(created.data).toEqual((await as.get(`/api/deals/${id}`).expect(200)).body);
    expect(receiver.of('deal.stage_changed', id)).toHaveLength(0);

    await as.patch(`/api/deals/${id}`, { stageId: won.id }).expect(200);
    expect((await receiver.one('deal.updated', id)).data).toMatchObject({ id, status: 'won' });
    await receiver.one('deal.stage_changed', id);
    expect((await receiver.one('deal.won', id)).data).toMatchObject({ id, status: 'won' });

    const other = await as.post('/api/deals', { title: 'Small one', status: 'lost' }).expect(201);
    await receiver.one('deal.created', other.body.id);
    await receiver.one('deal.lost', other.body.id);
    // A refused edit (a closing date in a bad format) delivers nothing.
    await as.patch(`/api/deals/${other.body.id}`, { closeDate: 'soon' }).expect(400);
    await as.delete(`/api/deals/${other.body.id}`).expect(204);
    expect((await receiver.one('deal.deleted', other.body.id)).data).toEqual({ id: other.body.id });
    expect(receiver.of('deal.updated', other.body.id)).toHaveLength(0);
  });

  it('emails and campaigns: sent, opened, clicked, delivered, bounced, complained, campaign sent, unsubscribed', async () => {
    const contactIds: Record<string, string> = {};
    for (const name of ['erin', 'finn', 'gus']) {
      contactIds[name] = (await as.post('/api/contacts', { email: `${name}@example.com`, firstName: name, tags: ['news'] }).expect(201)).body.id;
    }
    const template = await as
      .post('/api/templates', { name: 'News', subject: 'Hello', htmlBody: '<p>Hi <a href="https://shop.test/sale">Sale</a> <a href="{{unsubscribe_url}}">Stop</a></p>' })
      .expect(201);
    const campaign = await as.post('/api/campaigns', { name: 'Spring', templateId: template.body.id, segmentFilter: { tags: ['news'] } }).expect(201);
    await as.post(`/api/campaigns/${campaign.body.id}/send`).expect(202);

    const sentCampaign = await receiver.one('campaign.sent', campaign.body.id);
    expect(sentCampaign.data).toMatchObject({ id: campaign.body.id, status: 'sent', stats: { sent: 3 } });
    const logs = (await as.get(`/api/campaigns/${campaign.body.id}/logs`).expect(200)).body.data as { id: string; email: string }[];
    const log = (name: string) => logs.find((l) => l.email === `${name}@example.com`)!.id;
    for (const name of ['erin', 'finn', 'gus']) {
      expect((await receiver.one('email.sent', log(name))).data).toMatchObject({ id: log(name), status: 'sent', email: `${name}@example.com`, campaignName: 'Spring' });
    }

    const urls = urlsIn(String(sink.to('erin@example.com')[0].parsed.html));
    const open = urls.find((u) => u.includes('/track/open/')) as string;
    const click = urls.find((u) => u.includes('/track/click/')) as string;
    await api.http().get(pathOf(open)).expect(200);
    await api.http().get(pathOf(open)).expect(200);
    expect((await receiver.one('email.opened', log('erin'))).data).toMatchObject({ openCount: 1 });
    await api.http().get(pathOf(click)).expect(302);
    expect((await receiver.one('email.clicked', log('erin'))).data).toMatchObject({ clickCount: 1, clickedLinks: ['https://shop.test/sale'] });
    // The second open counted, and announced nothing more.
    expect(receiver.of('email.opened', log('erin'))).toHaveLength(1);

    await postSendgridWebhook(api, JSON.stringify([{ event: 'delivered', emailLogId: log('erin'), email: 'erin@example.com' }])).expect(200);
    expect((await receiver.one('email.delivered', log('erin'))).data).toMatchObject({ status: 'delivered' });
    await postSendgridWebhook(api, JSON.stringify([{ event: 'bounce', emailLogId: log('finn'), email: 'finn@example.com', reason: '550 no such user' }])).expect(200);
    expect((await receiver.one('email.bounced', log('finn'))).data).toMatchObject({ status: 'bounced' });
    await postSendgridWebhook(api, JSON.stringify([{ event: 'spamreport', emailLogId: log('gus'), email: 'gus@example.com' }])).expect(200);
    await receiver.one('email.complained', log('gus'));
    // Bounces and complaints suppress the address, but they are not unsubscribes.
    expect(receiver.of('contact.unsubscribed')).toHaveLength(0);

    const unsubscribe = urls.find((u) => u.includes('/unsubscribe/')) as string;
    await api.http().post(pathOf(unsubscribe)).type('form').send('List-Unsubscribe=One-Click').expect((res) => expect(res.status).toBeLessThan(400));
    expect((await receiver.one('contact.unsubscribed', contactIds.erin)).data).toMatchObject({ id: contactIds.erin, email: 'erin@example.com' });
    // Again: already suppressed, nothing new.
    await api.http().post(pathOf(unsubscribe)).type('form').send('List-Unsubscribe=One-Click');
    await receiver.one('contact.unsubscribed', contactIds.erin);

    const hand = (await as.post('/api/contacts', { email: 'hal@example.com' }).expect(201)).body.id;
    await as.post('/api/suppressions', { email: 'HAL@example.com' }).expect(201);
    await receiver.one('contact.unsubscribed', hand);
  });

  it('imports: the imported contacts and import.completed with the import as its GET answers it', async () => {
    const started = await api
      .http()
      .post('/api/contacts/import')
      .set('Authorization', admin.auth)
      .attach('file', Buffer.from('email,first_name\nivy@example.com,Ivy\nnot-an-email,Nope\n'), { filename: 'people.csv', contentType: 'text/csv' })
      .expect(202);
    const completed = await receiver.one('import.completed', started.body.id);
    expect(completed.data).toEqual((await as.get(`/api/contacts/imports/${started.body.id}`).expect(200)).body);
    expect(completed.data).toMatchObject({ status: 'completed', created: 1, errorCount: 1 });
    const ivy = receiver.of('contact.created').find((d) => d.data.email === 'ivy@example.com');
    expect(ivy?.data).toMatchObject({ firstName: 'Ivy' });
  });

  it('workflows: send_webhook delivers a signed payload, retried with the same webhook-id after a 500; the run completes with workflow.execution_completed', async () => {
    const hook = (await as.post('/api/webhook-endpoints', { url: `${receiver.url}?workflow`, events: ['deal.won'], description: 'workflow target' }).expect(201)).body;
    const refused = await as.post('/api/workflows', { name: 'Bad', triggerEvent: 'contact_created', steps: [{ action: 'send_webhook', actionData: { url: receiver.url } }] }).expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['steps.0.actionData.url']);
    const missing = await as
      .post('/api/workflows', { name: 'Bad', triggerEvent: 'contact_created', steps: [{ action: 'send_webhook', actionData: { endpointId: '3f1e7c9a-0000-4000-8000-000000000000' } }] })
      .expect(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(['steps.0.actionData.endpointId']);

    const workflow = await as
      .post('/api/workflows', { name: 'Tell the CRM', triggerEvent: 'contact_created', isActive: true, steps: [{ action: 'send_webhook', actionData: { endpointId: hook.id } }] })
      .expect(201);
    let failuresLeft = 1;
    receiver.status = (d) => (d.type === 'workflow.send_webhook' && failuresLeft-- > 0 ? 500 : 200);
    const contact = (await as.post('/api/contacts', { email: 'jo@example.com', firstName: 'Jo' }).expect(201)).body;

    await eventually(async () => receiver.of('workflow.send_webhook').length > 0, 'the first send_webhook attempt');
    // The step waits a minute before its retry; the test brings it forward.
    await eventually(async () => {
      const { rowCount } = await env.db.query(
        `UPDATE workflow_step_execution SET locked_until = now() WHERE action = 'send_webhook' AND status = 'pending' AND attempts = 1 AND claim_token IS NULL AND locked_until > now()`,
      );
      return rowCount === 1;
    }, 'the failed attempt to wait for its retry');
    const executionDone = await eventually(async () => receiver.of('workflow.execution_completed').find((d) => d.data.workflowId === workflow.body.id), 'the run to complete');
    const attempts = receiver.of('workflow.send_webhook');
    expect(attempts).toHaveLength(2);
    expect(attempts[0].headers['webhook-id']).toBe(attempts[1].headers['webhook-id']);
    const payload = new Webhook(hook.secret).verify(attempts[1].body, attempts[1].headers) as { type: string; timestamp: string; data: Record<string, unknown> };
    expect(payload).toMatchObject({
      type: 'workflow.send_webhook',
      data: { contact: { id: contact.id, email: 'jo@example.com' }, trigger: { event: 'contact_created' }, workflowId: workflow.body.id, executionId: executionDone.data.id },
    });
    expect(() => new Webhook(endpoint.secret).verify(attempts[1].body, attempts[1].headers)).toThrow();
    expect(executionDone.data).toEqual((await as.get(`/api/workflow-executions/${executionDone.data.id}`).expect(200)).body);
    expect(executionDone.data).toMatchObject({ status: 'completed', contact: { id: contact.id } });
    expect(receiver.of('workflow.execution_completed').filter((d) => d.data.id === executionDone.data.id)).toHaveLength(1);
    // Members read the timeline: it names the endpoint by its description, never by its URL (often a secret).
    const timeline = (await as.get(`/api/contacts/${contact.id}/activities`).expect(200)).body.data as { title: string }[];
    expect(timeline.map((a) => a.title)).toContain('Workflow “Tell the CRM” sent a webhook to the webhook endpoint “workflow target”');
    expect(JSON.stringify(timeline)).not.toContain(new URL(receiver.url).host);
  });
});
