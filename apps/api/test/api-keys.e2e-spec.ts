import type { Response } from 'supertest';
import { factories } from './support/factories';
import { ApiProcess, createUserSession, registerAdmin, Session, TestEnvironment } from './support/test-app';

interface CreatedKey {
  id: string;
  name: string;
  prefix: string;
  role: string;
  scopes: string[];
  userId: string | null;
  key: string;
  createdAt: string;
  expiresAt: string | null;
}

const KEY_FORMAT = /^crl_[0-9A-Za-z]{8}_[0-9A-Za-z_-]{43}$/;
/** The rate limit of the two extra processes of the rate-limit test. */
const SMALL_LIMIT = 4;

describe('API keys (e2e)', () => {
  const env = new TestEnvironment();
  let api: ApiProcess;
  let admin: Session;
  let manager: Session;
  let member: Session;

  const bearer = (key: string) => `Bearer ${key}`;
  const createKey = async (body: object, as: Session = admin): Promise<CreatedKey> =>
    (await api.http().post('/api/api-keys').set('Authorization', as.auth).send(body).expect(201)).body;
  const fieldsOf = (res: Response) => (res.body.errors as { field: string }[]).map((e) => e.field);

  beforeAll(async () => {
    api = await env.startApi({ env: { ROLE: 'api' } });
    admin = await registerAdmin(api);
    manager = await createUserSession(api, admin, 'manager');
    member = await createUserSession(api, admin, 'member');
  });
  afterAll(() => env.destroy());

  it('creates a key shown once, lists it without the key or its hash, and revokes it', async () => {
    const created = await createKey({ name: '  Zapier sync ', role: 'manager', scopes: ['contacts:read', 'deals:read'] });
    expect(created).toMatchObject({ name: 'Zapier sync', role: 'manager', scopes: ['contacts:read', 'deals:read'], userId: null, expiresAt: null });
    expect(created.key).toMatch(KEY_FORMAT);
    expect(created.key.startsWith(`crl_${created.prefix}_`)).toBe(true);

    const list = await api.http().get('/api/api-keys').set('Authorization', admin.auth).expect(200);
    const listed = list.body.data.find((k: { id: string }) => k.id === created.id);
    expect(listed).toMatchObject({ name: 'Zapier sync', prefix: created.prefix, role: 'manager', lastUsedAt: null });
    expect(JSON.stringify(list.body)).not.toContain(created.key);
    expect(listed).not.toHaveProperty('key');
    expect(listed).not.toHaveProperty('hash');
    const [stored] = (await env.db.query(`SELECT hash FROM api_key WHERE id = $1`, [created.id])).rows;
    expect(stored.hash.toString('hex')).not.toContain(Buffer.from(created.key).toString('hex'));

    await api.http().get('/api/contacts').set('Authorization', bearer(created.key)).expect(200);
    await api.http().delete(`/api/api-keys/${created.id}`).set('Authorization', admin.auth).expect(204);
    const refused = await api.http().get('/api/contacts').set('Authorization', bearer(created.key)).expect(401);
    expect(refused.body.detail).toBe("The API key 'Zapier sync' has been revoked");
    await api.http().delete(`/api/api-keys/${created.id}`).set('Authorization', admin.auth).expect(404);
    const after = await api.http().get('/api/api-keys').set('Authorization', admin.auth).expect(200);
    expect(after.body.data.map((k: { id: string }) => k.id)).not.toContain(created.id);
  });

  it('is for admins only, and a key never manages keys or users', async () => {
    await api.http().get('/api/api-keys').set('Authorization', manager.auth).expect(403);
    await api.http().post('/api/api-keys').set('Authorization', member.auth).send({ name: 'x', role: 'member', scopes: ['contacts:read'] }).expect(403);
    const { key } = await createKey({ name: 'Admin key', role: 'admin', scopes: ['contacts:read', 'contacts:write'] });
    for (const path of ['/api/api-keys', '/api/users', '/api/auth/me', '/api/settings/email']) {
      const res = await api.http().get(path).set('Authorization', bearer(key)).expect(403);
      expect(res.body.detail).toBe('API keys cannot be used on this route: it is for signed-in users only');
    }
  });

  it('answers 400 naming the field for bad input', async () => {
    const managerId = manager.user.id;
    const cases: [object, string][] = [
      [{ role: 'admin', scopes: ['contacts:read'] }, 'name'],
      [{ name: '   ', role: 'admin', scopes: ['contacts:read'] }, 'name'],
      [{ name: 'x'.repeat(101), role: 'admin', scopes: ['contacts:read'] }, 'name'],
      [{ name: 'k', role: 'owner', scopes: ['contacts:read'] }, 'role'],
      [{ name: 'k', role: 'admin', scopes: [] }, 'scopes'],
      [{ name: 'k', role: 'admin', scopes: 'contacts:read' }, 'scopes'],
      [{ name: 'k', role: 'admin', scopes: ['contacts:admin'] }, 'scopes'],
      [{ name: 'k', role: 'admin', scopes: ['webhooks:read'] }, 'scopes'],
      [{ name: 'k', role: 'admin', scopes: ['contacts:read', 'contacts:read'] }, 'scopes'],
      [{ name: 'k', role: 'admin', scopes: ['contacts:read'], expiresAt: 'tomorrow' }, 'expiresAt'],
      [{ name: 'k', role: 'admin', scopes: ['contacts:read'], expiresAt: new Date(Date.now() - 60_000).toISOString() }, 'expiresAt'],
      [{ name: 'k', role: 'member', scopes: ['contacts:read'] }, 'userId'],
      [{ name: 'k', role: 'member', scopes: ['contacts:read'], userId: 'nobody' }, 'userId'],
      [{ name: 'k', role: 'member', scopes: ['contacts:read'], userId: managerId }, 'userId'],
      [{ name: 'k', role: 'member', scopes: ['contacts:read'], userId: '6d3c1f0e-0000-4000-8000-000000000000' }, 'userId'],
      [{ name: 'k', role: 'manager', scopes: ['contacts:read'], userId: member.user.id }, 'userId'],
    ];
    for (const [body, field] of cases) {
      const res = await api.http().post('/api/api-keys').set('Authorization', admin.auth).send(body);
      expect({ body, status: res.status, fields: res.status === 400 ? fieldsOf(res) : [] }).toEqual({ body, status: 400, fields: [field] });
    }
    await api.http().delete('/api/api-keys/not-a-uuid').set('Authorization', admin.auth).expect(400);
    const { rows } = await env.db.query(`SELECT count(*)::int AS n FROM api_key WHERE name = 'k'`);
    expect(rows[0].n).toBe(0);
  });

  it('refuses malformed, unknown, expired keys with 401', async () => {
    for (const token of ['crl_nonsense', 'crl_AAAAAAAA_' + 'A'.repeat(43)]) {
      const res = await api.http().get('/api/contacts').set('Authorization', bearer(token)).expect(401);
      expect(res.body.detail).toBe('Invalid API key');
    }
    const created = await createKey({ name: 'Short-lived', role: 'manager', scopes: ['contacts:read'], expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    await api.http().get('/api/contacts').set('Authorization', bearer(created.key)).expect(200);
    // One character off is another key: the hash, not the prefix, authenticates.
    const altered = created.key.slice(0, -1) + (created.key.endsWith('A') ? 'B' : 'A');
    await api.http().get('/api/contacts').set('Authorization', bearer(altered)).expect(401);
    await env.db.query(`UPDATE api_key SET expires_at = now() - interval '1 minute' WHERE id = $1`, [created.id]);
    const res = await api.http().get('/api/contacts').set('Authorization', bearer(created.key)).expect(401);
    expect(res.body.detail).toMatch(/^The API key 'Short-lived' expired at \d{4}-\d\d-\d\dT/);
  });

  it('gives a member-role key only its member’s contacts, through the same access policy', async () => {
    const own = await factories.contact(env.db, { email: 'own@example.test', assignedToId: member.user.id });
    const others = await factories.contact(env.db, { email: 'others@example.test', assignedToId: manager.user.id });
    const { key, userId } = await createKey({ name: 'Member sync', role: 'member', userId: member.user.id, scopes: ['contacts:read', 'contacts:write'] });
    expect(userId).toBe(member.user.id);

    const list = await api.http().get('/api/contacts?limit=200').set('Authorization', bearer(key)).expect(200);
    expect(list.body.data.map((c: { id: string }) => c.id)).toEqual([own.id]);
    await api.http().get(`/api/contacts/${own.id}`).set('Authorization', bearer(key)).expect(200);
    await api.http().get(`/api/contacts/${others.id}`).set('Authorization', bearer(key)).expect(404);
    await api.http().patch(`/api/contacts/${others.id}`).set('Authorization', bearer(key)).send({ status: 'customer' }).expect(404);
    // @Roles applies to the key's role: members cannot bulk-assign.
    await api.http().post('/api/contacts/bulk/assign').set('Authorization', bearer(key)).send({ contactIds: [own.id], assignedToId: null }).expect(403);

    // The member deactivated: the key acting as them stops with them.
    await api.http().patch(`/api/users/${member.user.id}`).set('Authorization', admin.auth).send({ isActive: false }).expect(200);
    const stopped = await api.http().get('/api/contacts').set('Authorization', bearer(key)).expect(401);
    expect(stopped.body.detail).toBe("The user the API key 'Member sync' acts as no longer exists or is deactivated");
    await api.http().patch(`/api/users/${member.user.id}`).set('Authorization', admin.auth).send({ isActive: true }).expect(200);
    await api.http().get('/api/contacts').set('Authorization', bearer(key)).expect(200);
  });

  it('acts with no more than its user’s current role: demoting the admin who made a key demotes the key', async () => {
    const maker = await createUserSession(api, admin, 'admin');
    const theirs = await factories.contact(env.db, { email: 'makers@example.test', assignedToId: maker.user.id });
    await factories.contact(env.db, { email: 'someone-elses@example.test', assignedToId: manager.user.id });
    const { key } = await createKey({ name: 'Admin sync', role: 'admin', scopes: ['contacts:read'] }, maker);
    const before = await api.http().get('/api/contacts?limit=200').set('Authorization', bearer(key)).expect(200);
    expect(before.body.data.length).toBeGreaterThan(1);

    await api.http().patch(`/api/users/${maker.user.id}`).set('Authorization', admin.auth).send({ role: 'member' }).expect(200);
    const after = await api.http().get('/api/contacts?limit=200').set('Authorization', bearer(key)).expect(200);
    expect(after.body.data.map((c: { id: string }) => c.id)).toEqual([theirs.id]);
  });

  it('needs the scope of the route’s area: reads need :read, writes :write', async () => {
    const { key } = await createKey({ name: 'Reader', role: 'manager', scopes: ['contacts:read'] });
    await api.http().get('/api/contacts').set('Authorization', bearer(key)).expect(200);
    await api.http().get('/api/segments').set('Authorization', bearer(key)).expect(200);
    const write = await api.http().post('/api/contacts').set('Authorization', bearer(key)).send({ email: 'new@example.test' }).expect(403);
    expect(write.body).toMatchObject({ status: 403, detail: 'This API key lacks the scope contacts:write', requiredScope: 'contacts:write' });
    const deals = await api.http().get('/api/deals').set('Authorization', bearer(key)).expect(403);
    expect(deals.body.detail).toBe('This API key lacks the scope deals:read');
    const dashboard = await api.http().get('/api/dashboard').set('Authorization', bearer(key)).expect(403);
    expect(dashboard.body.detail).toBe('This API key lacks the scope dashboard:read');
    // Nothing was written by the refused request.
    const { rows } = await env.db.query(`SELECT count(*)::int AS n FROM contact WHERE email = 'new@example.test'`);
    expect(rows[0].n).toBe(0);

    const writer = await createKey({ name: 'Writer', role: 'manager', scopes: ['contacts:write'] });
    await api.http().post('/api/contacts').set('Authorization', bearer(writer.key)).send({ email: 'new@example.test' }).expect(201);
    await api.http().get('/api/contacts').set('Authorization', bearer(writer.key)).expect(403);
  });

  it('records when a key was last used, at most once a minute', async () => {
    const created = await createKey({ name: 'Touched', role: 'manager', scopes: ['contacts:read'] });
    await api.http().get('/api/contacts').set('Authorization', bearer(created.key)).expect(200);
    const listed = async () =>
      (await api.http().get('/api/api-keys').set('Authorization', admin.auth).expect(200)).body.data.find((k: { id: string }) => k.id === created.id);
    const first = (await listed()).lastUsedAt;
    expect(first).not.toBeNull();
    await env.db.query(`UPDATE api_key SET last_used_at = now() - interval '30 seconds' WHERE id = $1`, [created.id]);
    const [{ at }] = (await env.db.query(`SELECT last_used_at AS at FROM api_key WHERE id = $1`, [created.id])).rows;
    await api.http().get('/api/contacts').set('Authorization', bearer(created.key)).expect(200);
    await api.http().get('/api/contacts').set('Authorization', bearer(created.key)).expect(200);
    expect(new Date((await listed()).lastUsedAt).getTime()).toBe(new Date(at).getTime());
  });

  it('attributes timeline entries written with a key to it', async () => {
    const contact = await factories.contact(env.db, { email: 'timeline@example.test' });
    const { key } = await createKey({ name: 'Zapier sync', role: 'admin', scopes: ['contacts:read', 'contacts:write'] });
    const note = await api.http().post(`/api/contacts/${contact.id}/activities`).set('Authorization', bearer(key)).send({ type: 'note', title: 'Synced from Zapier' }).expect(201);
    expect(note.body).toMatchObject({ createdBy: { id: admin.user.id }, apiKey: { name: 'Zapier sync' } });
    await api.http().patch(`/api/contacts/${contact.id}`).set('Authorization', bearer(key)).send({ status: 'customer' }).expect(200);
    await api.http().post(`/api/contacts/${contact.id}/activities`).set('Authorization', admin.auth).send({ type: 'call', title: 'Called by hand' }).expect(201);
    await api.http().post('/api/contacts/bulk/tags').set('Authorization', bearer(key)).send({ contactIds: [contact.id], tags: ['synced'] }).expect(200);

    const timeline = await api.http().get(`/api/contacts/${contact.id}/activities`).set('Authorization', admin.auth).expect(200);
    const byTitle = Object.fromEntries(timeline.body.data.map((a: { title: string; apiKey: { name: string } | null }) => [a.title, a.apiKey?.name ?? null]));
    expect(byTitle['Synced from Zapier']).toBe('Zapier sync');
    expect(byTitle['Called by hand']).toBeNull();
    const system = timeline.body.data.filter((a: { type: string }) => a.type === 'system');
    expect(system.length).toBeGreaterThanOrEqual(2);
    for (const entry of system) expect(entry.apiKey).toEqual({ id: expect.any(String), name: 'Zapier sync' });
  });

  it('attributes a deal’s stage history, and the timeline entries of its moves, to the key', async () => {
    const contact = await factories.contact(env.db, { email: 'deal-contact@example.test' });
    const [pipeline] = (await api.http().get('/api/pipelines').set('Authorization', admin.auth).expect(200)).body.data;
    const [first, second] = pipeline.stages;
    const { key } = await createKey({ name: 'CRM bridge', role: 'manager', scopes: ['deals:read', 'deals:write'] });
    const deal = await api.http().post('/api/deals').set('Authorization', bearer(key)).send({ title: 'Bridge deal', value: 100, stageId: first.id, contactId: contact.id }).expect(201);
    await api.http().patch(`/api/deals/${deal.body.id}`).set('Authorization', admin.auth).send({ stageId: second.id }).expect(200);
    await api.http().patch(`/api/deals/${deal.body.id}`).set('Authorization', bearer(key)).send({ stageId: first.id }).expect(200);

    const history = await api.http().get(`/api/deals/${deal.body.id}/history`).set('Authorization', admin.auth).expect(200);
    expect(history.body.map((h: { apiKey: { name: string } | null }) => h.apiKey?.name ?? null)).toEqual(['CRM bridge', null, 'CRM bridge']);
    const timeline = await api.http().get(`/api/contacts/${contact.id}/activities`).set('Authorization', admin.auth).expect(200);
    const moves = timeline.body.data.map((a: { apiKey: { name: string } | null }) => a.apiKey?.name ?? null);
    expect(moves.filter((name: string | null) => name === 'CRM bridge').length).toBeGreaterThanOrEqual(2);
    expect(moves).toContain(null);
  });

  it('puts RateLimit headers on every answer to a key, errors included', async () => {
    const { key } = await createKey({ name: 'Headers', role: 'manager', scopes: ['contacts:read'] });
    for (const [path, status] of [['/api/contacts', 200], ['/api/deals', 403], ['/api/contacts/00000000-0000-4000-8000-000000000000', 404]] as const) {
      const res = await api.http().get(path).set('Authorization', bearer(key)).expect(status);
      expect(res.headers['ratelimit-limit']).toBe('600');
      expect(Number(res.headers['ratelimit-remaining'])).toBeLessThan(600);
      expect(Number(res.headers['ratelimit-reset'])).toBeGreaterThanOrEqual(1);
      expect(Number(res.headers['ratelimit-reset'])).toBeLessThanOrEqual(60);
    }
    const user = await api.http().get('/api/contacts').set('Authorization', admin.auth).expect(200);
    expect(user.headers['ratelimit-limit']).toBeUndefined();
  });

  it('counts a key’s requests across API processes and answers 429 with Retry-After past API_RATE_LIMIT', async () => {
    const [first, second] = await Promise.all([
      env.startApi({ env: { ROLE: 'api', API_RATE_LIMIT: String(SMALL_LIMIT) } }),
      env.startApi({ env: { ROLE: 'api', API_RATE_LIMIT: String(SMALL_LIMIT) } }),
    ]);
    const { key } = await createKey({ name: 'Limited', role: 'manager', scopes: ['contacts:read'] });
    const get = (process: ApiProcess) => process.http().get('/api/contacts').set('Authorization', bearer(key));
    // The windows are the clock's minutes: start the count in a fresh one if this one is nearly over.
    const seconds = new Date().getSeconds();
    if (seconds > 45) await new Promise((done) => setTimeout(done, (61 - seconds) * 1000));

    const remaining: string[] = [];
    for (let i = 0; i < SMALL_LIMIT; i++) {
      const res = await get(i % 2 ? second : first).expect(200);
      expect(res.headers['ratelimit-limit']).toBe(String(SMALL_LIMIT));
      remaining.push(res.headers['ratelimit-remaining']);
    }
    expect(remaining).toEqual(['3', '2', '1', '0']);
    const refused = await get(first).expect(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.detail).toMatch(/^This API key made more than 4 requests this minute/);
    expect(refused.headers['ratelimit-remaining']).toBe('0');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers['ratelimit-reset']).toBe(refused.headers['retry-after']);
    await get(second).expect(429);
    // Another key has its own count.
    const other = await createKey({ name: 'Unlimited', role: 'manager', scopes: ['contacts:read'] });
    await second.http().get('/api/contacts').set('Authorization', bearer(other.key)).expect(200);
  }, 120_000);
});
