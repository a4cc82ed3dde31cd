import { randomUUID } from 'crypto';
import request from 'supertest';
import { ApiProcess, registerAdmin, Session, TestEnvironment } from './support/test-app';
import { eventually, WorkflowClient } from './support/workflow-helpers';

/** One event of the outbox, with the row (one per transaction) that holds it. */
interface OutboxEvent {
  id: string;
  name: string;
  payload: Record<string, unknown>;
  row_id: string;
  dispatched_at: Date | null;
}

const EVENTS = `SELECT e->>'id' AS id, e->>'name' AS name, e->'payload' AS payload, o.id AS row_id, o.dispatched_at
  FROM outbox_event o CROSS JOIN LATERAL jsonb_array_elements(o.events) AS e`;

/**
 * Durable domain events: every event a change produces is written to `outbox_event` in the
 * change's transaction, delivered right after commit (the fast path), and otherwise delivered by
 * the worker's sweep once older than its grace period (30 s), so a crash between commit and
 * delivery loses no workflow trigger. ROLE=all with a 1 s scheduler interval: the sweep runs
 * every second.
 */
describe('domain events outbox (e2e)', () => {
  const env = new TestEnvironment();
  let api: ApiProcess;
  let admin: Session;
  let client: WorkflowClient;

  const rowsFor = async (contactId: string): Promise<OutboxEvent[]> =>
    (await env.db.query<OutboxEvent>(`${EVENTS} WHERE e->'payload'->>'contactId' = $1 ORDER BY o.created_at, e->>'name'`, [contactId])).rows;

  beforeAll(async () => {
    api = await env.startApi({ env: { SCHEDULER_INTERVAL_SECONDS: '1' } });
    admin = await registerAdmin(api);
    client = new WorkflowClient(api, admin);
  });
  afterAll(async () => {
    await env.destroy();
  });

  it('writes the events of a contact change with the change, marks them dispatched once delivered, and none for a change rolled back', async () => {
    const contactId = await client.createContact('outbox@example.com', { tags: ['vip'] });
    await api.http().patch(`/api/contacts/${contactId}`).set('Authorization', admin.auth).send({ status: 'prospect' }).expect(200);
    const delivered = await eventually('the contact events to be dispatched', async () => {
      const rows = await rowsFor(contactId);
      return rows.length === 3 && rows.every((r) => r.dispatched_at) && rows;
    });
    expect(delivered.map((r) => r.name)).toEqual(['contact_created', 'tag_added', 'contact_updated']);
    // One row per transaction: the creation's two events together, the update's in a row of its own.
    expect(delivered[0].row_id).toBe(delivered[1].row_id);
    expect(delivered[2].row_id).not.toBe(delivered[0].row_id);
    expect(delivered.find((r) => r.name === 'contact_updated')?.payload).toEqual({ contactId, actorId: admin.user.id, changedFields: ['status'] });

    // A deferred constraint fails the transaction at COMMIT, after every statement of the change
    // (its outbox INSERT included) ran: nothing of it may remain, the event least of all.
    await env.db.query(`CREATE FUNCTION outbox_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.first_name = 'Refused' THEN RAISE EXCEPTION 'refused at commit'; END IF; RETURN NEW; END $$`);
    await env.db.query(`CREATE CONSTRAINT TRIGGER outbox_test_refuse AFTER UPDATE ON contact DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION outbox_test_refuse()`);
    try {
      // Plain supertest: the simulated database failure answers a 500 the API document does not declare.
      const refused = await request(api.url).patch(`/api/contacts/${contactId}`).set('Authorization', admin.auth).send({ firstName: 'Refused', tags: ['vip', 'new'] });
      expect(refused.status).toBe(500);
    } finally {
      await env.db.query(`DROP TRIGGER outbox_test_refuse ON contact`);
      await env.db.query(`DROP FUNCTION outbox_test_refuse()`);
    }
    expect((await client.contact(contactId)).tags).toEqual(['vip']);
    expect((await rowsFor(contactId)).map((r) => r.id)).toEqual(delivered.map((r) => r.id));
  });

  it('records the events of an import batch and of a deal stage change', async () => {
    const csv = 'email,first_name,tags\nimp-1@example.com,One,"a,b"\nimp-2@example.com,Two,\n';
    const started = await api
      .http()
      .post('/api/contacts/import')
      .set('Authorization', admin.auth)
      .attach('file', Buffer.from(csv), { filename: 'contacts.csv', contentType: 'text/csv' })
      .expect(202);
    await eventually('the import to complete', async () => {
      const res = await api.http().get(`/api/contacts/imports/${started.body.id}`).set('Authorization', admin.auth).expect(200);
      return res.body.status === 'completed';
    });
    const { rows: contacts } = await env.db.query<{ id: string; email: string }>(`SELECT id, email FROM contact WHERE email LIKE 'imp-%' ORDER BY email`);
    const first = await eventually('the import events to be dispatched', async () => {
      const rows = await rowsFor(contacts[0].id);
      return rows.length === 3 && rows.every((r) => r.dispatched_at) && rows;
    });
    expect(first.map((r) => [r.name, r.payload.tag ?? null])).toEqual(
      expect.arrayContaining([
        ['contact_created', null],
        ['tag_added', 'a'],
        ['tag_added', 'b'],
      ]),
    );
    const second = await rowsFor(contacts[1].id);
    expect(second.map((r) => r.name)).toEqual(['contact_created']);
    // The whole batch in one row, written by one INSERT.
    expect(second[0].row_id).toBe(first[0].row_id);

    const deal = await api.http().post('/api/deals').set('Authorization', admin.auth).send({ title: 'Outbox deal', contactId: contacts[1].id }).expect(201);
    const stage = await eventually('the deal event to be dispatched', async () => {
      const { rows } = await env.db.query<OutboxEvent>(`${EVENTS} WHERE e->'payload'->>'dealId' = $1`, [deal.body.id]);
      return rows.length === 1 && rows[0].dispatched_at && rows;
    });
    expect(stage[0]).toMatchObject({ name: 'deal_stage_changed', payload: { dealId: deal.body.id, contactId: contacts[1].id, fromStageId: null } });

    // Delivered again (its acknowledgement lost in a crash): the contact's timeline keeps one entry
    // for the deal, because the entry was written with the change, not by a listener of the event.
    const timeline = async () =>
      (await env.db.query(`SELECT title FROM activity WHERE contact_id = $1 AND title LIKE 'Deal "Outbox deal"%'`, [contacts[1].id])).rows.map((r) => r.title);
    expect(await timeline()).toEqual(['Deal "Outbox deal" created in Lead']);
    await env.db.query(`UPDATE outbox_event SET dispatched_at = NULL, created_at = now() - interval '1 hour' WHERE id = $1`, [stage[0].row_id]);
    await eventually('the deal event to be delivered again', async () => {
      const { rows } = await env.db.query(`SELECT dispatched_at FROM outbox_event WHERE id = $1`, [stage[0].row_id]);
      return rows[0].dispatched_at !== null;
    });
    expect(await timeline()).toEqual(['Deal "Outbox deal" created in Lead']);
  });

  it('delivers through the sweep an event whose fast path never ran, starting its workflow once, even when delivered twice', async () => {
    const wf = await client.createWorkflow({ name: 'Welcome', triggerEvent: 'contact_created', steps: [{ action: 'add_tag', actionData: { tag: 'welcomed' } }] });
    // The contact and its event as a process killed right after commit leaves them: committed, never delivered.
    const { rows } = await env.db.query<{ id: string }>(`INSERT INTO contact (email, first_name) VALUES ('crashed@example.com', 'Crash') RETURNING id`);
    const contactId = rows[0].id;
    const eventId = randomUUID();
    const events = JSON.stringify([{ id: eventId, name: 'contact_created', payload: { contactId, actorId: null } }]);
    const { rows: rowsCreated } = await env.db.query<{ id: string }>(
      `INSERT INTO outbox_event (id, events, created_at) VALUES ($1, $2, now() - interval '1 minute') RETURNING id`,
      [randomUUID(), events],
    );
    const eventRow = rowsCreated[0];
    // Within the grace period: the sweep leaves it to the fast path of whoever wrote it.
    const { rows: fresh } = await env.db.query<{ id: string }>(`INSERT INTO outbox_event (id, events) VALUES ($1, $2) RETURNING id`, [
      randomUUID(),
      JSON.stringify([{ id: randomUUID(), name: 'contact_created', payload: { contactId, actorId: null } }]),
    ]);

    const execution = await client.executionFor(wf.id, contactId);
    await client.executionReaching(execution.id, 'completed');
    expect((await client.contact(contactId)).tags).toEqual(['welcomed']);
    expect((await env.db.query(`SELECT event_id FROM workflow_execution WHERE id = $1`, [execution.id])).rows).toEqual([{ event_id: eventId }]);
    const swept = await env.db.query(`SELECT dispatched_at FROM outbox_event WHERE id = $1`, [eventRow.id]);
    expect(swept.rows[0].dispatched_at).not.toBeNull();
    expect((await env.db.query(`SELECT dispatched_at FROM outbox_event WHERE id = $1`, [fresh[0].id])).rows[0].dispatched_at).toBeNull();
    await env.db.query(`DELETE FROM outbox_event WHERE id = $1`, [fresh[0].id]);

    // Delivered, but the acknowledgement lost (a crash between the two): the sweep delivers it again,
    // after the first execution finished, so only the event's key can stop a second one.
    await env.db.query(`UPDATE outbox_event SET dispatched_at = NULL WHERE id = $1`, [eventRow.id]);
    await eventually('the event to be delivered again', async () => {
      const { rows: again } = await env.db.query(`SELECT dispatched_at FROM outbox_event WHERE id = $1`, [eventRow.id]);
      return again[0].dispatched_at !== null;
    });
    expect((await client.executionsOf(wf.id)).map((e) => e.id)).toEqual([execution.id]);
  });

  it('leaves an event whose listener failed undispatched, and the sweep delivers it once the failure is gone', async () => {
    const wf = await client.createWorkflow({
      name: 'Retried',
      triggerEvent: 'tag_added',
      triggerData: { tag: 'retried' },
      steps: [{ action: 'add_tag', actionData: { tag: 'retried-done' } }],
    });
    const contactId = await client.createContact('flaky@example.com');
    // The database refuses to start this workflow for now, as during an outage of its tables.
    await env.db.query(`CREATE FUNCTION outbox_test_flaky() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.trigger_event = 'tag_added' THEN RAISE EXCEPTION 'workflow tables unavailable'; END IF; RETURN NEW; END $$`);
    await env.db.query(`CREATE TRIGGER outbox_test_flaky BEFORE INSERT ON workflow_execution FOR EACH ROW EXECUTE FUNCTION outbox_test_flaky()`);
    try {
      await api.http().post(`/api/contacts/${contactId}/tags`).set('Authorization', admin.auth).send({ tags: ['retried'] }).expect(200);
      await eventually('the fast path to give the event up to the sweep', async () => api.output.includes('workflow tables unavailable'));
    } finally {
      await env.db.query(`DROP TRIGGER outbox_test_flaky ON workflow_execution`);
      await env.db.query(`DROP FUNCTION outbox_test_flaky()`);
    }
    const [tagged] = (await rowsFor(contactId)).filter((r) => r.name === 'tag_added');
    expect(tagged.dispatched_at).toBeNull();
    expect(await client.executionsOf(wf.id)).toEqual([]);

    // Past the grace period, the sweep delivers it.
    await env.db.query(`UPDATE outbox_event SET created_at = created_at - interval '1 minute' WHERE id = $1`, [tagged.row_id]);
    const execution = await client.executionFor(wf.id, contactId);
    await client.executionReaching(execution.id, 'completed');
    await eventually('the event to be marked dispatched', async () => (await rowsFor(contactId)).find((r) => r.id === tagged.id)?.dispatched_at);
    expect((await client.executionsOf(wf.id)).map((e) => e.id)).toEqual([execution.id]);
  });
});
