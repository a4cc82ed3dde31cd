import { Pool } from 'pg';
import { ApiProcess, Session } from './test-app';

/** Polls `probe` until it returns something truthy; fails with `what` after `timeoutMs`. */
export async function eventually<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export interface StepExecution {
  id: string;
  stepId: string | null;
  order: number;
  action: string;
  status: string;
  scheduledFor: string;
  executedAt: string | null;
  errorMessage: string | null;
  attempts: number;
  retryAt: string | null;
  emailLogId: string | null;
}

export interface Execution {
  id: string;
  workflowId: string;
  status: string;
  contact: { id: string; email: string; name: string };
  errorMessage: string | null;
  steps: StepExecution[];
}

/** Small typed wrappers over the HTTP API, so the specs read as user actions. */
export class WorkflowClient {
  constructor(
    readonly api: ApiProcess,
    readonly session: Session,
  ) {}

  async createTemplate(subject: string, htmlBody = '<p>Hello {{first_name}}</p>', name = `${subject} ${Math.random().toString(36).slice(2, 6)}`): Promise<string> {
    const res = await this.api
      .http()
      .post('/api/templates')
      .set('Authorization', this.session.auth)
      .send({ name, subject, htmlBody, fromEmail: 'team@corral.test', fromName: 'Corral' });
    if (res.status !== 201) throw new Error(`template: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  }

  async createContact(email: string, extra: Record<string, unknown> = {}): Promise<string> {
    const res = await this.api.http().post('/api/contacts').set('Authorization', this.session.auth).send({ email, firstName: 'Test', lastName: 'Person', ...extra });
    if (res.status !== 201) throw new Error(`contact: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  }

  /** Switched on unless `body` says otherwise (the API creates drafts), since the specs test what workflows do. */
  async createWorkflow(body: Record<string, unknown>): Promise<{ id: string; isActive: boolean; steps: { id: string }[] }> {
    const res = await this.api.http().post('/api/workflows').set('Authorization', this.session.auth).send({ isActive: true, ...body });
    if (res.status !== 201) throw new Error(`workflow: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  async executionsOf(workflowId: string): Promise<{ id: string; status: string; contact: { id: string } }[]> {
    const res = await this.api.http().get(`/api/workflows/${workflowId}/executions`).set('Authorization', this.session.auth).expect(200);
    return res.body.data;
  }

  async execution(id: string): Promise<Execution> {
    const res = await this.api.http().get(`/api/workflow-executions/${id}`).set('Authorization', this.session.auth).expect(200);
    return res.body;
  }

  /** The only execution of `workflowId` for `contactId`, once it exists. */
  async executionFor(workflowId: string, contactId: string): Promise<Execution> {
    const summary = await eventually(`an execution of ${workflowId} for ${contactId}`, async () =>
      (await this.executionsOf(workflowId)).find((e) => e.contact.id === contactId),
    );
    return this.execution(summary.id);
  }

  /** Waits until the execution reaches `status` and returns it with its steps. */
  async executionReaching(id: string, status: string): Promise<Execution> {
    return eventually(`execution ${id} to be ${status}`, async () => {
      const execution = await this.execution(id);
      return execution.status === status ? execution : null;
    });
  }

  async contact(id: string): Promise<{ tags: string[]; status: string; assignedToId: string | null }> {
    const res = await this.api.http().get(`/api/contacts/${id}`).set('Authorization', this.session.auth).expect(200);
    return res.body;
  }
}

/**
 * "Moves time" for one execution: brings `stepExecutionId` due now and every later pending step
 * of the same execution forward by as much, as if its delay (or, when no worker holds it, its
 * retry backoff) had passed. The scheduler then has to find the step in the database.
 */
export async function makeDue(db: Pool, stepExecutionId: string): Promise<void> {
  await db.query(
    `WITH target AS (
       SELECT execution_id, step_order, GREATEST(scheduled_for - now(), interval '0') AS shift
       FROM workflow_step_execution WHERE id = $1 AND status = 'pending'
     )
     UPDATE workflow_step_execution s
     SET scheduled_for = s.scheduled_for - target.shift,
         locked_until = CASE WHEN s.id = $1 AND s.claim_token IS NULL THEN NULL ELSE s.locked_until END
     FROM target
     WHERE s.execution_id = target.execution_id AND s.step_order >= target.step_order AND s.status = 'pending'`,
    [stepExecutionId],
  );
}
