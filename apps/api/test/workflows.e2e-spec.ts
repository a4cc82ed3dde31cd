import type { INestApplicationContext } from '@nestjs/common';
import { resolve } from 'path';
import { SmtpSink } from './support/smtp-sink';
import { ApiProcess, createUserSession, registerAdmin, Session, TestEnvironment } from './support/test-app';
import { eventually, makeDue, WorkflowClient } from './support/workflow-helpers';

/**
 * Workflow automation end to end: one ROLE=all process (HTTP, listeners, step processor and a
 * scheduler ticking every second), real PostgreSQL, Redis and SMTP. Time is moved by making
 * step executions due in the database, never by sleeping.
 */
describe('workflows (e2e)', () => {
  const env = new TestEnvironment();
  const sink = new SmtpSink();
  let api: ApiProcess;
  let admin: Session;
  let client: WorkflowClient;
  let welcomeTemplate: string;
  const activeWorkflows: string[] = [];

  /** Creates a workflow that the next tests will not trip over: it is switched off after the test. */
  async function workflow(body: Record<string, unknown>) {
    const created = await client.createWorkflow(body);
    activeWorkflows.push(created.id);
    return created;
  }

  beforeAll(async () => {
    await sink.start();
    api = await env.startApi({ env: { SMTP_URL: sink.url, PUBLIC_URL: 'https://corral.test', SCHEDULER_INTERVAL_SECONDS: '1' } });
    admin = await registerAdmin(api);
    client = new WorkflowClient(api, admin);
    welcomeTemplate = await client.createTemplate('Welcome {{first_name}}!', '<p>Hi {{first_name}}, <a href="https://shop.example/start">start here</a>.</p>', 'Welcome email');
  });
  afterEach(async () => {
    sink.failWith = undefined;
    for (const id of activeWorkflows.splice(0)) {
      await api.http().patch(`/api/workflows/${id}`).set('Authorization', admin.auth).send({ isActive: false }).expect(200);
    }
  });
  afterAll(async () => {
    await env.destroy();
    await sink.stop();
  });

  describe('definitions', () => {
    it('refuses a bad step with a 400 naming the step and the field', async () => {
      const res = await api
        .http()
        .post('/api/workflows')
        .set('Authorization', admin.auth)
        .send({
          name: 'Broken',
          triggerEvent: 'contact_created',
          steps: [
            { action: 'send_email' },
            { action: 'add_tag', actionData: {} },
            { action: 'change_status', actionData: { status: 'royalty' } },
            { action: 'assign_to', actionData: { userId: '00000000-0000-4000-8000-000000000000' } },
            { action: 'send_email', emailTemplateId: '00000000-0000-4000-8000-000000000001' },
          ],
        });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          { field: 'steps.0.emailTemplateId', message: 'Step 1: choose an email template' },
          { field: 'steps.1.actionData.tag', message: 'Step 2: enter the tag to add (1 to 50 characters)' },
          { field: 'steps.2.actionData.status', message: 'Step 3: choose a status (lead, prospect, customer, archived)' },
          { field: 'steps.3.actionData.userId', message: 'Step 4: this user no longer exists; choose another' },
          { field: 'steps.4.emailTemplateId', message: 'Step 5: this email template no longer exists; choose another' },
        ]),
      );
      expect(res.body.detail).toMatch(/^Step 1: choose an email template\. Step 2: enter the tag to add/);

      const shape = await api
        .http()
        .post('/api/workflows')
        .set('Authorization', admin.auth)
        .send({ name: 'Broken', triggerEvent: 'contact_created', steps: [{ action: 'explode' }, { action: 'wait', delayMinutes: -5 }] });
      expect(shape.status).toBe(400);
      expect(shape.body.errors.map((e: { field: string }) => e.field)).toEqual(['steps.0.action', 'steps.1.delayMinutes']);
      expect(shape.body.errors[1].message).toBe('Step 2: delay must not be negative');

      const trigger = await api
        .http()
        .post('/api/workflows')
        .set('Authorization', admin.auth)
        .send({ name: 'Broken', triggerEvent: 'deal_stage_changed', triggerData: { pipelineId: '00000000-0000-4000-8000-000000000000', tag: 'x' } });
      expect(trigger.status).toBe(400);
      expect(trigger.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['triggerData.pipelineId', 'triggerData.tag']);
      const { rows } = await env.db.query(`SELECT count(*)::int AS n FROM workflow WHERE name = 'Broken'`);
      expect(rows[0].n).toBe(0);
    });

    it('keeps step ids across an update that reorders, edits and removes steps', async () => {
      const created = await workflow({
        name: 'Editable',
        triggerEvent: 'manual',
        steps: [
          { action: 'add_tag', actionData: { tag: 'one' } },
          { action: 'wait', delayMinutes: 60 },
          { action: 'add_tag', actionData: { tag: 'three' } },
        ],
      });
      const [first, , third] = created.steps;
      const res = await api
        .http()
        .patch(`/api/workflows/${created.id}`)
        .set('Authorization', admin.auth)
        .send({
          steps: [
            { id: third.id, action: 'add_tag', actionData: { tag: 'Three Again' }, isEnabled: false },
            { id: first.id, action: 'add_tag', actionData: { tag: 'one' }, delayMinutes: 1440 },
          ],
        })
        .expect(200);
      expect(res.body.steps).toEqual([
        expect.objectContaining({ id: third.id, order: 1, actionData: { tag: 'three again' }, isEnabled: false }),
        expect.objectContaining({ id: first.id, order: 2, delayMinutes: 1440 }),
      ]);
      const foreign = await api
        .http()
        .patch(`/api/workflows/${created.id}`)
        .set('Authorization', admin.auth)
        .send({ steps: [{ id: '00000000-0000-4000-8000-000000000000', action: 'wait' }] });
      expect(foreign.status).toBe(400);
      expect(foreign.body.errors).toEqual([{ field: 'steps.0.id', message: 'Step 1: it is not a step of this workflow; reload the page and try again' }]);
    });

    it('names the user of each assign_to step to every reader, deactivated or deleted, and ignores an assignee sent in', async () => {
      const addUser = async (name: string) => {
        const email = `${name.toLowerCase().replace(' ', '.')}-${Date.now()}@example.com`;
        const res = await api.http().post('/api/users').set('Authorization', admin.auth).send({ email, name, role: 'member', password: 'correct-horse-1' }).expect(201);
        return res.body.id as string;
      };
      const ana = await addUser('Ana Lopez');
      const bo = await addUser('Bo Gone');
      const created = await workflow({
        name: 'Hand-offs',
        triggerEvent: 'manual',
        steps: [
          { action: 'assign_to', actionData: { userId: ana } },
          { action: 'add_tag', actionData: { tag: 'handed-off' } },
          { action: 'assign_to', actionData: { userId: bo } },
        ],
      });
      const steps = created.steps as Record<string, unknown>[];
      expect(steps.map((s) => s.assignee)).toEqual([{ id: ana, name: 'Ana Lopez', isActive: true }, null, { id: bo, name: 'Bo Gone', isActive: true }]);

      // A client may send steps back as it read them: the assignee is read-only, whatever it says.
      const resent = steps.map((s, i) => ({ ...s, assignee: i === 0 ? { id: bo, name: 'Someone else', isActive: false } : 'anything' }));
      const updated = await api.http().patch(`/api/workflows/${created.id}`).set('Authorization', admin.auth).send({ steps: resent }).expect(200);
      expect(updated.body.steps.map((s: { assignee: { id: string } | null }) => s.assignee?.id ?? null)).toEqual([ana, null, bo]);

      await api.http().patch(`/api/users/${ana}`).set('Authorization', admin.auth).send({ isActive: false }).expect(200);
      await api.http().delete(`/api/users/${bo}`).set('Authorization', admin.auth).expect(204);
      const member = await createUserSession(api, admin, 'member');
      const read = await api.http().get(`/api/workflows/${created.id}`).set('Authorization', member.auth).expect(200);
      expect(read.body.steps).toEqual([
        expect.objectContaining({ action: 'assign_to', actionData: { userId: ana }, assignee: { id: ana, name: 'Ana Lopez', isActive: false } }),
        expect.objectContaining({ action: 'add_tag', assignee: null }),
        expect.objectContaining({ action: 'assign_to', actionData: { userId: bo }, assignee: null }),
      ]);
      const list = await api.http().get('/api/workflows').query({ search: 'Hand-offs' }).set('Authorization', member.auth).expect(200);
      expect(list.body.data[0].steps.map((s: { assignee: unknown }) => s.assignee)).toEqual(read.body.steps.map((s: { assignee: unknown }) => s.assignee));
    });

    it('lets members read workflows but not change them', async () => {
      const member = await createUserSession(api, admin, 'member');
      await api.http().get('/api/workflows').set('Authorization', member.auth).expect(200);
      await api.http().post('/api/workflows').set('Authorization', member.auth).send({ name: 'Mine', triggerEvent: 'manual' }).expect(403);
    });
  });

  describe('contact_created', () => {
    it('sends the welcome email, then runs a delayed step when the scheduler finds it due', async () => {
      const wf = await workflow({
        name: 'Welcome series',
        triggerEvent: 'contact_created',
        steps: [
          { action: 'send_email', emailTemplateId: welcomeTemplate },
          { action: 'add_tag', delayMinutes: 3 * 1440, actionData: { tag: 'nurtured' } },
        ],
      });
      const contactId = await client.createContact('wendy@example.com', { firstName: 'Wendy' });

      await sink.waitFor(() => sink.to('wendy@example.com').length === 1);
      const mail = sink.to('wendy@example.com')[0];
      expect(mail.parsed.subject).toBe('Welcome Wendy!');
      expect(mail.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
      expect(String(mail.parsed.html)).toContain('https://corral.test/unsubscribe/');
      expect(String(mail.parsed.html)).toContain('https://corral.test/track/click/');
      expect(String(mail.parsed.html)).toContain('https://corral.test/track/open/');

      const execution = await eventually('the email step to complete', async () => {
        const e = await client.executionFor(wf.id, contactId);
        return e.steps[0].status === 'completed' ? e : null;
      });
      expect(execution.status).toBe('in_progress');
      const [sendStep, tagStep] = execution.steps;
      expect(sendStep.emailLogId).toEqual(expect.any(String));
      const log = await env.db.query('SELECT template_id, status, workflow_step_execution_id FROM email_log WHERE id = $1', [sendStep.emailLogId]);
      expect(log.rows[0]).toEqual({ template_id: welcomeTemplate, status: 'sent', workflow_step_execution_id: sendStep.id });

      // The delay counts from the previous step.
      expect(tagStep.status).toBe('pending');
      expect(Date.parse(tagStep.scheduledFor) - Date.parse(sendStep.scheduledFor)).toBe(3 * 86_400_000);
      expect((await client.contact(contactId)).tags).not.toContain('nurtured');

      await makeDue(env.db, tagStep.id);
      const done = await client.executionReaching(execution.id, 'completed');
      expect(done.steps.map((s) => s.status)).toEqual(['completed', 'completed']);
      expect(done.steps[1].executedAt).not.toBeNull();
      expect((await client.contact(contactId)).tags).toContain('nurtured');

      const activities = await api.http().get(`/api/contacts/${contactId}/activities`).set('Authorization', admin.auth).expect(200);
      const titles = activities.body.data.map((a: { title: string }) => a.title);
      expect(titles).toEqual(expect.arrayContaining(['Workflow “Welcome series” sent the email “Welcome email”', 'Workflow “Welcome series” added the tag “nurtured”']));

      const perContact = await api.http().get('/api/workflow-executions').query({ contactId }).set('Authorization', admin.auth).expect(200);
      expect(perContact.body.data).toEqual([expect.objectContaining({ id: execution.id, workflowName: 'Welcome series', status: 'completed', stepsDone: 2, stepCount: 2 })]);
      expect(sink.to('wendy@example.com')).toHaveLength(1);
    });

    it('starts nothing once the workflow is deactivated, and skips disabled steps', async () => {
      const wf = await workflow({
        name: 'Toggle',
        triggerEvent: 'contact_created',
        steps: [
          { action: 'add_tag', actionData: { tag: 'skipped-tag' }, isEnabled: false },
          { action: 'add_tag', actionData: { tag: 'toggled' } },
        ],
      });
      const first = await client.createContact('toggle-1@example.com');
      const run = await client.executionReaching((await client.executionFor(wf.id, first)).id, 'completed');
      expect(run.steps.map((s) => [s.status, s.errorMessage])).toEqual([
        ['skipped', 'This step is disabled'],
        ['completed', null],
      ]);
      expect((await client.contact(first)).tags).toEqual(['toggled']);

      await api.http().patch(`/api/workflows/${wf.id}`).set('Authorization', admin.auth).send({ isActive: false }).expect(200);
      const second = await client.createContact('toggle-2@example.com');
      // A later workflow on the same trigger proves the event was handled before we look.
      const probe = await workflow({ name: 'Probe', triggerEvent: 'contact_created', steps: [{ action: 'wait' }] });
      const third = await client.createContact('toggle-3@example.com');
      await client.executionFor(probe.id, third);
      const executions = await client.executionsOf(wf.id);
      expect(executions.map((e) => e.contact.id)).toEqual([first]);
      expect((await client.contact(second)).tags).toEqual([]);
    });

    it('creates a workflow as an inactive draft that starts nothing until someone switches it on', async () => {
      const res = await api
        .http()
        .post('/api/workflows')
        .set('Authorization', admin.auth)
        .send({ name: 'Draft onboarding', triggerEvent: 'contact_created', steps: [{ action: 'add_tag', actionData: { tag: 'onboarded' } }] })
        .expect(201);
      expect(res.body.isActive).toBe(false);
      activeWorkflows.push(res.body.id);
      // An active workflow on the same trigger proves the event was handled before we look.
      const probe = await workflow({ name: 'Draft probe', triggerEvent: 'contact_created', steps: [{ action: 'wait' }] });
      const before = await client.createContact('draft-1@example.com');
      await client.executionFor(probe.id, before);
      expect(await client.executionsOf(res.body.id)).toEqual([]);

      await api.http().patch(`/api/workflows/${res.body.id}`).set('Authorization', admin.auth).send({ isActive: true }).expect(200);
      const after = await client.createContact('draft-2@example.com');
      await client.executionReaching((await client.executionFor(res.body.id, after)).id, 'completed');
      expect((await client.contact(after)).tags).toEqual(['onboarded']);
      expect((await client.contact(before)).tags).toEqual([]);
    });
  });

  describe('triggers with filters', () => {
    it('tag_added starts only for the tag in triggerData, in any spelling', async () => {
      const wf = await workflow({
        name: 'VIP upgrade',
        triggerEvent: 'tag_added',
        triggerData: { tag: 'VIP' },
        steps: [{ action: 'change_status', actionData: { status: 'customer' } }],
      });
      const contactId = await client.createContact('vip@example.com');
      await api.http().post(`/api/contacts/${contactId}/tags`).set('Authorization', admin.auth).send({ tags: ['newsletter'] }).expect((r) => expect(r.status).toBeLessThan(300));
      await api.http().post(`/api/contacts/${contactId}/tags`).set('Authorization', admin.auth).send({ tags: [' vip '] }).expect((r) => expect(r.status).toBeLessThan(300));
      const execution = await client.executionFor(wf.id, contactId);
      await client.executionReaching(execution.id, 'completed');
      expect((await client.contact(contactId)).status).toBe('customer');
      expect(await client.executionsOf(wf.id)).toHaveLength(1);
    });

    it('contact_updated starts only when the named field changed', async () => {
      const wf = await workflow({
        name: 'Status watcher',
        triggerEvent: 'contact_updated',
        triggerData: { field: 'status' },
        steps: [{ action: 'add_tag', actionData: { tag: 'status-changed' } }],
      });
      const contactId = await client.createContact('watch@example.com');
      await api.http().patch(`/api/contacts/${contactId}`).set('Authorization', admin.auth).send({ notes: 'called' }).expect(200);
      await api.http().patch(`/api/contacts/${contactId}`).set('Authorization', admin.auth).send({ status: 'prospect' }).expect(200);
      const execution = await client.executionFor(wf.id, contactId);
      await client.executionReaching(execution.id, 'completed');
      expect(await client.executionsOf(wf.id)).toHaveLength(1);
      expect((await client.contact(contactId)).tags).toContain('status-changed');
    });

    it('deal_stage_changed starts for the pipeline and stage in triggerData only', async () => {
      const pipeline = await api
        .http()
        .post('/api/pipelines')
        .set('Authorization', admin.auth)
        .send({
          name: 'Workflow sales',
          stages: [
            { name: 'New', order: 0, probability: 10 },
            { name: 'Demo', order: 1, probability: 40 },
            { name: 'Proposal', order: 2, probability: 70 },
          ],
        })
        .expect(201);
      const [fresh, demo, proposal] = pipeline.body.stages as { id: string }[];
      const wf = await workflow({
        name: 'Proposal follow-up',
        triggerEvent: 'deal_stage_changed',
        triggerData: { pipelineId: pipeline.body.id, stageId: proposal.id },
        steps: [{ action: 'add_tag', actionData: { tag: 'proposal-sent' } }],
      });
      const contactId = await client.createContact('buyer@example.com');
      const deal = await api
        .http()
        .post('/api/deals')
        .set('Authorization', admin.auth)
        .send({ title: 'Big deal', value: 1000, contactId, pipelineId: pipeline.body.id, stageId: fresh.id })
        .expect(201);
      await api.http().patch(`/api/deals/${deal.body.id}`).set('Authorization', admin.auth).send({ stageId: demo.id }).expect(200);
      expect(await client.executionsOf(wf.id)).toHaveLength(0);
      await api.http().patch(`/api/deals/${deal.body.id}`).set('Authorization', admin.auth).send({ stageId: proposal.id }).expect(200);
      const execution = await client.executionFor(wf.id, contactId);
      await client.executionReaching(execution.id, 'completed');
      expect((await client.contact(contactId)).tags).toContain('proposal-sent');
      expect(await client.executionsOf(wf.id)).toHaveLength(1);

      const badStage = await api
        .http()
        .post('/api/workflows')
        .set('Authorization', admin.auth)
        .send({ name: 'Bad stage', triggerEvent: 'deal_stage_changed', triggerData: { pipelineId: pipeline.body.id, stageId: '00000000-0000-4000-8000-000000000000' } });
      expect(badStage.status).toBe(400);
      expect(badStage.body.errors[0].field).toBe('triggerData.stageId');
    });
  });

  describe('manual runs', () => {
    it('enrols the listed contacts once at a time and refuses inactive workflows and unknown contacts', async () => {
      const wf = await workflow({
        name: 'Re-engage',
        triggerEvent: 'manual',
        steps: [
          { action: 'assign_to', actionData: { userId: admin.user.id } },
          { action: 'wait', delayMinutes: 60 },
          { action: 'add_tag', actionData: { tag: 're-engaged' } },
        ],
      });
      const a = await client.createContact('manual-a@example.com');
      const b = await client.createContact('manual-b@example.com');
      const run = await api.http().post(`/api/workflows/${wf.id}/run`).set('Authorization', admin.auth).send({ contactIds: [a, b] }).expect(202);
      expect(run.body.executionIds).toHaveLength(2);
      expect(run.body.skipped).toEqual([]);

      const again = await api.http().post(`/api/workflows/${wf.id}/run`).set('Authorization', admin.auth).send({ contactIds: [a] }).expect(202);
      expect(again.body).toEqual({ executionIds: [], skipped: [{ contactId: a, reason: 'already in this workflow' }] });

      const unknown = await api
        .http()
        .post(`/api/workflows/${wf.id}/run`)
        .set('Authorization', admin.auth)
        .send({ contactIds: [a, '00000000-0000-4000-8000-000000000000'] });
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors).toEqual([{ field: 'contactIds.1', message: 'Contact 2 is not one of the contacts you can see' }]);
      await api.http().post(`/api/workflows/${wf.id}/run`).set('Authorization', admin.auth).send({ contactIds: [] }).expect(400);

      const execution = await eventually('the assign step', async () => {
        const e = await client.executionFor(wf.id, a);
        return e.steps[0].status === 'completed' ? e : null;
      });
      expect((await client.contact(a)).assignedToId).toBe(admin.user.id);
      await makeDue(env.db, execution.steps[1].id);
      const done = await client.executionReaching(execution.id, 'completed');
      expect(done.steps.map((s) => s.status)).toEqual(['completed', 'completed', 'completed']);
      expect((await client.contact(a)).tags).toContain('re-engaged');

      // Finished: the contact may enter again.
      await api.http().post(`/api/workflows/${wf.id}/run`).set('Authorization', admin.auth).send({ contactIds: [a] }).expect(202);
      expect((await client.executionsOf(wf.id)).filter((e) => e.contact.id === a)).toHaveLength(2);

      await api.http().patch(`/api/workflows/${wf.id}`).set('Authorization', admin.auth).send({ isActive: false }).expect(200);
      await api.http().post(`/api/workflows/${wf.id}/run`).set('Authorization', admin.auth).send({ contactIds: [b] }).expect(409);
    });

    it('hides other users’ contacts and their executions from a member', async () => {
      const wf = await workflow({ name: 'Member view', triggerEvent: 'manual', steps: [{ action: 'wait', delayMinutes: 600 }] });
      const member = await createUserSession(api, admin, 'member');
      const theirs = await client.createContact('theirs@example.com', { assignedToId: member.user.id });
      const ours = await client.createContact('ours@example.com');
      await api.http().post(`/api/workflows/${wf.id}/run`).set('Authorization', admin.auth).send({ contactIds: [theirs, ours] }).expect(202);

      const visible = await api.http().get(`/api/workflows/${wf.id}/executions`).set('Authorization', member.auth).expect(200);
      expect(visible.body.data.map((e: { contact: { id: string } }) => e.contact.id)).toEqual([theirs]);
      const notMine = await api.http().get('/api/workflow-executions').query({ contactId: ours }).set('Authorization', member.auth).expect(200);
      expect(notMine.body).toMatchObject({ data: [], total: 0 });
      const all = await api.http().get('/api/workflow-executions').query({ workflowId: wf.id }).set('Authorization', member.auth).expect(200);
      expect(all.body.data.map((e: { contact: { id: string } }) => e.contact.id)).toEqual([theirs]);
      const byContact = await api.http().get('/api/workflow-executions').query({ contactId: ours }).set('Authorization', admin.auth).expect(200);
      expect(byContact.body.data).toEqual([expect.objectContaining({ workflowId: wf.id, workflowName: 'Member view', status: 'pending' })]);
      const bad = await api.http().get('/api/workflow-executions').query({ contactId: 'nope', status: 'sleeping' }).set('Authorization', admin.auth);
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['contactId', 'status']);
      const hidden = (await client.executionsOf(wf.id)).find((e) => e.contact.id === ours)!;
      await api.http().get(`/api/workflow-executions/${hidden.id}`).set('Authorization', member.auth).expect(404);
      const refused = await api.http().post(`/api/workflows/${wf.id}/run`).set('Authorization', member.auth).send({ contactIds: [ours] });
      expect(refused.status).toBe(400);
    });
  });

  describe('failures, guards and cancel', () => {
    it('marks a step failed with the SMTP message on a permanent failure, and skips the rest', async () => {
      const wf = await workflow({
        name: 'Doomed welcome',
        triggerEvent: 'manual',
        steps: [
          { action: 'send_email', emailTemplateId: welcomeTemplate },
          { action: 'add_tag', actionData: { tag: 'never' } },
        ],
      });
      sink.failWith = (to) => (to === 'bounce@example.com' ? { code: 550, message: 'No such mailbox here' } : undefined);
      const contactId = await client.createContact('bounce@example.com');
      await api.http().post(`/api/workflows/${wf.id}/run`).set('Authorization', admin.auth).send({ contactIds: [contactId] }).expect(202);
      const execution = await client.executionReaching((await client.executionFor(wf.id, contactId)).id, 'failed');
      expect(execution.steps[0]).toMatchObject({ status: 'failed', attempts: 1, errorMessage: expect.stringContaining('No such mailbox here') });
      expect(execution.steps[1]).toMatchObject({ status: 'skipped', errorMessage: 'An earlier step failed' });
      expect(execution.errorMessage).toContain('Step 1 (send_email) failed');
      expect((await client.contact(contactId)).tags).not.toContain('never');
    });

    it('skips steps for an archived contact, and the email to a suppressed address', async () => {
      const wf = await workflow({
        name: 'Careful',
        triggerEvent: 'manual',
        steps: [
          { action: 'send_email', emailTemplateId: welcomeTemplate },
          { action: 'add_tag', actionData: { tag: 'careful' } },
        ],
      });
      const archived = await client.createContact('archived@example.com', { status: 'archived' });
      const suppressed = await client.createContact('suppressed@example.com');
      await api.http().post('/api/suppressions').set('Authorization', admin.auth).send({ email: 'SUPPRESSED@example.com', reason: 'manual' }).expect(201);
      await api.http().post(`/api/workflows/${wf.id}/run`).set('Authorization', admin.auth).send({ contactIds: [archived, suppressed] }).expect(202);

      const skippedAll = await client.executionReaching((await client.executionFor(wf.id, archived)).id, 'completed');
      expect(skippedAll.steps.map((s) => [s.status, s.errorMessage])).toEqual([
        ['skipped', 'The contact is archived'],
        ['skipped', 'The contact is archived'],
      ]);
      const noEmail = await client.executionReaching((await client.executionFor(wf.id, suppressed)).id, 'completed');
      expect(noEmail.steps.map((s) => s.status)).toEqual(['skipped', 'completed']);
      expect(noEmail.steps[0].errorMessage).toContain('suppressed');
      expect((await client.contact(suppressed)).tags).toContain('careful');
      expect((await client.contact(archived)).tags).not.toContain('careful');
      expect(sink.to('archived@example.com')).toHaveLength(0);
      expect(sink.to('suppressed@example.com')).toHaveLength(0);
    });

    it('retries a transient failure with backoff and completes once the server accepts', async () => {
      const wf = await workflow({ name: 'Greylisted', triggerEvent: 'manual', steps: [{ action: 'send_email', emailTemplateId: welcomeTemplate }] });
      sink.failWith = (to) => (to === 'greylist@example.com' ? { code: 451, message: 'Try again later' } : undefined);
      const contactId = await client.createContact('greylist@example.com');
      await api.http().post(`/api/workflows/${wf.id}/run`).set('Authorization', admin.auth).send({ contactIds: [contactId] }).expect(202);
      const waiting = await eventually('a first failed attempt', async () => {
        const e = await client.executionFor(wf.id, contactId);
        return e.steps[0].retryAt ? e : null;
      });
      expect(waiting.status).toBe('in_progress');
      expect(waiting.steps[0]).toMatchObject({ status: 'pending', attempts: 1, errorMessage: expect.stringContaining('Try again later') });
      expect(Date.parse(waiting.steps[0].retryAt as string)).toBeGreaterThan(Date.now() + 30_000);

      sink.failWith = undefined;
      await makeDue(env.db, waiting.steps[0].id);
      const done = await client.executionReaching(waiting.id, 'completed');
      expect(done.steps[0]).toMatchObject({ status: 'completed', attempts: 2 });
      expect(sink.to('greylist@example.com')).toHaveLength(1);
    });

    it('never lets a workflow retrigger itself, nor two workflows feed each other', async () => {
      const self = await workflow({
        name: 'Self tagger',
        triggerEvent: 'tag_added',
        steps: [{ action: 'add_tag', actionData: { tag: 'self-loop' } }],
      });
      const contactId = await client.createContact('loop@example.com');
      await api.http().post(`/api/contacts/${contactId}/tags`).set('Authorization', admin.auth).send({ tags: ['start'] }).expect((r) => expect(r.status).toBeLessThan(300));
      await client.executionReaching((await client.executionFor(self.id, contactId)).id, 'completed');
      expect((await client.contact(contactId)).tags).toEqual(expect.arrayContaining(['start', 'self-loop']));
      await api.http().patch(`/api/workflows/${self.id}`).set('Authorization', admin.auth).send({ isActive: false }).expect(200);

      // Ping-pong: A adds "pong" on "ping"; B removes and re-adds "ping" on "pong".
      const a = await workflow({ name: 'Ping', triggerEvent: 'tag_added', triggerData: { tag: 'ping' }, steps: [{ action: 'add_tag', actionData: { tag: 'pong' } }] });
      const b = await workflow({
        name: 'Pong',
        triggerEvent: 'tag_added',
        triggerData: { tag: 'pong' },
        steps: [
          { action: 'remove_tag', actionData: { tag: 'pong' } },
          { action: 'remove_tag', actionData: { tag: 'ping' } },
          { action: 'add_tag', actionData: { tag: 'ping' } },
        ],
      });
      const other = await client.createContact('pingpong@example.com');
      await api.http().post(`/api/contacts/${other}/tags`).set('Authorization', admin.auth).send({ tags: ['ping'] }).expect((r) => expect(r.status).toBeLessThan(300));
      await client.executionReaching((await client.executionFor(b.id, other)).id, 'completed');
      // Each ran once; B's re-added "ping" did not start A again.
      const settle = await workflow({ name: 'Settle', triggerEvent: 'tag_added', triggerData: { tag: 'settle' }, steps: [{ action: 'wait' }] });
      await api.http().post(`/api/contacts/${other}/tags`).set('Authorization', admin.auth).send({ tags: ['settle'] }).expect((r) => expect(r.status).toBeLessThan(300));
      await client.executionReaching((await client.executionFor(settle.id, other)).id, 'completed');
      expect(await client.executionsOf(a.id)).toHaveLength(1);
      expect(await client.executionsOf(b.id)).toHaveLength(1);
      expect(await client.executionsOf(self.id)).toHaveLength(1);
    });

    it('cancel skips the pending steps, which then never run', async () => {
      const wf = await workflow({
        name: 'Cancellable',
        triggerEvent: 'manual',
        steps: [
          { action: 'add_tag', actionData: { tag: 'before-cancel' } },
          { action: 'add_tag', delayMinutes: 1440, actionData: { tag: 'after-cancel' } },
        ],
      });
      const contactId = await client.createContact('cancel@example.com');
      await api.http().post(`/api/workflows/${wf.id}/run`).set('Authorization', admin.auth).send({ contactIds: [contactId] }).expect(202);
      const running = await eventually('the first step', async () => {
        const e = await client.executionFor(wf.id, contactId);
        return e.steps[0].status === 'completed' ? e : null;
      });
      const cancelled = await api.http().post(`/api/workflow-executions/${running.id}/cancel`).set('Authorization', admin.auth).expect(200);
      expect(cancelled.body.status).toBe('cancelled');
      expect(cancelled.body.steps.map((s: { status: string }) => s.status)).toEqual(['completed', 'skipped']);
      await api.http().post(`/api/workflow-executions/${running.id}/cancel`).set('Authorization', admin.auth).expect(409);

      await env.db.query(`UPDATE workflow_step_execution SET scheduled_for = now() WHERE id = $1`, [running.steps[1].id]);
      // A run of another contact through the same scheduler shows it had its chance.
      const probeContact = await client.createContact('cancel-probe@example.com');
      await api.http().post(`/api/workflows/${wf.id}/run`).set('Authorization', admin.auth).send({ contactIds: [probeContact] }).expect(202);
      const probe = await eventually('the probe step', async () => {
        const e = await client.executionFor(wf.id, probeContact);
        return e.steps[0].status === 'completed' ? e : null;
      });
      await makeDue(env.db, probe.steps[1].id);
      await client.executionReaching(probe.id, 'completed');
      expect((await client.contact(contactId)).tags).not.toContain('after-cancel');
      expect((await client.execution(running.id)).steps[1].status).toBe('skipped');
    });

    it('loses no step when Redis loses its jobs: the scheduler finds them in the database', async () => {
      const wf = await workflow({ name: 'Durable', triggerEvent: 'manual', steps: [{ action: 'add_tag', delayMinutes: 30, actionData: { tag: 'durable' } }] });
      const contactId = await client.createContact('durable@example.com');
      await api.http().post(`/api/workflows/${wf.id}/run`).set('Authorization', admin.auth).send({ contactIds: [contactId] }).expect(202);
      const execution = await client.executionFor(wf.id, contactId);
      const { default: Redis } = await import('ioredis');
      const redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
      const keys = await redis.keys(`${env.queuePrefix}:workflow-steps:*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
      await makeDue(env.db, execution.steps[0].id);
      await client.executionReaching(execution.id, 'completed');
      expect((await client.contact(contactId)).tags).toContain('durable');
    });
  });

  it('gives the dashboard its workflow figures, limited to a member’s contacts for a member', async () => {
    await workflow({ name: 'Counted', triggerEvent: 'manual', steps: [{ action: 'wait' }] });
    const completed = await api.http().get('/api/workflow-executions').query({ status: 'completed', limit: 1 }).set('Authorization', admin.auth).expect(200);
    const member = await env.db.query(`SELECT DISTINCT u.id FROM app_user u JOIN contact c ON c.assigned_to_id = u.id WHERE u.role = 'member'`);
    expect(member.rows).toHaveLength(1);

    const { app, stats } = await loadStatsService(env);
    try {
      const all = await stats.getStats({ caller: { id: admin.user.id, role: 'admin' }, recentLimit: 200 });
      expect(all).toMatchObject({ active: 1, completedExecutions: completed.body.total, failedSteps: 1 });
      const times = all.recentActivity.map((a: { executedAt: string }) => Date.parse(a.executedAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(all.recentActivity).toContainEqual(
        expect.objectContaining({ workflowName: 'Doomed welcome', action: 'send_email', status: 'failed', errorMessage: expect.stringContaining('No such mailbox here') }),
      );
      // The member's only contact in a workflow is still waiting on its first step.
      const mine = await stats.getStats({ caller: { id: member.rows[0].id, role: 'member' } });
      expect(mine).toEqual({ active: 1, completedExecutions: 0, failedSteps: 0, recentActivity: [] });
    } finally {
      await app.close();
    }
  });
});

/** WorkflowStatsService from the built app, in this process (the dashboard module calls it, not HTTP). */
async function loadStatsService(env: TestEnvironment) {
  const dist = resolve(__dirname, '../../../dist/apps/api');
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { NestFactory } = require(resolve(dist, '../../../node_modules/@nestjs/core'));
  const { AppModule } = require(`${dist}/app.module`);
  const { loadConfig } = require(`${dist}/config/config`);
  const { WorkflowStatsService } = require(`${dist}/modules/automations/workflow-stats.service`);
  /* eslint-enable @typescript-eslint/no-require-imports */
  const config = {
    ...loadConfig({ DATABASE_URL: env.databaseUrl, QUEUE_PREFIX: env.queuePrefix, JWT_SECRET: 'test-secret-that-is-long-enough', LOG_LEVEL: 'warn' }),
    role: 'api',
  };
  const app: INestApplicationContext = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  return { app, stats: app.get(WorkflowStatsService) };
}
