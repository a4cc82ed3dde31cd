import Queue from 'bull';
import type { PoolClient } from 'pg';
import { SmtpSink } from './support/smtp-sink';
import { ApiProcess, registerAdmin, Session, TestEnvironment } from './support/test-app';
import { eventually, WorkflowClient } from './support/workflow-helpers';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Deleting a workflow, or cancelling one of its executions, while the step processor is recording
 * the last step of a run: the engine has written the step and is about to complete the execution.
 * The race is set up exactly with row locks from the test: the engine is held between the two,
 * the request is sent and waits too, then the test lets go.
 */
describe('stopping running workflow executions (e2e)', () => {
  const env = new TestEnvironment();
  const sink = new SmtpSink();
  let api: ApiProcess;
  let admin: Session;
  let client: WorkflowClient;

  beforeAll(async () => {
    await sink.start();
    api = await env.startApi({ env: { SMTP_URL: sink.url, SCHEDULER_INTERVAL_SECONDS: '1', LOG_LEVEL: 'info' } });
    admin = await registerAdmin(api);
    client = new WorkflowClient(api, admin);
  });
  afterAll(async () => {
    await env.destroy();
    await sink.stop();
  });

  /** What the API logged as a warning or an error since `mark` (the output's length before the act). */
  function problemsLoggedSince(mark: number): string[] {
    return api.output
      .slice(mark)
      .split('\n')
      .filter((line) => /"level":(40|50|60)/.test(line) || /deadlock/i.test(line));
  }

  /** Backends of this test's database waiting for a row lock. */
  async function lockWaiters(): Promise<number> {
    const { rows } = await env.db.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    return rows[0].n;
  }

  /**
   * Starts a two-step run and holds the engine while it records step 1: step 1 is made due and
   * late, so recording it also moves step 2 back, and the test's open transaction has skipped
   * step 2 (as a cancel would). Committing that transaction lets the engine go on, find no step
   * left and complete the execution.
   */
  async function holdEngineMidStep(name: string, email: string): Promise<{ workflowId: string; executionId: string; holder: PoolClient }> {
    const wf = await client.createWorkflow({
      name,
      triggerEvent: 'manual',
      steps: [
        { action: 'wait', delayMinutes: 30 },
        { action: 'add_tag', delayMinutes: 30, actionData: { tag: 'never' } },
      ],
    });
    const contactId = await client.createContact(email);
    await api.http().post(`/api/workflows/${wf.id}/run`).set('Authorization', admin.auth).send({ contactIds: [contactId] }).expect(202);
    const execution = await client.executionFor(wf.id, contactId);
    const holder = await env.db.connect();
    await holder.query('BEGIN');
    await holder.query(`UPDATE workflow_step_execution SET status = 'skipped', error_message = 'Skipped by the test' WHERE id = $1`, [execution.steps[1].id]);
    await env.db.query(`UPDATE workflow_step_execution SET scheduled_for = now() - interval '5 minutes' WHERE id = $1`, [execution.steps[0].id]);
    await eventually('the engine to wait for step 2 while recording step 1', async () => (await lockWaiters()) === 1);
    return { workflowId: wf.id, executionId: execution.id, holder };
  }

  it('deletes a workflow while a step of it is being recorded: 204, its runs are gone, nothing is logged', async () => {
    const mark = api.output.length;
    const { workflowId, executionId, holder } = await holdEngineMidStep('Deleted mid-step', 'deleted-mid-step@example.com');
    const deleting = api.http().delete(`/api/workflows/${workflowId}`).set('Authorization', admin.auth).then((res) => res);
    try {
      await eventually('the delete to wait for the engine', async () => (await lockWaiters()) === 2);
    } finally {
      await holder.query('COMMIT');
      holder.release();
    }
    const res = await deleting;
    expect(res.status).toBe(204);

    await api.http().get(`/api/workflows/${workflowId}`).set('Authorization', admin.auth).expect(404);
    await api.http().get(`/api/workflow-executions/${executionId}`).set('Authorization', admin.auth).expect(404);
    const { rows } = await env.db.query(`SELECT count(*)::int AS n FROM workflow_step_execution WHERE execution_id = $1`, [executionId]);
    expect(rows[0].n).toBe(0);
    // Long enough for a deadlock to be detected (1 s) and for a retry to be logged.
    await new Promise((r) => setTimeout(r, 2500));
    expect(problemsLoggedSince(mark)).toEqual([]);

    await api.http().delete(`/api/workflows/${workflowId}`).set('Authorization', admin.auth).expect(404);
    await api.http().delete('/api/workflows/not-a-uuid').set('Authorization', admin.auth).expect(400);
  });

  it('answers a cancel sent while the last step is being recorded with a 409 saying the run completed, and logs nothing', async () => {
    const mark = api.output.length;
    const { executionId, holder } = await holdEngineMidStep('Cancelled mid-step', 'cancelled-mid-step@example.com');
    const cancelling = api.http().post(`/api/workflow-executions/${executionId}/cancel`).set('Authorization', admin.auth).then((res) => res);
    try {
      await eventually('the cancel to wait for the engine', async () => (await lockWaiters()) === 2);
    } finally {
      await holder.query('COMMIT');
      holder.release();
    }
    const res = await cancelling;
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.detail).toBe('This execution is already completed');
    expect((await client.execution(executionId)).steps.map((s) => s.status)).toEqual(['completed', 'skipped']);
    await new Promise((r) => setTimeout(r, 2500));
    expect(problemsLoggedSince(mark)).toEqual([]);
  });

  it('lets a step that was sending its email when the workflow was deleted, and the jobs left for it, end quietly', async () => {
    const templateId = await client.createTemplate('Sent while deleted');
    const wf = await client.createWorkflow({
      name: 'Deleted while sending',
      triggerEvent: 'manual',
      steps: [
        { action: 'send_email', emailTemplateId: templateId },
        { action: 'add_tag', actionData: { tag: 'after-delete' } },
      ],
    });
    const contactId = await client.createContact('sending@example.com');
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    sink.onMessage = () => held;
    const mark = api.output.length;
    try {
      await api.http().post(`/api/workflows/${wf.id}/run`).set('Authorization', admin.auth).send({ contactIds: [contactId] }).expect(202);
      await sink.waitFor(() => sink.to('sending@example.com').length === 1);
      const { rows: steps } = await env.db.query<{ id: string }>(
        `SELECT s.id FROM workflow_step_execution s JOIN workflow_execution e ON e.id = s.execution_id WHERE e.workflow_id = $1 ORDER BY s.step_order`,
        [wf.id],
      );
      await api.http().delete(`/api/workflows/${wf.id}`).set('Authorization', admin.auth).expect(204);
      const queue = new Queue('workflow-steps', REDIS_URL, { prefix: env.queuePrefix });
      try {
        for (const step of steps) await queue.add({ stepExecutionId: step.id }, { jobId: `after-delete-${step.id}`, removeOnComplete: true });
        release();
        await eventually('the jobs of the deleted steps to be done', async () => (await queue.getJobCounts()).waiting + (await queue.getJobCounts()).active === 0);
      } finally {
        await queue.close();
      }
    } finally {
      release();
      sink.onMessage = undefined;
    }
    await new Promise((r) => setTimeout(r, 2500));
    expect(problemsLoggedSince(mark)).toEqual([]);
    expect((await client.contact(contactId)).tags).not.toContain('after-delete');
  });

  it('neither retries nor warns about a step whose email was refused for now after its workflow was deleted', async () => {
    const templateId = await client.createTemplate('Deferred while deleted');
    const wf = await client.createWorkflow({ name: 'Deleted while deferred', triggerEvent: 'manual', steps: [{ action: 'send_email', emailTemplateId: templateId }] });
    const contactId = await client.createContact('deferred@example.com');
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let asked!: () => void;
    const rcpt = new Promise<void>((r) => (asked = r));
    sink.failWith = async () => {
      asked();
      await held;
      return { code: 451, message: 'Greylisted, try again later' };
    };
    const mark = api.output.length;
    try {
      await api.http().post(`/api/workflows/${wf.id}/run`).set('Authorization', admin.auth).send({ contactIds: [contactId] }).expect(202);
      await rcpt;
      await api.http().delete(`/api/workflows/${wf.id}`).set('Authorization', admin.auth).expect(204);
    } finally {
      release();
    }
    await eventually('the refused email to be recorded', async () => {
      const { rows } = await env.db.query(`SELECT error_message FROM email_log WHERE to_email = 'deferred@example.com'`);
      return rows[0]?.error_message;
    });
    await new Promise((r) => setTimeout(r, 2500));
    sink.failWith = undefined;
    expect(problemsLoggedSince(mark)).toEqual([]);
  });
});
