import request from 'supertest';
import { factories } from './support/factories';
import { ApiProcess, createUserSession, registerAdmin, Session, TestEnvironment } from './support/test-app';
import { eventually, WorkflowClient } from './support/workflow-helpers';

type OutboxEvent = { name: string; payload: { contactId: string; actorId: string; changedFields?: string[]; tag?: string } };
interface BatchResult {
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  results: { index: number; id?: string; status: string; errors?: { field: string; message: string }[] }[];
}

describe('POST /api/contacts/batch (e2e)', () => {
  const env = new TestEnvironment();
  let api: ApiProcess;
  let admin: Session;
  let member: Session;

  const batch = (s: Session, body: object) => api.http().post('/api/contacts/batch').set('Authorization', s.auth).send(body);
  const get = (s: Session, path: string) => api.http().get(path).set('Authorization', s.auth);
  const byEmail = async (email: string) =>
    (await env.db.query(`SELECT id, first_name, status, tags, assigned_to_id, custom_fields FROM contact WHERE lower(email) = lower($1)`, [email])).rows[0];
  const countLike = async (pattern: string): Promise<number> =>
    (await env.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM contact WHERE email LIKE $1`, [pattern])).rows[0].n;
  /** The events the outbox holds for these contacts, as `name:contactId[:tag or changed fields]`. */
  const eventsOf = async (contactIds: string[]): Promise<string[]> => {
    const { rows } = await env.db.query<{ event: OutboxEvent }>(`SELECT jsonb_array_elements(events) AS event FROM outbox_event`);
    return rows
      .map((r) => r.event)
      .filter((e) => contactIds.includes(e.payload.contactId))
      .map((e) => [e.name, e.payload.contactId, e.payload.tag ?? e.payload.changedFields?.join(',')].filter(Boolean).join(':'))
      .sort();
  };

  beforeAll(async () => {
    // ROLE=all: the workflow a batch-created contact triggers runs in this process.
    api = await env.startApi();
    admin = await registerAdmin(api);
    member = await createUserSession(api, admin, 'member');
    await api
      .http()
      .post('/api/fields')
      .set('Authorization', admin.auth)
      .send({ objectType: 'contact', key: 'tier', label: 'Tier', type: 'select', options: [{ value: 'gold', label: 'Gold' }, { value: 'silver', label: 'Silver' }] })
      .expect(201);
  });
  afterAll(() => env.destroy());

  it('creates, updates and skips in one call, with the events and timeline entries single writes give', async () => {
    const existing = await factories.contact(env.db, { email: 'Known@Example.com', firstName: 'Old', status: 'lead', tags: ['a'], customFields: { tier: 'silver' } });
    const kept = await factories.contact(env.db, { email: 'kept@example.com', firstName: 'Kept' });

    const updated = (await batch(admin, {
      onDuplicate: 'update',
      contacts: [
        { email: 'new-1@example.com', firstName: 'New', tags: ['Webinar'] },
        // Matched ignoring case; only the fields sent change.
        { email: 'known@example.com', status: 'customer', tags: ['a', 'b'] },
        { email: 'new-2@example.com', customFields: { tier: 'gold' } },
      ],
    }).expect(200)).body as BatchResult;
    expect(updated).toMatchObject({ created: 2, updated: 1, skipped: 0, failed: 0 });
    expect(updated.results.map((r) => [r.index, r.status])).toEqual([
      [0, 'created'],
      [1, 'updated'],
      [2, 'created'],
    ]);
    expect(updated.results[1].id).toBe(existing.id);
    expect(await byEmail('known@example.com')).toMatchObject({ first_name: 'Old', status: 'customer', tags: ['a', 'b'], custom_fields: { tier: 'silver' } });
    const created = await get(admin, `/api/contacts/${updated.results[0].id}`).expect(200);
    expect(created.body).toMatchObject({ email: 'new-1@example.com', firstName: 'New', tags: ['webinar'], status: 'lead' });
    expect((await byEmail('new-2@example.com')).custom_fields).toEqual({ tier: 'gold' });

    const [newId, , otherId] = updated.results.map((r) => r.id as string);
    expect(await eventsOf([newId, existing.id, otherId])).toEqual(
      [`contact_created:${newId}`, `tag_added:${newId}:webinar`, `contact_created:${otherId}`, `contact_updated:${existing.id}:status,tags`, `tag_added:${existing.id}:b`].sort(),
    );
    const timeline = (await get(admin, `/api/contacts/${existing.id}/activities`).expect(200)).body.data.map((a: { title: string }) => a.title);
    expect(timeline.sort()).toEqual(['Status changed from lead to customer', 'Tag added: b']);

    // Skip (the default) leaves a matched contact alone and names it.
    const skipped = (await batch(admin, { contacts: [{ email: 'kept@example.com', firstName: 'Changed' }, { email: 'new-3@example.com' }] }).expect(200)).body as BatchResult;
    expect(skipped).toMatchObject({ created: 1, updated: 0, skipped: 1, failed: 0 });
    expect(skipped.results[0]).toEqual({ index: 0, id: kept.id, status: 'skipped' });
    expect((await byEmail('kept@example.com')).first_name).toBe('Kept');
    expect(await eventsOf([kept.id])).toEqual([]);
  });

  it('publishes contact.created and contact.updated webhooks for what it changed, as single writes do', async () => {
    await env.db.query(
      `INSERT INTO webhook_endpoint (url, events, secret) VALUES ('http://192.0.2.1/hooks', '{contact.created,contact.updated}', 'whsec_dGVzdA==')`,
    );
    await batch(admin, { contacts: [{ email: 'hook-same@example.com', firstName: 'Same' }] }).expect(200);
    await env.db.query(`DELETE FROM webhook_event`);
    const res = await batch(admin, {
      onDuplicate: 'update',
      contacts: [{ email: 'hook-new@example.com', firstName: 'New' }, { email: 'HOOK-same@example.com', firstName: 'Renamed' }, { email: 'hook-bad' }],
    }).expect(200);
    expect(res.body).toMatchObject({ created: 1, updated: 1, failed: 1 });
    const { rows } = await env.db.query<{ type: string; email: string; first_name: string }>(
      `SELECT type, payload->>'email' AS email, payload->>'firstName' AS first_name FROM webhook_event ORDER BY type`,
    );
    expect(rows).toEqual([
      { type: 'contact.created', email: 'hook-new@example.com', first_name: 'New' },
      { type: 'contact.updated', email: 'hook-same@example.com', first_name: 'Renamed' },
    ]);
    // An update that changes nothing publishes nothing.
    await env.db.query(`DELETE FROM webhook_event`);
    await batch(admin, { onDuplicate: 'update', contacts: [{ email: 'hook-same@example.com', firstName: 'Renamed' }] }).expect(200);
    expect((await env.db.query(`SELECT 1 FROM webhook_event`)).rowCount).toBe(0);
    await env.db.query(`DELETE FROM webhook_endpoint`);
  });

  it('fails invalid items with their field errors and saves the others', async () => {
    const res = (await batch(admin, {
      contacts: [
        { email: 'not-an-email', firstName: 'x'.repeat(101) },
        { email: 'valid-1@example.com' },
        { email: 'tier@example.com', customFields: { tier: 'bronze' } },
        { email: 'unknown-field@example.com', customFields: { nope: 1 } },
        { email: 'VALID-1@example.com', firstName: 'Twin' },
        'not an object',
        { email: 'company@example.com', companyId: '00000000-0000-4000-8000-000000000000' },
        { email: 'extra@example.com', shoeSize: 44 },
        { email: 'valid-2@example.com', status: 'royalty' },
      ],
    }).expect(200)).body as BatchResult;
    expect(res).toMatchObject({ created: 1, updated: 0, skipped: 0, failed: 8 });
    const fields = (index: number) => (res.results[index].errors ?? []).map((e) => e.field).sort();
    expect(res.results[1]).toEqual({ index: 1, id: expect.any(String), status: 'created' });
    expect(fields(0)).toEqual(['email', 'firstName']);
    expect(fields(2)).toEqual(['customFields.tier']);
    expect(fields(3)).toEqual(['customFields.nope']);
    // The later of two items with one email (ignoring case) fails naming it.
    expect(fields(4)).toEqual(['email']);
    expect(res.results[4].errors?.[0].message).toMatch(/item 1/);
    expect(fields(5)).toEqual(['contacts']);
    expect(fields(6)).toEqual(['companyId']);
    expect(fields(7)).toEqual(['shoeSize']);
    expect(fields(8)).toEqual(['status']);
    for (const email of ['tier@example.com', 'unknown-field@example.com', 'company@example.com', 'extra@example.com', 'valid-2@example.com']) {
      expect(await byEmail(email)).toBeUndefined();
    }
    expect((await byEmail('valid-1@example.com')).first_name).toBe('');
  });

  it('refuses more than 1,000 contacts, or none, with a 400 naming contacts', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({ email: `too-many-${i}@example.com` }));
    const res = await batch(admin, { contacts: many }).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'contacts' })]);
    expect(await countLike('too-many-%')).toBe(0);
    expect((await batch(admin, { contacts: [] }).expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'contacts' })]);
    expect((await batch(admin, { contacts: [{ email: 'x@example.com' }], onDuplicate: 'merge' }).expect(400)).body.errors).toEqual([
      expect.objectContaining({ field: 'onDuplicate' }),
    ]);
  });

  it('gives a member their new contacts and never touches or names a contact they cannot see', async () => {
    const others = await factories.contact(env.db, { email: 'admins-own@example.com', firstName: 'Hidden', assignedToId: admin.user.id });
    const mine = await factories.contact(env.db, { email: 'members-own@example.com', firstName: 'Mine', assignedToId: member.user.id });
    const res = (await batch(member, {
      onDuplicate: 'update',
      contacts: [
        { email: 'member-new@example.com' },
        { email: 'admins-own@example.com', firstName: 'Taken' },
        { email: 'members-own@example.com', firstName: 'Renamed' },
        { email: 'member-gift@example.com', assignedToId: admin.user.id },
      ],
    }).expect(200)).body as BatchResult;
    expect(res).toMatchObject({ created: 1, updated: 1, skipped: 0, failed: 2 });
    expect((await byEmail('member-new@example.com')).assigned_to_id).toBe(member.user.id);
    expect(res.results[1]).toEqual({ index: 1, status: 'failed', errors: [{ field: 'email', message: 'Contact not found' }] });
    expect(JSON.stringify(res)).not.toContain(others.id);
    expect((await byEmail('admins-own@example.com')).first_name).toBe('Hidden');
    expect(res.results[2]).toEqual({ index: 2, id: mine.id, status: 'updated' });
    expect((await byEmail('members-own@example.com')).first_name).toBe('Renamed');
    expect(res.results[3].errors).toEqual([expect.objectContaining({ field: 'assignedToId' })]);

    const skipped = (await batch(member, { contacts: [{ email: 'admins-own@example.com' }] }).expect(200)).body as BatchResult;
    expect(skipped.results).toEqual([{ index: 0, status: 'skipped' }]);
  });

  it('starts the workflows a single create starts, for each contact the batch creates', async () => {
    const workflows = new WorkflowClient(api, admin);
    const workflow = await workflows.createWorkflow({
      name: 'Welcome batch',
      triggerEvent: 'contact_created',
      steps: [{ action: 'add_tag', actionData: { tag: 'welcomed' } }],
    });
    const res = (await batch(admin, { contacts: [{ email: 'flow-1@example.com' }, { email: 'flow-2@example.com' }] }).expect(200)).body as BatchResult;
    for (const { id } of res.results) {
      await workflows.executionFor(workflow.id, id as string);
      await eventually('the workflow tag', async () => (await get(admin, `/api/contacts/${id}`).expect(200)).body.tags.includes('welcomed'));
    }
    await api.http().patch(`/api/workflows/${workflow.id}`).set('Authorization', admin.auth).send({ isActive: false }).expect(200);
  });

  describe('a chunk the database refuses', () => {
    const items = (prefix: string) => Array.from({ length: 1000 }, (_, i) => ({ email: `${prefix}-${i}@example.com` }));
    const refuse = async (email: string, errcode: string) => {
      await env.db.query(`
        CREATE FUNCTION refuse_one() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.email = '${email}' THEN RAISE EXCEPTION 'refused by the test' USING ERRCODE = '${errcode}'; END IF; RETURN NEW; END $$`);
      await env.db.query(`CREATE TRIGGER refuse_one BEFORE INSERT ON contact FOR EACH ROW EXECUTE FUNCTION refuse_one()`);
    };
    afterEach(() => env.db.query(`DROP TRIGGER IF EXISTS refuse_one ON contact; DROP FUNCTION IF EXISTS refuse_one()`));

    it('is not half-written: none of its rows are saved, and the same call acts once the database takes it', async () => {
      const outboxRows = async () => (await env.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox_event`)).rows[0].n;
      const before = await outboxRows();
      await refuse('outage-700@example.com', 'P0001');
      // Not through the document-checked client: a 500 is declared nowhere.
      const res = await request(api.url).post('/api/contacts/batch').set('Authorization', admin.auth).send({ contacts: items('outage') });
      expect(res.status).toBe(500);
      expect(await countLike('outage-%')).toBe(0);
      expect(await outboxRows()).toBe(before);
      await env.db.query(`DROP TRIGGER refuse_one ON contact`);
      expect((await batch(admin, { contacts: items('outage') }).expect(200)).body).toMatchObject({ created: 1000, failed: 0 });
      expect(await countLike('outage-%')).toBe(1000);
    });

    it('for the data of one row fails that row alone', async () => {
      await refuse('bad-row-700@example.com', '23514');
      const res = (await batch(admin, { contacts: items('bad-row') }).expect(200)).body as BatchResult;
      expect(res).toMatchObject({ created: 999, failed: 1 });
      expect(res.results[700]).toEqual({ index: 700, status: 'failed', errors: [expect.objectContaining({ field: 'contacts' })] });
      expect(await countLike('bad-row-%')).toBe(999);
    });
  });
});
