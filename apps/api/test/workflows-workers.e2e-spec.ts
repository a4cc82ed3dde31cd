import Queue from 'bull';
import { SmtpSink } from './support/smtp-sink';
import { ApiProcess, registerAdmin, Session, TestEnvironment } from './support/test-app';
import { eventually, makeDue, WorkflowClient } from './support/workflow-helpers';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Production's shape: one ROLE=api process (HTTP and trigger listeners) and two ROLE=worker
 * processes (step processor and scheduler each). Every step is also pushed onto the queue several
 * extra times, so both workers race for the same step executions; the claim must let exactly one
 * run each of them.
 */
describe('workflow steps across two workers (e2e)', () => {
  const env = new TestEnvironment();
  const sink = new SmtpSink();
  let api: ApiProcess;
  let admin: Session;
  let client: WorkflowClient;
  let queue: Queue.Queue;
  let workers: ApiProcess[];
  const CONTACTS = 12;

  beforeAll(async () => {
    await sink.start();
    const shared = { SMTP_URL: sink.url, SCHEDULER_INTERVAL_SECONDS: '1' };
    api = await env.startApi({ env: { ...shared, ROLE: 'api' } });
    workers = await Promise.all([env.startWorker({ env: shared }), env.startWorker({ env: shared })]);
    admin = await registerAdmin(api);
    client = new WorkflowClient(api, admin);
    queue = new Queue('workflow-steps', REDIS_URL, { prefix: env.queuePrefix });
  });
  afterAll(async () => {
    await queue?.close();
    await env.destroy();
    await sink.stop();
  });

  it('runs every step exactly once, however many jobs point at it', async () => {
    const templateId = await client.createTemplate('Hello {{first_name}}');
    const wf = await client.createWorkflow({
      name: 'Raced',
      triggerEvent: 'manual',
      steps: [
        { action: 'send_email', emailTemplateId: templateId },
        { action: 'add_tag', actionData: { tag: 'raced' } },
        { action: 'send_email', emailTemplateId: templateId },
      ],
    });
    const contactIds: string[] = [];
    for (let i = 0; i < CONTACTS; i++) contactIds.push(await client.createContact(`race-${i}@example.com`, { firstName: `Racer${i}` }));

    // Workers take nothing while the queue is paused: the duplicates pile up behind the real jobs,
    // and on resume both workers race for the same step executions.
    await queue.pause();
    const run = await api.http().post(`/api/workflows/${wf.id}/run`).set('Authorization', admin.auth).send({ contactIds }).expect(202);
    expect(run.body.executionIds).toHaveLength(CONTACTS);
    const { rows: steps } = await env.db.query<{ id: string }>(
      `SELECT s.id FROM workflow_step_execution s JOIN workflow_execution e ON e.id = s.execution_id WHERE e.workflow_id = $1`,
      [wf.id],
    );
    expect(steps).toHaveLength(CONTACTS * 3);
    for (const step of steps) {
      for (let copy = 0; copy < 3; copy++) await queue.add({ stepExecutionId: step.id }, { jobId: `dup-${copy}-${step.id}`, removeOnComplete: true });
    }
    await queue.resume();

    await eventually(
      'every execution to complete',
      async () => {
        const { rows } = await env.db.query(`SELECT count(*)::int AS n FROM workflow_execution WHERE workflow_id = $1 AND status = 'completed'`, [wf.id]);
        return rows[0].n === CONTACTS;
      },
      60_000,
    );

    const { rows: attempts } = await env.db.query(
      `SELECT s.status, s.attempts, count(*)::int AS n FROM workflow_step_execution s JOIN workflow_execution e ON e.id = s.execution_id
       WHERE e.workflow_id = $1 GROUP BY s.status, s.attempts`,
      [wf.id],
    );
    expect(attempts).toEqual([{ status: 'completed', attempts: 1, n: CONTACTS * 3 }]);
    for (let i = 0; i < CONTACTS; i++) expect(sink.to(`race-${i}@example.com`)).toHaveLength(2);
    const { rows: activities } = await env.db.query(
      `SELECT contact_id, count(*)::int AS n FROM activity WHERE title LIKE 'Workflow “Raced”%' GROUP BY contact_id`,
    );
    expect(activities).toHaveLength(CONTACTS);
    for (const row of activities) expect(row.n).toBe(3);

    const { rows: logs } = await env.db.query(`SELECT count(*)::int AS n FROM email_log WHERE contact_id = ANY($1::uuid[])`, [contactIds]);
    expect(logs[0].n).toBe(CONTACTS * 2);
  });

  it('loses nothing when a worker dies: the other one runs what was queued', async () => {
    const wf = await client.createWorkflow({
      name: 'Survivor',
      triggerEvent: 'manual',
      steps: [
        { action: 'add_tag', actionData: { tag: 'survived' } },
        { action: 'wait', delayMinutes: 30 },
        { action: 'change_status', actionData: { status: 'customer' } },
      ],
    });
    const contactId = await client.createContact('survivor@example.com');
    await queue.pause();
    await api.http().post(`/api/workflows/${wf.id}/run`).set('Authorization', admin.auth).send({ contactIds: [contactId] }).expect(202);
    await workers[0].kill();
    await queue.resume();

    const execution = await eventually('the first step', async () => {
      const e = await client.executionFor(wf.id, contactId);
      return e.steps[0].status === 'completed' ? e : null;
    });
    // The delayed step is found by the surviving worker's scheduler once it is due.
    await makeDue(env.db, execution.steps[1].id);
    const done = await client.executionReaching(execution.id, 'completed');
    expect(done.steps.map((st) => [st.status, st.attempts])).toEqual([
      ['completed', 1],
      ['completed', 1],
      ['completed', 1],
    ]);
    expect((await client.contact(contactId)).status).toBe('customer');
  });
});
