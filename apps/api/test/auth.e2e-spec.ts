import { ApiProcess, createUserSession, registerAdmin, Session, TestEnvironment } from './support/test-app';

describe('auth and users (e2e)', () => {
  const env = new TestEnvironment();
  let api: ApiProcess;
  let admin: Session;

  beforeAll(async () => {
    api = await env.startApi({ env: { LOGIN_RATE_LIMIT: '5' } });
    admin = await registerAdmin(api);
  });
  afterAll(() => env.destroy());

  it('makes the first registered user an admin and closes sign-up afterwards', async () => {
    expect(admin.user.role).toBe('admin');
    const res = await api.http().post('/api/auth/register').send({ email: 'second@example.com', password: 'long-enough-1', name: 'Second' });
    expect(res.status).toBe(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('logs in, answers /me, and refuses a wrong password with 401', async () => {
    const login = await api.http().post('/api/auth/login').send({ email: 'ADMIN@example.com', password: 'correct-horse-1' }).expect(200);
    expect(login.body.user.email).toBe('admin@example.com');
    const me = await api.http().get('/api/auth/me').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
    expect(me.body).toMatchObject({ email: 'admin@example.com', role: 'admin' });

    const wrong = await api.http().post('/api/auth/login').send({ email: 'admin@example.com', password: 'nope-nope-nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ status: 401, title: 'Unauthorized', detail: 'Wrong email or password' });
  });

  it('refuses requests without a token or with a forged one', async () => {
    await api.http().get('/api/auth/me').expect(401);
    await api.http().get('/api/auth/me').set('Authorization', 'Bearer not.a.jwt').expect(401);
  });

  it('rotates refresh tokens: the new pair works and the used token is dead', async () => {
    const first = await api.http().post('/api/auth/login').send({ email: 'admin@example.com', password: 'correct-horse-1' }).expect(200);
    const rotated = await api.http().post('/api/auth/refresh').send({ refreshToken: first.body.refreshToken }).expect(200);
    expect(rotated.body.refreshToken).not.toBe(first.body.refreshToken);
    await api.http().get('/api/auth/me').set('Authorization', `Bearer ${rotated.body.accessToken}`).expect(200);

    const reuse = await api.http().post('/api/auth/refresh').send({ refreshToken: first.body.refreshToken });
    expect(reuse.status).toBe(401);
    // Reuse of a rotated token ends the whole session family, including the thief's new token.
    await api.http().post('/api/auth/refresh').send({ refreshToken: rotated.body.refreshToken }).expect(401);
  });

  it('logout revokes the refresh token', async () => {
    const login = await api.http().post('/api/auth/login').send({ email: 'admin@example.com', password: 'correct-horse-1' }).expect(200);
    await api.http().post('/api/auth/logout').send({ refreshToken: login.body.refreshToken }).expect(204);
    await api.http().post('/api/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(401);
  });

  it('lists every failing field as problem+json and rejects unknown fields', async () => {
    const res = await api.http().post('/api/users').set('Authorization', admin.auth).send({ email: 'not-an-email', role: 'boss', password: 'short', nickname: 'x' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['email', 'name', 'nickname', 'password', 'role']);
    expect(res.body.errors.find((e: { field: string }) => e.field === 'nickname').message).toBe('Nickname is not an allowed field');
    expect(res.body.errors.find((e: { field: string }) => e.field === 'password').message).toBe('Password must be at least 8 characters');
  });

  it('answers malformed JSON with a 400 problem, not a 500', async () => {
    const res = await api.http().post('/api/auth/login').set('Content-Type', 'application/json').send('{"email": ');
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/JSON/);
  });

  it('lets an admin manage users and forbids a member with 403', async () => {
    const member = await createUserSession(api, admin, 'member', 'mia@example.com');
    expect(member.user.role).toBe('member');
    const forbidden = await api.http().get('/api/users').set('Authorization', member.auth);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.title).toBe('Forbidden');

    const duplicate = await api.http().post('/api/users').set('Authorization', admin.auth).send({ email: 'MIA@example.com', name: 'Mia', role: 'member', password: 'correct-horse-1' });
    expect(duplicate.status).toBe(409);

    await api.http().patch(`/api/users/${member.user.id}`).set('Authorization', admin.auth).send({ role: 'manager' }).expect(200);
    const me = await api.http().get('/api/auth/me').set('Authorization', member.auth).expect(200);
    expect(me.body.role).toBe('manager');

    await api.http().patch(`/api/users/${member.user.id}`).set('Authorization', admin.auth).send({ isActive: false }).expect(200);
    await api.http().get('/api/auth/me').set('Authorization', member.auth).expect(401);
    await api.http().post('/api/auth/login').send({ email: 'mia@example.com', password: 'correct-horse-1' }).expect(401);

    await api.http().delete(`/api/users/${member.user.id}`).set('Authorization', admin.auth).expect(204);
    const list = await api.http().get('/api/users').set('Authorization', admin.auth).expect(200);
    expect(list.body).toMatchObject({ total: 1, limit: 50, offset: 0 });
  });

  it('never lets the last admin demote or delete themselves', async () => {
    const res = await api.http().patch(`/api/users/${admin.user.id}`).set('Authorization', admin.auth).send({ role: 'member' });
    expect(res.status).toBe(409);
    await api.http().delete(`/api/users/${admin.user.id}`).set('Authorization', admin.auth).expect(409);
  });

  it('reports both dependencies up on /api/health', async () => {
    const res = await api.http().get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', db: 'up', redis: 'up' });
  });

  it('tags each answer with a request id, echoing one the client sent', async () => {
    const generated = await api.http().get('/api/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await api.http().get('/api/health').set('X-Request-Id', 'support-ticket-42');
    expect(echoed.headers['x-request-id']).toBe('support-ticket-42');
  });

  it('serves the OpenAPI document with bearer auth declared', async () => {
    const res = await api.http().get('/api/docs-json').expect(200);
    expect(res.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(res.body.paths['/api/auth/login'].post.summary).toBeTruthy();
  });

  it('rate-limits login attempts per address and email with 429', async () => {
    const attempts = [];
    for (let i = 0; i < 7; i++) {
      attempts.push((await api.http().post('/api/auth/login').send({ email: 'victim@example.com', password: 'wrong-password' })).status);
    }
    expect(attempts.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(attempts.slice(5)).toEqual([429, 429]);
    // Another account from the same address is not locked out.
    await api.http().post('/api/auth/login').send({ email: 'admin@example.com', password: 'correct-horse-1' }).expect(200);
  });

  it('counts login attempts across API processes, so a second copy gives an attacker no more tries', async () => {
    const second = await env.startApi({ env: { LOGIN_RATE_LIMIT: '5' } });
    const attempts = [];
    for (let i = 0; i < 7; i++) {
      const target = i % 2 === 0 ? api : second;
      attempts.push((await target.http().post('/api/auth/login').send({ email: 'shared@example.com', password: 'wrong-password' })).status);
    }
    expect(attempts).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const blocked = await api.http().post('/api/auth/login').send({ email: 'shared@example.com', password: 'wrong-password' });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after-login'])).toBeGreaterThan(0);
  });
});

describe('startup failures', () => {
  it('exits with one clear line naming the variable when a setting is wrong', async () => {
    const env = new TestEnvironment();
    const api = new ApiProcess(env, { env: { ROLE: 'boss' } });
    await expect(api.start()).rejects.toThrow(/ROLE must be all, api or worker, got "boss"/);
  });

  it('exits with the URL tried and how to start PostgreSQL when it is unreachable', async () => {
    const env = new TestEnvironment();
    const api = new ApiProcess(env, { env: { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/corral' } });
    await expect(api.start()).rejects.toThrow(/Cannot reach PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1:1\/corral .*docker compose -f docker\/dev-services\.yml up -d postgres/);
  });

  it('exits with the URL tried and how to start Redis when it is unreachable', async () => {
    const env = new TestEnvironment();
    const api = new ApiProcess(env, { env: { REDIS_URL: 'redis://127.0.0.1:1' } });
    await expect(api.start()).rejects.toThrow(/Cannot reach Redis at redis:\/\/127\.0\.0\.1:1 .*docker compose -f docker\/dev-services\.yml up -d redis/);
    await env.destroy();
  });
});
