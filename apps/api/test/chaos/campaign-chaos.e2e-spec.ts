import { clearRedisPrefix } from '../support/built-api';
import { eventually } from '../emails/support';
import { factories } from '../support/factories';
import { ReceivedMail, SmtpSink } from '../support/smtp-sink';
import { ApiProcess, registerAdmin, Session, TestEnvironment } from '../support/test-app';
import { WorkflowClient } from '../support/workflow-helpers';
import { TcpProxy } from './tcp-proxy';

/** Recipients per campaign: small enough for `npm test`; CHAOS_RECIPIENTS=3000 is the long run. */
const RECIPIENTS = Number(process.env.CHAOS_RECIPIENTS ?? 60);
/** How long the sink holds each message before its 250, as a distant server does: the pool is always busy. */
const SMTP_REPLY_MS = 100;
const POOL_SIZE = 5;
const INTERVAL_SECONDS = 2;
const ORPHANED = 'Delivery unknown';
/**
 * The chaos suite's own Redis database index, on top of its own key prefix: "flushing Redis" here
 * deletes every key this deployment has, and nothing that belongs to anyone else (a FLUSHDB could
 * still hit a second run of this suite on the same machine).
 */
const REDIS_URL = (() => {
  const url = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  url.pathname = '/13';
  return url.toString();
})();
/** Generous for a loaded 2-core machine: conditions are waited for, never slept on. */
const LONG_MS = 90_000 + RECIPIENTS * 100;

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The faults of issue #18 against real processes: the built API and workers, real signals, a real
 * SMTP server counting messages per recipient, PostgreSQL behind a relay that can be cut. Each test
 * is one row of the issue's table (plus two workers with SMTP failures); every one also checks that
 * no recipient got an email twice. Then a deploy and a crash in the middle of workflow emails.
 * Tests run in order and hand their surviving worker on.
 */
describe('campaigns and workflows under deploys, crashes and outages (chaos, e2e)', () => {
  const env = new TestEnvironment();
  const sink = new SmtpSink();
  const proxy = new TcpProxy(new URL(env.databaseUrl).hostname, Number(new URL(env.databaseUrl).port || 5432));
  let api: ApiProcess;
  let admin: Session;
  let worker: ApiProcess;
  /** A second worker, started beside a replacement for the two-worker test. */
  let spare: ApiProcess | undefined;
  /** Arrival time of every message, by recipient. */
  const arrivals = new Map<string, number[]>();
  /** Messages the sink holds right now (received, not yet answered): what SMTP connections have. */
  let holding = 0;
  let onArrival: ((mail: ReceivedMail) => void | Promise<void>) | undefined;

  const startWorker = () =>
    env.startWorker({
      env: { SMTP_URL: sink.url, DATABASE_URL: proxy.via(env.databaseUrl), REDIS_URL, SCHEDULER_INTERVAL_SECONDS: String(INTERVAL_SECONDS) },
    });

  beforeAll(async () => {
    await sink.start();
    await proxy.start();
    sink.onMessage = async (mail) => {
      holding++;
      try {
        for (const to of mail.envelopeTo) arrivals.set(to, [...(arrivals.get(to) ?? []), Date.now()]);
        await onArrival?.(mail);
        await delay(SMTP_REPLY_MS);
      } finally {
        holding--;
      }
    };
    api = await env.startApi({ env: { ROLE: 'api', SMTP_URL: sink.url, REDIS_URL } });
    admin = await registerAdmin(api);
    worker = await startWorker();
  }, 120_000);
  afterEach(() => {
    onArrival = undefined;
    sink.failWith = undefined;
    sink.dropWhen = undefined;
  });
  afterAll(async () => {
    await env.destroy();
    await clearRedisPrefix(REDIS_URL, env.queuePrefix);
    await proxy.stop();
    await sink.stop();
  });

  async function createCampaign(tag: string, count = RECIPIENTS): Promise<{ id: string; addresses: string[] }> {
    const addresses = Array.from({ length: count }, (_, i) => `${tag}-${String(i).padStart(5, '0')}@example.com`);
    for (let i = 0; i < addresses.length; i += 1000) {
      await factories.contact.many(env.db, addresses.slice(i, i + 1000).map((email) => ({ email, tags: [tag] })));
    }
    const { id: templateId } = await factories.template(env.db, { subject: `${tag} {{email}}`, htmlBody: '<p>Once only</p>' });
    const { body } = await api.http().post('/api/campaigns').set('Authorization', admin.auth).send({ name: tag, templateId, segmentFilter: { tags: [tag] } }).expect(201);
    return { id: body.id as string, addresses };
  }

  async function send(campaignId: string): Promise<void> {
    await api.http().post(`/api/campaigns/${campaignId}/send`).set('Authorization', admin.auth).expect(202);
  }

  async function finished(campaignId: string): Promise<void> {
    await eventually(
      async () => (await api.http().get(`/api/campaigns/${campaignId}`).set('Authorization', admin.auth)).body.status === 'sent',
      `campaign ${campaignId} to finish`,
      LONG_MS,
    );
  }

  async function logs(campaignId: string): Promise<{ to_email: string; status: string; error_message: string | null; next_attempt_at: Date }[]> {
    return (await env.db.query(`SELECT to_email, status, error_message, next_attempt_at FROM email_log WHERE campaign_id = $1`, [campaignId])).rows;
  }

  const received = (tag: string) => sink.messages.filter((m) => m.envelopeTo[0].startsWith(`${tag}-`)).length;

  function expectNoDuplicate(addresses: string[]): void {
    const twice = addresses.filter((a) => sink.to(a).length > 1);
    expect(twice).toEqual([]);
  }

  it('SIGTERM to a worker mid-send (a deploy): 0 failed, 0 missing', async () => {
    const { id, addresses } = await createCampaign('term');
    let stopping: Promise<void> | undefined;
    onArrival = () => {
      // Not awaited here: the worker is meant to wait for this very message's 250 before it exits.
      if (!stopping && received('term') >= RECIPIENTS / 3) stopping = worker.stop('SIGTERM', 30_000);
    };
    await send(id);
    await eventually(async () => stopping !== undefined, 'the worker to be told to stop', LONG_MS);
    const signalledAt = Date.now();
    const old = worker;
    // A rolling deploy: the new worker starts while the old one drains.
    let exitMs = Infinity;
    [worker] = await Promise.all([
      startWorker(),
      stopping?.then(() => {
        exitMs = Date.now() - signalledAt;
        console.log(`chaos SIGTERM: old worker exited ${exitMs} ms after the signal`);
      }),
    ]);
    // The grace (SHUTDOWN_GRACE_SECONDS, 10 s by default) bounds the drain, plus a few seconds to close.
    expect(exitMs).toBeLessThan(15_000);
    // Ended by its own SIGTERM handling, not by the SIGKILL that follows 30 s of not exiting.
    expect(old.exitSignal).not.toBe('SIGKILL');
    await finished(id);

    const rows = await logs(id);
    console.log(`chaos SIGTERM: failed ${rows.filter((l) => l.status === 'failed').length}, missing ${addresses.filter((a) => !sink.to(a).length).length}`);
    expect(rows.filter((l) => l.status !== 'sent')).toEqual([]);
    for (const address of addresses) expect(sink.to(address)).toHaveLength(1);
  }, LONG_MS * 2);

  const kill: { id?: string; addresses: string[]; holdingAtKill: number; resumedMs?: number } = { addresses: [], holdingAtKill: 0 };

  it('SIGKILL of a worker, then a new worker: sending resumes within 10 s of its start', async () => {
    const { id, addresses } = await createCampaign('kill');
    Object.assign(kill, { id, addresses });
    let killing: Promise<void> | undefined;
    onArrival = async () => {
      if (killing || received('kill') < RECIPIENTS / 3) return;
      kill.holdingAtKill = holding;
      // The sink has these messages and the worker waits for their 250s: the worst moment.
      killing = worker.kill();
      await killing;
    };
    await send(id);
    await eventually(async () => killing !== undefined, 'the worker to be killed mid-send', LONG_MS);
    await killing;
    worker = await startWorker();
    const startedAt = Date.now();
    const firstAfter = await eventually(
      async () => {
        const after = addresses.flatMap((a) => arrivals.get(a) ?? []).filter((t) => t >= startedAt);
        return after.length ? Math.min(...after) : null;
      },
      'the new worker to send',
      LONG_MS,
    ).catch(() => Infinity);
    kill.resumedMs = firstAfter - startedAt;
    console.log(`chaos SIGKILL: sending resumed ${kill.resumedMs} ms after the new worker started`);
    expect(kill.resumedMs).toBeLessThanOrEqual(10_000);
    await finished(id);
    expectNoDuplicate(addresses);
  }, LONG_MS * 2);

  it('SIGKILL of a worker: "delivery unknown" only for emails an SMTP connection had (≤ pool size)', async () => {
    expect(kill.id).toBeDefined();
    const rows = await logs(kill.id as string);
    const unknown = rows.filter((l) => l.status === 'failed' && l.error_message?.startsWith(ORPHANED));
    const neverLeft = unknown.filter((l) => sink.to(l.to_email).length === 0);
    console.log(`chaos SIGKILL: ${unknown.length} delivery unknown, ${neverLeft.length} of them never reached the sink; it held ${kill.holdingAtKill}`);
    expect(unknown.length).toBeLessThanOrEqual(POOL_SIZE);
    expect(rows.filter((l) => l.status !== 'sent' && !unknown.includes(l))).toEqual([]);
    for (const row of rows.filter((l) => l.status === 'sent')) expect(sink.to(row.to_email)).toHaveLength(1);
    expectNoDuplicate(kill.addresses);
  });

  it('PostgreSQL unreachable for 8 s mid-send: no delivered email is recorded as failed', async () => {
    const { id, addresses } = await createCampaign('pg');
    let cut = false;
    onArrival = () => {
      if (cut || received('pg') < RECIPIENTS / 3) return;
      cut = true;
      proxy.cut();
      setTimeout(() => proxy.restore(), 8_000);
    };
    await send(id);
    await eventually(async () => cut, 'the database to be cut mid-send', LONG_MS);
    await finished(id);

    const rows = await logs(id);
    const deliveredButFailed = rows.filter((l) => l.status === 'failed' && sink.to(l.to_email).length > 0);
    console.log(`chaos PostgreSQL: ${deliveredButFailed.length} delivered emails recorded failed; ${rows.filter((l) => l.status === 'failed').length} failed in all`);
    expect(deliveredButFailed.map((l) => l.to_email)).toEqual([]);
    // Every email recorded sent arrived exactly once, and none arrived twice. The same sender key is
    // locked again after the outage, so an in-flight email is rarely given up on; on a machine under a
    // load of 20 one of 60 was once (never sent, never sent twice), which the issue's bound allows.
    const sent = rows.filter((l) => l.status === 'sent').map((l) => l.to_email);
    expect(sent.filter((a) => sink.to(a).length !== 1)).toEqual([]);
    expect(addresses.filter((a) => sink.to(a).length > 1)).toEqual([]);
    expect(rows.filter((l) => l.status === 'failed').length).toBeLessThanOrEqual(1);
  }, LONG_MS * 2);

  it('Redis flushed while emails wait for an SMTP retry: retried within one scheduler interval of being due', async () => {
    const { id, addresses } = await createCampaign('redis', 12);
    const soft = new Set(addresses.slice(0, 3));
    const refused = new Set<string>();
    sink.failWith = (recipient) => {
      if (!soft.has(recipient) || refused.has(recipient)) return undefined;
      refused.add(recipient);
      return { code: 451, message: '4.7.1 Greylisted, try again later' };
    };
    await send(id);
    const waiting = await eventually(async () => {
      const rows = await logs(id);
      const pending = rows.filter((l) => l.status === 'pending');
      return rows.filter((l) => l.status === 'sent').length === addresses.length - soft.size && pending.length === soft.size && pending;
    }, 'the greylisted emails to wait for their retry', LONG_MS);
    // Everything Bull had — the delayed follow-up job included — is gone; PostgreSQL still knows.
    await clearRedisPrefix(REDIS_URL, env.queuePrefix);
    await finished(id);

    const lateness = waiting.map((l) => Math.max(...(arrivals.get(l.to_email) ?? [])) - l.next_attempt_at.getTime());
    console.log(`chaos Redis: retried ${lateness.map((ms) => `${ms} ms`).join(', ')} after they were due`);
    // One interval, plus a second for a loaded machine to run the tick and the send.
    for (const ms of lateness) expect(ms).toBeLessThanOrEqual(INTERVAL_SECONDS * 1000 + 1000);
    for (const address of addresses) expect(sink.to(address)).toHaveLength(1);
  }, LONG_MS * 2);

  /** A workflow whose one step emails each of `count` new contacts, run for all of them at once. */
  async function runWorkflow(tag: string, count: number): Promise<{ id: string; addresses: string[] }> {
    const client = new WorkflowClient(api, admin);
    const templateId = await client.createTemplate(`${tag} {{email}}`);
    const workflow = await client.createWorkflow({ name: tag, triggerEvent: 'manual', steps: [{ action: 'send_email', emailTemplateId: templateId }] });
    const addresses = Array.from({ length: count }, (_, i) => `${tag}-${String(i).padStart(5, '0')}@example.com`);
    const contacts = await factories.contact.many(env.db, addresses.map((email) => ({ email })));
    await api.http().post(`/api/workflows/${workflow.id}/run`).set('Authorization', admin.auth).send({ contactIds: contacts.map((c) => c.id) }).expect(202);
    return { id: workflow.id, addresses };
  }

  async function steps(workflowId: string): Promise<{ status: string; error_message: string | null; to_email: string }[]> {
    return (
      await env.db.query(
        `SELECT s.status, s.error_message, c.email AS to_email FROM workflow_step_execution s
         JOIN workflow_execution e ON e.id = s.execution_id JOIN contact c ON c.id = e.contact_id WHERE e.workflow_id = $1`,
        [workflowId],
      )
    ).rows;
  }

  async function stepsFinished(workflowId: string): Promise<void> {
    await eventually(async () => (await steps(workflowId)).every((s) => s.status !== 'pending'), `workflow ${workflowId}'s steps to finish`, LONG_MS);
  }

  it('SIGTERM mid-way through workflow emails: every step completes, every email once', async () => {
    const count = Math.min(RECIPIENTS, 40);
    let stopping: Promise<void> | undefined;
    onArrival = (mail) => {
      if (!stopping && mail.envelopeTo[0].startsWith('wfterm-') && received('wfterm') >= count / 3) stopping = worker.stop('SIGTERM', 30_000);
    };
    const { id, addresses } = await runWorkflow('wfterm', count);
    await eventually(async () => stopping !== undefined, 'the worker to be told to stop', LONG_MS);
    const old = worker;
    [worker] = await Promise.all([startWorker(), stopping]);
    expect(old.exitSignal).not.toBe('SIGKILL');
    await stepsFinished(id);

    const rows = await steps(id);
    console.log(`chaos workflow SIGTERM: ${rows.filter((s) => s.status === 'failed').length} of ${rows.length} steps failed`);
    expect(rows.filter((s) => s.status !== 'completed')).toEqual([]);
    for (const address of addresses) expect(sink.to(address)).toHaveLength(1);
  }, LONG_MS * 2);

  it('SIGKILL mid-way through workflow emails, then a new worker: resumed within 10 s, nothing twice', async () => {
    const count = Math.min(RECIPIENTS, 40);
    let killing: Promise<void> | undefined;
    onArrival = async (mail) => {
      if (killing || !mail.envelopeTo[0].startsWith('wfkill-') || received('wfkill') < count / 3) return;
      killing = worker.kill();
      await killing;
    };
    const { id, addresses } = await runWorkflow('wfkill', count);
    await eventually(async () => killing !== undefined, 'the worker to be killed', LONG_MS);
    await killing;
    // The second one serves the two-worker test below; starting both at once saves a boot.
    [worker, spare] = await Promise.all([startWorker(), startWorker()]);
    const startedAt = Date.now();
    const firstAfter = await eventually(
      async () => {
        const after = addresses.flatMap((a) => arrivals.get(a) ?? []).filter((t) => t >= startedAt);
        return after.length ? Math.min(...after) : null;
      },
      'the new worker to send',
      LONG_MS,
    ).catch(() => Infinity);
    console.log(`chaos workflow SIGKILL: resumed ${firstAfter - startedAt} ms after the new worker started`);
    expect(firstAfter - startedAt).toBeLessThanOrEqual(10_000);
    await stepsFinished(id);

    const rows = await steps(id);
    const unknown = rows.filter((s) => s.status === 'failed' && s.error_message?.startsWith(ORPHANED));
    console.log(`chaos workflow SIGKILL: ${unknown.length} steps failed as delivery unknown`);
    expect(unknown.length).toBeLessThanOrEqual(POOL_SIZE);
    expect(rows.filter((s) => s.status !== 'completed' && !unknown.includes(s))).toEqual([]);
    expectNoDuplicate(addresses);
  }, LONG_MS * 2);

  it('two workers, SMTP 451s and dropped connections: every recipient exactly once', async () => {
    const second = spare ?? (await startWorker());
    const { id, addresses } = await createCampaign('pair');
    const soft = new Set(addresses.filter((_, i) => i % 10 === 3));
    const dropped = new Set(addresses.filter((_, i) => i % 10 === 7));
    const failedOnce = new Set<string>();
    sink.failWith = (recipient) => {
      if (!soft.has(recipient) || failedOnce.has(recipient)) return undefined;
      failedOnce.add(recipient);
      return { code: 451, message: '4.3.0 Try again later' };
    };
    sink.dropWhen = (recipient) => {
      if (!dropped.has(recipient) || failedOnce.has(recipient)) return false;
      failedOnce.add(recipient);
      return true;
    };
    await send(id);
    await finished(id);
    await second.stop();

    const rows = await logs(id);
    expect(rows.filter((l) => l.status !== 'sent')).toEqual([]);
    for (const address of addresses) expect(sink.to(address)).toHaveLength(1);
  }, LONG_MS * 2);
});
