import request from 'supertest';
import { ApiProcess, createUserSession, registerAdmin, Session, TestEnvironment } from './support/test-app';

/** Polls `check` every 100 ms until it answers true, for at most `ms`. */
async function eventually(check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Idempotency-Key on POST (e2e)', () => {
  const env = new TestEnvironment();
  let api: ApiProcess;
  let admin: Session;
  let manager: Session;

  const createContact = (s: Session, key: string | undefined, body: object) => {
    const req = api.http().post('/api/contacts').set('Authorization', s.auth);
    return (key === undefined ? req : req.set('Idempotency-Key', key)).send(body);
  };
  const contactsWithEmail = async (email: string): Promise<number> =>
    (await env.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM contact WHERE lower(email) = lower($1)`, [email])).rows[0].n;
  const storedKeys = async (key: string): Promise<number> =>
    (await env.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM idempotency_key WHERE key = $1`, [key])).rows[0].n;

  beforeAll(async () => {
    // ROLE=all with a one-second scheduler: the expiry sweeper runs while the suite watches.
    api = await env.startApi({ env: { SCHEDULER_INTERVAL_SECONDS: '1' } });
    admin = await registerAdmin(api);
    manager = await createUserSession(api, admin, 'manager');
  });
  afterAll(() => env.destroy());

  it('replays the first status and body for the same key and body, and creates the contact once', async () => {
    const body = { email: 'replay@example.com', firstName: 'Ada', tags: ['vip'] };
    const first = await createContact(admin, 'key-replay', body).expect(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    // The same body rebuilt with its keys in another order is the same request.
    const second = await createContact(admin, 'key-replay', { tags: ['vip'], firstName: 'Ada', email: 'replay@example.com' }).expect(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.headers['content-type']).toMatch(/^application\/json/);
    expect(second.body).toEqual(first.body);
    expect(await contactsWithEmail('replay@example.com')).toBe(1);
    // Without the key the same body acts, and meets the unique email.
    await createContact(admin, undefined, body).expect(409);
  });

  it('answers 422 naming the header when the key comes back with another body or on another route', async () => {
    await createContact(admin, 'key-reused', { email: 'first@example.com' }).expect(201);
    const other = await createContact(admin, 'key-reused', { email: 'second@example.com' }).expect(422);
    expect(other.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(other.body.errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
    await api.http().post('/api/companies').set('Authorization', admin.auth).set('Idempotency-Key', 'key-reused').send({ email: 'first@example.com' }).expect(422);
    expect(await contactsWithEmail('second@example.com')).toBe(0);
  });

  it('answers 409 while the first request with the key is still running, then replays its answer', async () => {
    const locker = await env.db.connect();
    try {
      // Holds every contact INSERT until released: the first request stays in flight.
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE contact IN SHARE MODE');
      const body = { email: 'inflight@example.com' };
      const first = createContact(admin, 'key-inflight', body).then((res) => res);
      await eventually(async () => (await storedKeys('key-inflight')) === 1);
      const during = await createContact(admin, 'key-inflight', body).expect(409);
      expect(during.body.errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
      await locker.query('COMMIT');
      const done = await first;
      expect(done.status).toBe(201);
      const after = await createContact(admin, 'key-inflight', body).expect(201);
      expect(after.headers['idempotent-replayed']).toBe('true');
      expect(after.body.id).toBe(done.body.id);
      expect(await contactsWithEmail('inflight@example.com')).toBe(1);
    } finally {
      await locker.query('ROLLBACK').catch(() => undefined);
      locker.release();
    }
  });

  it('keeps the key of a request whose client hung up: the retry meets 409, then the first answer', async () => {
    const locker = await env.db.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE contact IN SHARE MODE');
      const body = { email: 'hung-up@example.com' };
      // The client gives up after a second, as an integration's HTTP timeout would.
      const abandoned = createContact(admin, 'key-hung-up', body).timeout(1000).then(
        () => 'answered',
        () => 'timed out',
      );
      await eventually(async () => (await storedKeys('key-hung-up')) === 1);
      expect(await abandoned).toBe('timed out');
      await createContact(admin, 'key-hung-up', body).expect(409);
      await locker.query('COMMIT');
      await eventually(async () => (await createContact(admin, 'key-hung-up', body)).status === 201);
      const replay = await createContact(admin, 'key-hung-up', body).expect(201);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(await contactsWithEmail('hung-up@example.com')).toBe(1);
    } finally {
      await locker.query('ROLLBACK').catch(() => undefined);
      locker.release();
    }
  });

  it('refuses the header on file uploads, whose body it cannot compare', async () => {
    const res = await api
      .http()
      .post('/api/contacts/import/preview')
      .set('Authorization', admin.auth)
      .set('Idempotency-Key', 'key-upload')
      .attach('file', Buffer.from('email\nupload@example.com\n'), 'contacts.csv')
      .expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
    expect(await storedKeys('key-upload')).toBe(0);
  });

  it('keeps keys per caller: two users with the same key act independently', async () => {
    const a = await createContact(admin, 'shared-key', { email: 'admin-own@example.com' }).expect(201);
    const b = await createContact(manager, 'shared-key', { email: 'manager-own@example.com' }).expect(201);
    expect(b.headers['idempotent-replayed']).toBeUndefined();
    expect(b.body.id).not.toBe(a.body.id);
    expect(b.body.email).toBe('manager-own@example.com');
  });

  it('keeps an API key\'s keys apart from those of the user it acts as, and from another key\'s', async () => {
    const newKey = async (name: string): Promise<string> =>
      (await api.http().post('/api/api-keys').set('Authorization', admin.auth).send({ name, role: 'admin', scopes: ['contacts:write'] }).expect(201)).body.key;
    const [first, second] = [await newKey('Sync A'), await newKey('Sync B')];
    const withKey = (apiKey: string, email: string) =>
      api.http().post('/api/contacts').set('Authorization', `Bearer ${apiKey}`).set('Idempotency-Key', 'key-per-api-key').send({ email });
    await createContact(admin, 'key-per-api-key', { email: 'by-user@example.com' }).expect(201);
    const a = await withKey(first, 'by-key-a@example.com').expect(201);
    expect(a.headers['idempotent-replayed']).toBeUndefined();
    expect((await withKey(first, 'by-key-a@example.com').expect(201)).headers['idempotent-replayed']).toBe('true');
    await withKey(first, 'other@example.com').expect(422);
    expect((await withKey(second, 'by-key-b@example.com').expect(201)).body.id).not.toBe(a.body.id);
  });

  it('stores 4xx answers and replays them', async () => {
    const first = await createContact(admin, 'key-invalid', { email: 'not-an-email' }).expect(400);
    const second = await createContact(admin, 'key-invalid', { email: 'not-an-email' }).expect(400);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body).toEqual(first.body);
  });

  it('does not store a 5xx: the key is released and a retry acts', async () => {
    await env.db.query(`
      CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.email = 'boom@example.com' THEN RAISE EXCEPTION 'simulated outage'; END IF; RETURN NEW; END $$`);
    await env.db.query(`CREATE TRIGGER refuse_boom BEFORE INSERT ON contact FOR EACH ROW EXECUTE FUNCTION refuse_boom()`);
    try {
      // Not through the document-checked client: a 500 is (rightly) declared nowhere.
      const failed = await request(api.url).post('/api/contacts').set('Authorization', admin.auth).set('Idempotency-Key', 'key-5xx').send({ email: 'boom@example.com' });
      expect(failed.status).toBe(500);
      expect(await storedKeys('key-5xx')).toBe(0);
    } finally {
      await env.db.query(`DROP TRIGGER refuse_boom ON contact; DROP FUNCTION refuse_boom()`);
    }
    const retry = await createContact(admin, 'key-5xx', { email: 'boom@example.com' }).expect(201);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    expect(await contactsWithEmail('boom@example.com')).toBe(1);
  });

  it('sweeps keys older than 24 hours, after which the key acts again', async () => {
    await createContact(admin, 'key-old', { email: 'old-1@example.com' }).expect(201);
    await env.db.query(`UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE key = 'key-old'`);
    await createContact(admin, 'key-young', { email: 'young@example.com' }).expect(201);
    await eventually(async () => (await storedKeys('key-old')) === 0);
    expect(await storedKeys('key-young')).toBe(1);
    const again = await createContact(admin, 'key-old', { email: 'old-2@example.com' }).expect(201);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    expect(await contactsWithEmail('old-2@example.com')).toBe(1);
  });

  it('lets a retry take a key left in flight by a process that died mid-request, after 10 minutes', async () => {
    await createContact(admin, 'key-abandoned', { email: 'abandoned-1@example.com' }).expect(201);
    // As a crashed request leaves its row: taken, never completed.
    await env.db.query(`UPDATE idempotency_key SET response_status = NULL, response_body = NULL, completed_at = NULL, created_at = now() - interval '9 minutes' WHERE key = 'key-abandoned'`);
    await createContact(admin, 'key-abandoned', { email: 'abandoned-1@example.com' }).expect(409);
    await env.db.query(`UPDATE idempotency_key SET created_at = now() - interval '11 minutes' WHERE key = 'key-abandoned'`);
    const retry = await createContact(admin, 'key-abandoned', { email: 'abandoned-2@example.com' }).expect(201);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    expect(await contactsWithEmail('abandoned-2@example.com')).toBe(1);
  });

  it('refuses a key longer than 255 characters with a 400 naming the header, and ignores keys on GET', async () => {
    const res = await createContact(admin, 'k'.repeat(256), { email: 'long-key@example.com' }).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
    expect(await contactsWithEmail('long-key@example.com')).toBe(0);
    await createContact(admin, 'k'.repeat(255), { email: 'long-key@example.com' }).expect(201);
    await api.http().get('/api/contacts').set('Authorization', admin.auth).set('Idempotency-Key', 'key-get').expect(200);
    expect(await storedKeys('key-get')).toBe(0);
  });

  it('declares the header, 409 and 422 on authenticated POSTs only', async () => {
    const document = (await request(api.url).get('/api/docs-json').expect(200)).body;
    const parameter = { $ref: '#/components/parameters/IdempotencyKey' };
    expect(document.components.parameters.IdempotencyKey).toEqual(expect.objectContaining({ name: 'Idempotency-Key', in: 'header' }));
    expect(document.paths['/api/contacts'].post.parameters).toContainEqual(parameter);
    expect(Object.keys(document.paths['/api/contacts/batch'].post.responses)).toEqual(expect.arrayContaining(['409', '422']));
    expect(document.paths['/api/auth/login'].post.parameters ?? []).not.toContainEqual(parameter);
  });
});
