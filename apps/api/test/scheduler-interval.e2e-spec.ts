import { AdvisoryLock, AdvisoryLockClass } from '../src/common/locks';
import { eventually } from './emails/support';
import { factories } from './support/factories';
import { SmtpSink } from './support/smtp-sink';
import { ApiProcess, registerAdmin, Session, TestEnvironment } from './support/test-app';

/**
 * SCHEDULER_INTERVAL_SECONDS=1 on the worker: what waits for the scheduler (a scheduled campaign,
 * an import whose job went missing) happens within seconds, not at the next minute.
 */
describe('SCHEDULER_INTERVAL_SECONDS (e2e, API and worker as separate processes)', () => {
  const env = new TestEnvironment();
  const sink = new SmtpSink();
  let api: ApiProcess;
  let admin: Session;

  beforeAll(async () => {
    await sink.start();
    await env.startWorker({ env: { SMTP_URL: sink.url, SCHEDULER_INTERVAL_SECONDS: '1' } });
    api = await env.startApi({ env: { ROLE: 'api', SMTP_URL: sink.url } });
    admin = await registerAdmin(api);
  });
  afterAll(async () => {
    await env.destroy();
    await sink.stop();
  });

  it('sends a campaign scheduled 2 s ahead within a few seconds of its time', async () => {
    await api
      .http()
      .patch('/api/settings/email')
      .set('Authorization', admin.auth)
      .send({ fromEmail: 'news@corral.test', fromName: 'Corral News', postalAddress: '12 Harbour Road, Portsmouth' })
      .expect(200);
    await factories.contact(env.db, { email: 'soon@example.com', tags: ['soon'] });
    const { id: templateId } = await factories.template(env.db, { subject: 'Soon', htmlBody: '<p>Hello</p>' });
    // Away from a minute's turn, so that a scheduler ticking once a minute cannot pass this by chance.
    while (new Date().getSeconds() < 5 || new Date().getSeconds() > 45) await new Promise((r) => setTimeout(r, 500));
    const at = new Date(Date.now() + 2_000);
    const created = await api
      .http()
      .post('/api/campaigns')
      .set('Authorization', admin.auth)
      .send({ name: 'Soon', templateId, segmentFilter: { tags: ['soon'] }, scheduledAt: at.toISOString() })
      .expect(201);
    expect((await api.http().post(`/api/campaigns/${created.body.id}/send`).set('Authorization', admin.auth).expect(202)).body.status).toBe('scheduled');

    // A tick every second starts it within a second of its time, and marks it sent at a later tick
    // once its email is out; sending one email takes a moment more.
    await eventually(
      async () => (await api.http().get(`/api/campaigns/${created.body.id}`).set('Authorization', admin.auth).expect(200)).body.status === 'sent',
      'the scheduled campaign to be sent',
      at.getTime() + 8_000 - Date.now(),
    );
    expect(sink.to('soon@example.com')).toHaveLength(1);
    const { rows } = await env.db.query('SELECT sent_at FROM email_log WHERE campaign_id = $1', [created.body.id]);
    expect(rows[0].sent_at.getTime()).toBeGreaterThanOrEqual(at.getTime());
  }, 60_000);

  /** Stores an import whose job is lost, as when Redis was flushed; young enough for the sweep to leave it alone still. */
  async function storeLostImport(email: string): Promise<string> {
    // An API on another queue prefix stores the import and queues its job where no worker looks.
    const elsewhere = await env.startApi({ env: { ROLE: 'api', QUEUE_PREFIX: `${env.queuePrefix}:lost` } });
    const upload = await elsewhere
      .http()
      .post('/api/contacts/import')
      .set('Authorization', admin.auth)
      .attach('file', Buffer.from(`email,first_name\n${email},Swept\n`), { filename: 'contacts.csv', contentType: 'text/csv' })
      .expect(202);
    await elsewhere.stop();
    return upload.body.id;
  }

  /** The periodic sweep leaves alone a queued import younger than two minutes (its job may just be waiting). */
  async function ageImport(id: string): Promise<void> {
    await env.db.query(`UPDATE contact_import SET updated_at = now() - interval '5 minutes' WHERE id = $1`, [id]);
  }

  /** An import whose job is lost, as when Redis was flushed: only the worker's sweep can find it. */
  async function loseAnImport(email: string): Promise<string> {
    const id = await storeLostImport(email);
    await ageImport(id);
    return id;
  }

  const importStatus = async (id: string): Promise<string> =>
    (await api.http().get(`/api/contacts/imports/${id}`).set('Authorization', admin.auth).expect(200)).body.status;

  it('picks up an import whose job went missing at the next sweep, within seconds', async () => {
    const importId = await loseAnImport('swept@example.com');

    const swept = Date.now();
    await eventually(async () => (await importStatus(importId)) === 'completed', 'the lost import to be swept and completed', 8_000);
    expect(Date.now() - swept).toBeLessThan(8_000);
    expect((await env.db.query(`SELECT first_name FROM contact WHERE email = 'swept@example.com'`)).rows).toEqual([{ first_name: 'Swept' }]);
  }, 90_000);

  it('sweeps only in the worker holding the sweep lock: while another holds it, the lost import waits', async () => {
    // This session stands for a second worker in the middle of its sweep.
    const otherWorker = await env.db.connect();
    try {
      await otherWorker.query('SELECT pg_advisory_lock($1)', [AdvisoryLock.ContactImportSweeper]);
      const importId = await loseAnImport('locked-out@example.com');
      // Several ticks of a one-second interval go by.
      await new Promise((r) => setTimeout(r, 4_000));
      expect(await importStatus(importId)).toBe('queued');

      await otherWorker.query('SELECT pg_advisory_unlock($1)', [AdvisoryLock.ContactImportSweeper]);
      await eventually(async () => (await importStatus(importId)) === 'completed', 'the import to be swept once the lock is free', 8_000);
    } finally {
      otherWorker.release();
    }
  }, 90_000);

  it("leaves an import to the worker holding its run lock: the sweep's job runs it only once the lock is free", async () => {
    const importId = await storeLostImport('run-locked@example.com');
    // This session stands for another worker running that import.
    const otherWorker = await env.db.connect();
    try {
      await otherWorker.query('SELECT pg_advisory_lock($1, hashtext($2))', [AdvisoryLockClass.ContactImportRun, importId]);
      await ageImport(importId);
      // Several sweeps queue its job, and each run finds the lock taken.
      await new Promise((r) => setTimeout(r, 4_000));
      expect(await importStatus(importId)).toBe('queued');

      await otherWorker.query('SELECT pg_advisory_unlock($1, hashtext($2))', [AdvisoryLockClass.ContactImportRun, importId]);
      await eventually(async () => (await importStatus(importId)) === 'completed', 'the import to run once its lock is free', 8_000);
    } finally {
      otherWorker.release();
    }
  }, 90_000);

  it('resumes a running import only when no worker holds its run lock, and the check itself takes no lock for good', async () => {
    const importId = await storeLostImport('resumed@example.com');
    const runningWorker = await env.db.connect();
    try {
      await runningWorker.query('SELECT pg_advisory_lock($1, hashtext($2))', [AdvisoryLockClass.ContactImportRun, importId]);
      await env.db.query(`UPDATE contact_import SET status = 'running' WHERE id = $1`, [importId]);
      await new Promise((r) => setTimeout(r, 3_000));
      expect(await importStatus(importId)).toBe('running');

      // Its worker is gone: the next sweep sees the lock free and resumes the import, which can take the lock.
      await runningWorker.query('SELECT pg_advisory_unlock($1, hashtext($2))', [AdvisoryLockClass.ContactImportRun, importId]);
      await eventually(async () => (await importStatus(importId)) === 'completed', 'the import to be resumed', 8_000);
      expect((await env.db.query(`SELECT first_name FROM contact WHERE email = 'resumed@example.com'`)).rows).toEqual([{ first_name: 'Swept' }]);
    } finally {
      runningWorker.release();
    }
  }, 90_000);
});
