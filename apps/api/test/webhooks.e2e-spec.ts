import { createServer, IncomingMessage, Server, ServerResponse } from 'http';
import { AddressInfo } from 'net';
import { Webhook } from 'standardwebhooks';
import { SmtpSink } from './support/smtp-sink';
import { ApiProcess, createUserSession, registerAdmin, Session, TestEnvironment } from './support/test-app';

interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

type Answer = { status: number; body?: string; headers?: Record<string, string> } | 'hang';

/** A loopback receiver; `answer` decides each reply ('hang' never replies until the test ends). */
class Receiver {
  readonly received: Received[] = [];
  answer: (request: Received) => Answer = () => ({ status: 200, body: 'ok' });
  private readonly server: Server = createServer((req, res) => this.handle(req, res));
  private readonly hanging: ServerResponse[] = [];

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  async waitFor(count: number, timeoutMs = 20_000): Promise<Received[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      if (Date.now() > deadline) throw new Error(`Receiver: ${this.received.length} of ${count} requests within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return this.received;
  }

  reset(): void {
    this.received.length = 0;
    this.answer = () => ({ status: 200, body: 'ok' });
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      this.received.push(request);
      const answer = this.answer(request);
      if (answer === 'hang') return void this.hanging.push(res);
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body ?? '');
    });
  }
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Delivery {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  responseStatus: number | null;
  responseBody: string | null;
  error: string | null;
  nextAttemptAt: string | null;
}

describe('webhooks: endpoints, signed deliveries, retries, SSRF, disabling, durability (e2e)', () => {
  const env = new TestEnvironment();
  const sink = new SmtpSink();
  const receiver = new Receiver();
  /** ROLE=api with private addresses allowed (the receiver is on loopback); deliveries come from `worker`. */
  let api: ApiProcess;
  let worker: ApiProcess;
  /** ROLE=api with the default policy: private addresses refused. */
  let strict: ApiProcess;
  let admin: Session;
  const sharedEnv = () => ({
    SMTP_URL: sink.url,
    WEBHOOK_ALLOW_PRIVATE: 'true',
    WEBHOOK_TIMEOUT_MS: '1000',
    WEBHOOK_RETRY_BASE_MS: '50',
    SCHEDULER_INTERVAL_SECONDS: '1',
  });

  const startWorker = () => env.startWorker({ env: sharedEnv() });

  beforeAll(async () => {
    await Promise.all([sink.start(), receiver.start()]);
    api = await env.startApi({ env: { ...sharedEnv(), ROLE: 'api' } });
    [worker, strict] = await Promise.all([startWorker(), env.startApi({ env: { SMTP_URL: sink.url, ROLE: 'api', WEBHOOK_TIMEOUT_MS: '1000' } })]);
    admin = await registerAdmin(api);
    await api.http().patch('/api/settings/email').set('Authorization', admin.auth).send({ fromName: 'Acme CRM', fromEmail: 'crm@acme.test' }).expect(200);
  }, 180_000);
  afterAll(async () => {
    await env.destroy();
    await Promise.all([sink.stop(), receiver.stop()]);
  });
  beforeEach(() => receiver.reset());

  const as = (session: Session) => ({
    post: (url: string, body?: object) => api.http().post(url).set('Authorization', session.auth).send(body),
    patch: (url: string, body: object) => api.http().patch(url).set('Authorization', session.auth).send(body),
    get: (url: string) => api.http().get(url).set('Authorization', session.auth),
    delete: (url: string) => api.http().delete(url).set('Authorization', session.auth),
  });

  /** `isActive: false`: the worker leaves its deliveries alone, so only the test's own attempts reach the receiver. */
  async function createEndpoint(events: string[], url = receiver.url, isActive = true): Promise<{ id: string; secret: string }> {
    const res = await as(admin).post('/api/webhook-endpoints', { url, events, description: 'test receiver', isActive }).expect(201);
    return res.body;
  }

  async function deliveries(endpointId: string): Promise<Delivery[]> {
    return (await as(admin).get(`/api/webhook-endpoints/${endpointId}/deliveries`).expect(200)).body.data;
  }

  /** Endpoints from earlier tests must not receive later tests' events. */
  async function removeEndpoint(id: string): Promise<void> {
    await as(admin).delete(`/api/webhook-endpoints/${id}`).expect(204);
  }

  it('writes nothing when no endpoint subscribes', async () => {
    await as(admin).post('/api/contacts', { email: 'nobody-listens@example.com' }).expect(201);
    const { rows } = await env.db.query(`SELECT count(*)::int AS n FROM webhook_event`);
    expect(rows[0].n).toBe(0);
  });

  it('creates, lists, updates, rotates and deletes endpoints; the secret is shown only by create and rotate', async () => {
    const created = await as(admin).post('/api/webhook-endpoints', { url: receiver.url, events: ['deal.won', 'deal.won', 'contact.created'] }).expect(201);
    const { id, secret } = created.body;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{32,}$/);
    expect(created.body).toMatchObject({ url: receiver.url, description: '', events: ['deal.won', 'contact.created'], isActive: true, createdById: admin.user.id });

    const one = await as(admin).get(`/api/webhook-endpoints/${id}`).expect(200);
    const list = await as(admin).get('/api/webhook-endpoints').expect(200);
    expect(one.body.secret).toBeUndefined();
    expect(JSON.stringify(list.body)).not.toContain(secret);
    expect(list.body.data.map((e: { id: string }) => e.id)).toEqual([id]);

    const updated = await as(admin).patch(`/api/webhook-endpoints/${id}`, { description: 'CRM sync', events: ['contact.updated'], isActive: false }).expect(200);
    expect(updated.body).toMatchObject({ description: 'CRM sync', events: ['contact.updated'], isActive: false });
    expect(JSON.stringify(updated.body)).not.toContain(secret);

    const rotated = await as(admin).post(`/api/webhook-endpoints/${id}/rotate-secret`).expect(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(secret);
    // The ping is signed with the new secret only.
    const ping = await as(admin).post(`/api/webhook-endpoints/${id}/test`).expect(200);
    expect(ping.body).toMatchObject({ eventType: 'ping', status: 'succeeded', attempts: 1, responseStatus: 200 });
    const [request] = await receiver.waitFor(1);
    const headers = request.headers as Record<string, string>;
    expect(new Webhook(rotated.body.secret).verify(request.body, headers)).toMatchObject({ type: 'ping', data: { endpointId: id } });
    expect(() => new Webhook(secret).verify(request.body, headers)).toThrow();

    await as(admin).delete(`/api/webhook-endpoints/${id}`).expect(204);
    await as(admin).get(`/api/webhook-endpoints/${id}`).expect(404);
    await as(admin).delete(`/api/webhook-endpoints/${id}`).expect(404);
  });

  it('refuses bad input with 400 naming the field, and every role but admin', async () => {
    const bad: [object, string][] = [
      [{ events: ['contact.created'] }, 'url'],
      [{ url: 'ftp://example.com/hook', events: ['contact.created'] }, 'url'],
      [{ url: 'not a url', events: ['contact.created'] }, 'url'],
      [{ url: `https://example.com/${'a'.repeat(2030)}`, events: ['contact.created'] }, 'url'],
      [{ url: receiver.url, events: [] }, 'events'],
      [{ url: receiver.url, events: ['contact.exploded'] }, 'events'],
      [{ url: receiver.url, events: 'contact.created' }, 'events'],
      [{ url: receiver.url, events: ['contact.created'], isActive: 'yes' }, 'isActive'],
      [{ url: receiver.url, events: ['contact.created'], description: 'x'.repeat(501) }, 'description'],
      // Would make every attempt throw where the sender decodes the user info.
      [{ url: 'http://us%zzer:pw@example.com/hook', events: ['contact.created'] }, 'url'],
      [{ url: 'http://user:p%E0%A4%A@example.com/hook', events: ['contact.created'] }, 'url'],
    ];
    for (const [body, field] of bad) {
      const res = await as(admin).post('/api/webhook-endpoints', body).expect(400);
      expect({ body, fields: res.body.errors.map((e: { field: string }) => e.field) }).toEqual({ body, fields: expect.arrayContaining([field]) });
    }
    const manager = await createUserSession(api, admin, 'manager');
    await as(manager).post('/api/webhook-endpoints', { url: receiver.url, events: ['contact.created'] }).expect(403);
    await as(manager).get('/api/webhook-endpoints').expect(403);
    await as(admin).get('/api/webhook-endpoints/not-a-uuid').expect(400);
    await as(admin).post('/api/webhook-deliveries/5d0e4fd6-6a59-4b8e-9d4c-6d1f3f1b6a11/redeliver').expect(404);
  });

  it('delivers a contact change signed per Standard Webhooks (verified with the standardwebhooks package), only to subscribers', async () => {
    const subscriber = await createEndpoint(['contact.updated']);
    const other = await createEndpoint(['deal.won'], receiver.url.replace('/hook', '/other'));
    const contact = (await as(admin).post('/api/contacts', { email: 'ward@example.com', firstName: 'Ward' }).expect(201)).body;
    await as(admin).patch(`/api/contacts/${contact.id}`, { firstName: 'Wendy' }).expect(200);

    const [request] = await receiver.waitFor(1);
    await new Promise((r) => setTimeout(r, 500));
    expect(receiver.received).toHaveLength(1);
    expect(request.path).toBe('/hook');
    expect(request.headers['content-type']).toBe('application/json');
    const payload = new Webhook(subscriber.secret).verify(request.body, request.headers as Record<string, string>) as Record<string, unknown>;
    expect(payload).toMatchObject({ type: 'contact.updated', data: { id: contact.id, email: 'ward@example.com', firstName: 'Wendy' } });
    expect(new Date(payload.timestamp as string).getTime()).toBeGreaterThan(Date.now() - 60_000);

    const [delivery] = await until(() => deliveries(subscriber.id), (rows) => rows[0]?.status === 'succeeded');
    expect(delivery).toMatchObject({ eventType: 'contact.updated', attempts: 1, responseStatus: 200, responseBody: 'ok', error: null, nextAttemptAt: null });
    expect(request.headers['webhook-id']).toBe(delivery.eventId);
    expect(await deliveries(other.id)).toEqual([]);

    // Redelivery: a new attempt with the same webhook-id.
    const again = await as(admin).post(`/api/webhook-deliveries/${delivery.id}/redeliver`).expect(200);
    expect(again.body).toMatchObject({ id: delivery.id, status: 'succeeded', attempts: 2 });
    const [, second] = await receiver.waitFor(2);
    expect(second.headers['webhook-id']).toBe(delivery.eventId);
    expect(second.body).toBe(request.body);
    await removeEndpoint(subscriber.id);
    await removeEndpoint(other.id);
  });

  it('retries a receiver answering 500 twice, then 200: three attempts with one webhook-id', async () => {
    const endpoint = await createEndpoint(['contact.updated']);
    let calls = 0;
    receiver.answer = () => (++calls <= 2 ? { status: 500, body: 'down for maintenance' } : { status: 204 });
    const contact = (await as(admin).post('/api/contacts', { email: 'retry@example.com' }).expect(201)).body;
    await as(admin).patch(`/api/contacts/${contact.id}`, { lastName: 'Again' }).expect(200);

    const requests = await receiver.waitFor(3);
    expect(new Set(requests.map((r) => r.headers['webhook-id'])).size).toBe(1);
    const [delivery] = await until(() => deliveries(endpoint.id), (rows) => rows[0]?.status === 'succeeded');
    expect(delivery).toMatchObject({ attempts: 3, responseStatus: 204, eventId: requests[0].headers['webhook-id'] });
    // Each attempt is signed afresh (its own timestamp) and every signature verifies.
    for (const request of requests) new Webhook(endpoint.secret).verify(request.body, request.headers as Record<string, string>);
    await removeEndpoint(endpoint.id);
  });

  it('lists deliveries newest first, filtered by status, with the answer cut to 1 KB', async () => {
    const endpoint = await createEndpoint(['contact.updated'], receiver.url, false);
    receiver.answer = () => ({ status: 200, body: 'x'.repeat(100_000) });
    const first = await as(admin).post(`/api/webhook-endpoints/${endpoint.id}/test`).expect(200);
    expect(first.body.responseBody).toHaveLength(1024);
    receiver.answer = () => ({ status: 503, body: 'busy' });
    const second = await as(admin).post(`/api/webhook-endpoints/${endpoint.id}/test`).expect(200);
    expect(second.body).toMatchObject({ status: 'pending', attempts: 1, responseStatus: 503, responseBody: 'busy' });
    expect(second.body.nextAttemptAt).not.toBeNull();

    const all = await as(admin).get(`/api/webhook-endpoints/${endpoint.id}/deliveries?limit=1`).expect(200);
    expect(all.body).toMatchObject({ total: 2, limit: 1, offset: 0, data: [{ id: second.body.id }] });
    const succeeded = await as(admin).get(`/api/webhook-endpoints/${endpoint.id}/deliveries?status=succeeded`).expect(200);
    expect(succeeded.body.data.map((d: Delivery) => d.id)).toEqual([first.body.id]);
    await as(admin).get(`/api/webhook-endpoints/${endpoint.id}/deliveries?status=lost`).expect(400);
    await removeEndpoint(endpoint.id);
  });

  it('does not follow redirects, and gives up on a receiver silent past the timeout', async () => {
    const endpoint = await createEndpoint(['contact.updated'], receiver.url, false);
    receiver.answer = (request) => (request.path === '/hook' ? { status: 302, headers: { location: '/elsewhere' } } : { status: 200 });
    const redirected = await as(admin).post(`/api/webhook-endpoints/${endpoint.id}/test`).expect(200);
    expect(redirected.body).toMatchObject({ status: 'pending', responseStatus: 302, error: 'Redirect not followed' });
    await new Promise((r) => setTimeout(r, 300));
    expect(receiver.received.map((r) => r.path)).toEqual(['/hook']);

    receiver.answer = () => 'hang';
    const started = Date.now();
    const silent = await as(admin).post(`/api/webhook-endpoints/${endpoint.id}/test`).expect(200);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(silent.body).toMatchObject({ status: 'pending', responseStatus: null, error: 'No answer within 1 s' });
    await removeEndpoint(endpoint.id);
  });

  it('refuses loopback, private and metadata addresses unless WEBHOOK_ALLOW_PRIVATE=true, at save and at connect', async () => {
    const strictAdmin = (await strict.http().post('/api/auth/login').send({ email: 'admin@example.com', password: 'correct-horse-1' }).expect(200)).body;
    const auth = `Bearer ${strictAdmin.accessToken}`;
    const port = new URL(receiver.url).port;
    for (const url of [
      `http://127.0.0.1:${port}/hook`,
      'http://10.0.0.5/hook',
      'http://192.168.1.20/hook',
      'http://100.64.1.1/hook',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://[fd00::1]/hook',
      'http://0.0.0.0/hook',
      'http://2130706433/hook',
      `http://localhost:${port}/hook`,
    ]) {
      const res = await strict.http().post('/api/webhook-endpoints').set('Authorization', auth).send({ url, events: ['contact.created'] }).expect(400);
      expect({ url, errors: res.body.errors }).toEqual({ url, errors: [{ field: 'url', message: expect.stringMatching(/public address/) }] });
    }
    const allowed = await createEndpoint(['contact.created'], `http://localhost:${port}/hook`);
    const patched = await strict.http().patch(`/api/webhook-endpoints/${allowed.id}`).set('Authorization', auth).send({ url: 'http://10.1.1.1/' }).expect(400);
    expect(patched.body.errors[0].field).toBe('url');

    // Saved while allowed (or re-pointed since): the strict process refuses at connection time, by name and by literal.
    for (const url of [`http://localhost:${port}/hook`, `http://127.0.0.1:${port}/hook`]) {
      await env.db.query(`UPDATE webhook_endpoint SET url = $2, is_active = false WHERE id = $1`, [allowed.id, url]);
      const res = await strict.http().post(`/api/webhook-endpoints/${allowed.id}/test`).set('Authorization', auth).expect(200);
      expect(res.body).toMatchObject({ status: 'pending', responseStatus: null, error: expect.stringMatching(/^Refused: .*non-public/) });
    }
    expect(receiver.received).toEqual([]);
    await removeEndpoint(allowed.id);
  });

  it('disables an endpoint failing for 3 days and emails every active admin; a success ends a failing streak', async () => {
    const secondAdmin = await createUserSession(api, admin, 'admin', 'second-admin@example.com');
    const healthy = await createEndpoint(['contact.updated']);
    await env.db.query(`UPDATE webhook_endpoint SET failing_since = now() - interval '1 day', is_active = false WHERE id = $1`, [healthy.id]);
    await as(admin).post(`/api/webhook-endpoints/${healthy.id}/test`).expect(200);
    expect((await as(admin).get(`/api/webhook-endpoints/${healthy.id}`).expect(200)).body.failingSince).toBeNull();

    const failing = await createEndpoint(['contact.updated']);
    receiver.answer = () => ({ status: 500, body: 'broken' });
    await env.db.query(`UPDATE webhook_endpoint SET failing_since = now() - interval '2 days' WHERE id = $1`, [failing.id]);
    await as(admin).post(`/api/webhook-endpoints/${failing.id}/test`).expect(200);
    expect((await as(admin).get(`/api/webhook-endpoints/${failing.id}`).expect(200)).body).toMatchObject({ isActive: true, disabledAt: null });

    await env.db.query(`UPDATE webhook_endpoint SET failing_since = now() - interval '3 days 1 minute' WHERE id = $1`, [failing.id]);
    await as(admin).post(`/api/webhook-endpoints/${failing.id}/test`).expect(200);
    const disabled = (await as(admin).get(`/api/webhook-endpoints/${failing.id}`).expect(200)).body;
    expect(disabled).toMatchObject({ isActive: false, disabledReason: expect.stringMatching(/3 days.*HTTP 500/) });
    expect(disabled.disabledAt).not.toBeNull();
    // No worker attempts them any more: they are failed, not left pending.
    expect((await deliveries(failing.id)).map((d) => d.status)).toEqual(['failed', 'failed']);

    const mails = await sink.waitFor((messages) => messages.filter((m) => m.parsed.subject?.startsWith('Webhook endpoint disabled')).length >= 2);
    const notices = mails.filter((m) => m.parsed.subject === `Webhook endpoint disabled: ${receiver.url}`);
    expect(notices.flatMap((m) => m.envelopeTo).sort()).toEqual(['admin@example.com', secondAdmin.user.email].sort());
    expect(notices[0].parsed.text).toContain('Settings → Webhooks');

    // Turned back on by an admin: the streak is forgotten.
    const enabled = await as(admin).patch(`/api/webhook-endpoints/${failing.id}`, { isActive: true }).expect(200);
    expect(enabled.body).toMatchObject({ isActive: true, disabledAt: null, disabledReason: null, failingSince: null });
    await removeEndpoint(healthy.id);
    await removeEndpoint(failing.id);
  });

  it('brings an endpoint’s waiting retries forward when a success ends an outage', async () => {
    const endpoint = await createEndpoint(['contact.updated'], receiver.url, false);
    receiver.answer = () => ({ status: 500 });
    const waiting = (await as(admin).post(`/api/webhook-endpoints/${endpoint.id}/test`).expect(200)).body as Delivery;
    // As if the receiver had been down for a minute and this retry were an hour away.
    await env.db.query(`UPDATE webhook_delivery SET next_attempt_at = now() + interval '1 hour' WHERE id = $1`, [waiting.id]);
    await env.db.query(`UPDATE webhook_endpoint SET failing_since = now() - interval '1 minute', is_active = true WHERE id = $1`, [endpoint.id]);

    receiver.answer = () => ({ status: 200 });
    await as(admin).post(`/api/webhook-endpoints/${endpoint.id}/test`).expect(200);
    const rows = await until(() => deliveries(endpoint.id), (list) => list.every((d) => d.status === 'succeeded'), 10_000);
    expect(rows.find((d) => d.id === waiting.id)).toMatchObject({ status: 'succeeded', attempts: 2 });
    await removeEndpoint(endpoint.id);
  });

  it('stores an answer with NUL bytes and invalid UTF-8 (as U+FFFD), and counts an attempt whose outcome the database refuses', async () => {
    const endpoint = await createEndpoint(['contact.updated'], receiver.url, false);
    receiver.answer = () => ({ status: 200, body: 'a\u0000b' });
    const nul = await as(admin).post(`/api/webhook-endpoints/${endpoint.id}/test`).expect(200);
    expect(nul.body).toMatchObject({ status: 'succeeded', attempts: 1, responseBody: 'a\uFFFDb' });

    // Any other refusal of the outcome (here a trigger) still counts the attempt, so the retry window runs out.
    await env.db.query(`CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.response_body LIKE '%poison%' THEN RAISE EXCEPTION 'poisoned answer'; END IF; RETURN NEW; END $$`);
    await env.db.query(`CREATE TRIGGER refuse_poison BEFORE UPDATE ON webhook_delivery FOR EACH ROW EXECUTE FUNCTION refuse_poison()`);
    try {
      receiver.answer = () => ({ status: 500, body: 'poison' });
      const refused = await as(admin).post(`/api/webhook-endpoints/${endpoint.id}/test`).expect(200);
      expect(refused.body).toMatchObject({ status: 'pending', attempts: 1, responseStatus: 500, responseBody: null, error: expect.stringContaining('poisoned answer') });
    } finally {
      await env.db.query(`DROP TRIGGER refuse_poison ON webhook_delivery; DROP FUNCTION refuse_poison()`);
    }
    await removeEndpoint(endpoint.id);
  });

  it('ignores the late outcome of an attempt whose lease ran out and whose delivery another worker sent since', async () => {
    const endpoint = await createEndpoint(['contact.updated'], receiver.url, false);
    receiver.answer = () => 'hang';
    // supertest sends on then(): started now, awaited after the second worker's success.
    const late = as(admin).post(`/api/webhook-endpoints/${endpoint.id}/test`).expect(200).then((res) => res);
    await receiver.waitFor(1);
    // As if the lease had run out and a second worker had claimed and delivered it meanwhile.
    await env.db.query(
      `UPDATE webhook_delivery SET status = 'succeeded', attempts = 1, response_status = 204, leased_until = NULL, last_attempt_at = now() WHERE endpoint_id = $1`,
      [endpoint.id],
    );
    // The first attempt now times out: its failure must not turn the success back into a pending retry.
    expect((await late).body).toMatchObject({ status: 'succeeded', attempts: 1, responseStatus: 204 });
    await removeEndpoint(endpoint.id);
  });

  it('fails the pending deliveries of an endpoint switched off for longer than the 24-hour retry window', async () => {
    const endpoint = await createEndpoint(['contact.updated'], receiver.url, false);
    receiver.answer = () => ({ status: 500 });
    const fresh = (await as(admin).post(`/api/webhook-endpoints/${endpoint.id}/test`).expect(200)).body as Delivery;
    const stale = (await as(admin).post(`/api/webhook-endpoints/${endpoint.id}/test`).expect(200)).body as Delivery;
    await env.db.query(`UPDATE webhook_delivery SET first_attempt_at = now() - interval '25 hours' WHERE id = $1`, [stale.id]);
    const rows = await until(() => deliveries(endpoint.id), (list) => list.find((d) => d.id === stale.id)?.status === 'failed', 10_000);
    expect(rows.find((d) => d.id === fresh.id)).toMatchObject({ status: 'pending' });
    await removeEndpoint(endpoint.id);
  });

  it('forgets the failing streak when the URL changes', async () => {
    const endpoint = await createEndpoint(['contact.updated'], receiver.url, false);
    await env.db.query(`UPDATE webhook_endpoint SET failing_since = now() - interval '2 days' WHERE id = $1`, [endpoint.id]);
    const same = await as(admin).patch(`/api/webhook-endpoints/${endpoint.id}`, { url: receiver.url, description: 'renamed' }).expect(200);
    expect(same.body.failingSince).not.toBeNull();
    const moved = await as(admin).patch(`/api/webhook-endpoints/${endpoint.id}`, { url: `${receiver.url}?moved` }).expect(200);
    expect(moved.body.failingSince).toBeNull();
    await removeEndpoint(endpoint.id);
  });

  it('keeps events 30 days', async () => {
    const endpoint = await createEndpoint(['contact.updated']);
    const ping = (await as(admin).post(`/api/webhook-endpoints/${endpoint.id}/test`).expect(200)).body as Delivery;
    await env.db.query(`UPDATE webhook_event SET created_at = now() - interval '31 days' WHERE id = $1`, [ping.eventId]);
    await until(
      async () => (await env.db.query(`SELECT count(*)::int AS n FROM webhook_event WHERE id = $1`, [ping.eventId])).rows[0].n,
      (n) => n === 0,
    );
    expect(await deliveries(endpoint.id)).toEqual([]);
    await removeEndpoint(endpoint.id);
  });

  it('delivers a committed change after the API and then the worker mid-attempt were killed with SIGKILL', async () => {
    const endpoint = await createEndpoint(['contact.updated']);
    const contact = (await as(admin).post('/api/contacts', { email: 'durable@example.com' }).expect(201)).body;
    await worker.kill();
    await as(admin).patch(`/api/contacts/${contact.id}`, { firstName: 'Dora' }).expect(200);
    await api.kill();

    // The first attempt reaches the receiver, which holds it; the worker dies before it hears back.
    receiver.answer = () => 'hang';
    worker = await startWorker();
    const [held] = await receiver.waitFor(1);
    await worker.kill();
    receiver.answer = () => ({ status: 200, body: 'ok' });

    // Its lease (2 × WEBHOOK_TIMEOUT_MS + 5 s) runs out and the next worker delivers, with the same webhook-id.
    worker = await startWorker();
    const [, delivered] = await receiver.waitFor(2, 30_000);
    expect(delivered.headers['webhook-id']).toBe(held.headers['webhook-id']);
    expect(JSON.parse(delivered.body)).toMatchObject({ type: 'contact.updated', data: { id: contact.id, firstName: 'Dora' } });
    api = await env.startApi({ env: { ...sharedEnv(), ROLE: 'api' } });
    const [delivery] = await until(() => deliveries(endpoint.id), (rows) => rows[0]?.status === 'succeeded');
    expect(delivery.attempts).toBe(1);
  }, 120_000);
});
