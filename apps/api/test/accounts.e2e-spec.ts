import { SmtpSink, type ReceivedMail } from './support/smtp-sink';
import Redis from 'ioredis';
import { ApiProcess, createUserSession, registerAdmin, Session, TestEnvironment } from './support/test-app';

const PUBLIC_URL = 'https://crm.example.test';
const ACCOUNT_LIMIT = 4;

/** The token of the one link to `path` in the email (text part), as the SPA page reads it. */
function linkToken(mail: ReceivedMail, path: string): string {
  const match = new RegExp(`${PUBLIC_URL}${path}\\?token=([A-Za-z0-9_-]+)`).exec(mail.parsed.text ?? '');
  if (!match) throw new Error(`No ${path} link in:\n${mail.parsed.text}`);
  expect(mail.parsed.html).toContain(`${PUBLIC_URL}${path}?token=${match[1]}`);
  return match[1];
}

describe('accounts: forgot, reset and change password, invites, login limits (e2e)', () => {
  const env = new TestEnvironment();
  const sink = new SmtpSink();
  let api: ApiProcess;
  let admin: Session;
  const redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', { lazyConnect: true });

  /** As if the minute between two reset emails to one account had passed (the hourly count stays). */
  async function forgetGapOnly(): Promise<void> {
    const keys = await redis.keys(`${env.queuePrefix}:throttle:reset-email:*:gap`);
    if (keys.length) await redis.del(...keys);
  }

  /** As if the per-account cooldown between reset emails had passed. */
  async function forgetResetCooldowns(): Promise<void> {
    const keys = await redis.keys(`${env.queuePrefix}:throttle:reset-email:*`);
    if (keys.length) await redis.del(...keys);
  }

  const login = (email: string, password: string, from = '192.0.2.1') =>
    api.http().post('/api/auth/login').set('X-Forwarded-For', from).send({ email, password });

  async function createUser(email: string, password = 'first-password-1') {
    const res = await api.http().post('/api/users').set('Authorization', admin.auth).send({ email, name: 'Rita Reset', role: 'member', password }).expect(201);
    return res.body as { id: string; email: string };
  }

  async function forgotEmail(email: string): Promise<ReceivedMail> {
    const before = sink.to(email).length;
    await forgetResetCooldowns();
    await api.http().post('/api/auth/forgot-password').send({ email }).expect(202);
    await sink.waitFor(() => sink.to(email).length > before);
    return sink.to(email)[before];
  }

  beforeAll(async () => {
    await redis.connect();
    await sink.start();
    api = await env.startApi({
      env: { SMTP_URL: sink.url, PUBLIC_URL, TRUSTED_PROXIES: 'loopback', LOGIN_ACCOUNT_RATE_LIMIT: String(ACCOUNT_LIMIT) },
    });
    admin = await registerAdmin(api);
    await api.http().patch('/api/settings/email').set('Authorization', admin.auth).send({ fromName: 'Acme Sales', fromEmail: 'crm@acme.test' }).expect(200);
  });
  afterAll(async () => {
    redis.disconnect();
    await env.destroy();
    await sink.stop();
  });

  describe('forgot and reset password', () => {
    it('answers 202 for any address and emails a reset link only to an active account', async () => {
      await createUser('rita@example.com');
      const inactive = await createUser('gone@example.com');
      await api.http().patch(`/api/users/${inactive.id}`).set('Authorization', admin.auth).send({ isActive: false }).expect(200);

      for (const email of ['nobody@example.com', 'gone@example.com']) {
        const res = await api.http().post('/api/auth/forgot-password').send({ email });
        expect(res.status).toBe(202);
      }
      const mail = await forgotEmail('RITA@example.com');
      expect(mail.parsed.subject).toBe('Reset your Corral password');
      expect(mail.parsed.from?.value[0]).toEqual({ name: 'Acme Sales', address: 'crm@acme.test' });
      expect(mail.parsed.text).toContain('within an hour');
      // The address rides along so the page can sign the user in once the password is set.
      expect(mail.parsed.text).toMatch(/\/reset-password\?token=[A-Za-z0-9_-]+&email=rita%40example\.com/);
      linkToken(mail, '/reset-password');
      // The known address was sent after the unknown ones: had they been mailed, they would be here.
      expect(sink.to('nobody@example.com')).toHaveLength(0);
      expect(sink.to('gone@example.com')).toHaveLength(0);
    });

    it('sets the new password once, ends every session, and refuses the link a second time', async () => {
      const before = await login('rita@example.com', 'first-password-1').expect(200);
      const token = linkToken(await forgotEmail('rita@example.com'), '/reset-password');

      const weak = await api.http().post('/api/auth/reset-password').send({ token, password: 'short' });
      expect(weak.status).toBe(400);
      expect(weak.body.errors).toEqual([{ field: 'password', message: 'Password must be at least 8 characters' }]);

      // A refused attempt does not use up the link.
      await api.http().post('/api/auth/reset-password').send({ token, password: 'second-password-2' }).expect(204);
      await login('rita@example.com', 'first-password-1').expect(401);
      await login('rita@example.com', 'second-password-2').expect(200);
      await api.http().post('/api/auth/refresh').send({ refreshToken: before.body.refreshToken }).expect(401);

      const again = await api.http().post('/api/auth/reset-password').send({ token, password: 'third-password-3' });
      expect(again.status).toBe(400);
      expect(again.headers['content-type']).toContain('application/problem+json');
      expect(again.body.errors).toEqual([{ field: 'token', message: 'This link is invalid, has expired or was already used: ask for a new one' }]);
      await login('rita@example.com', 'second-password-2').expect(200);
    });

    it('ends an older unused link once the password is set with a newer one', async () => {
      const older = linkToken(await forgotEmail('rita@example.com'), '/reset-password');
      const newer = linkToken(await forgotEmail('rita@example.com'), '/reset-password');
      await api.http().post('/api/auth/reset-password').send({ token: newer, password: 'fourth-password-4' }).expect(204);
      const res = await api.http().post('/api/auth/reset-password').send({ token: older, password: 'fifth-password-5' });
      expect(res.status).toBe(400);
      await login('rita@example.com', 'fourth-password-4').expect(200);
    });

    it('refuses an expired link, a made-up token and a missing body with 400 naming the field', async () => {
      const token = linkToken(await forgotEmail('rita@example.com'), '/reset-password');
      const { rows } = await env.db.query(`SELECT round(extract(epoch FROM expires_at - created_at))::int AS ttl FROM password_token ORDER BY created_at DESC LIMIT 1`);
      expect(Math.abs(rows[0].ttl - 3600)).toBeLessThanOrEqual(1);
      await env.db.query(`UPDATE password_token SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`);
      const expired = await api.http().post('/api/auth/reset-password').send({ token, password: 'sixth-password-6' });
      expect(expired.status).toBe(400);
      expect(expired.body.errors.map((e: { field: string }) => e.field)).toEqual(['token']);

      const madeUp = await api.http().post('/api/auth/reset-password').send({ token: 'x'.repeat(43), password: 'sixth-password-6' });
      expect(madeUp.status).toBe(400);
      expect(madeUp.body.errors.map((e: { field: string }) => e.field)).toEqual(['token']);

      const empty = await api.http().post('/api/auth/reset-password').send({});
      expect(empty.status).toBe(400);
      expect(empty.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['password', 'token']);

      const badEmail = await api.http().post('/api/auth/forgot-password').send({ email: 'not-an-email' });
      expect(badEmail.status).toBe(400);
      expect(badEmail.body.errors.map((e: { field: string }) => e.field)).toEqual(['email']);
      await login('rita@example.com', 'fourth-password-4').expect(200);
    });
  });

  describe('asking for reset links again and again', () => {
    it('emails an account once however many addresses ask at once, and keeps none of its used or expired links', async () => {
      const { id } = await createUser('flooded@example.com');
      for (let i = 1; i <= 5; i++) {
        await api.http().post('/api/auth/forgot-password').set('X-Forwarded-For', `198.51.100.${i}`).send({ email: 'flooded@example.com' }).expect(202);
      }
      await sink.waitFor(() => sink.to('flooded@example.com').length > 0);
      // The emails are sent after the answers: had more been sent, they would have arrived by now.
      await new Promise((r) => setTimeout(r, 1500));
      expect(sink.to('flooded@example.com')).toHaveLength(1);

      await env.db.query(`UPDATE password_token SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [id]);
      const token = linkToken(await forgotEmail('flooded@example.com'), '/reset-password');
      await api.http().post('/api/auth/reset-password').send({ token, password: 'flooded-password-2' }).expect(204);
      await forgotEmail('flooded@example.com');
      const { rows } = await env.db.query(`SELECT count(*)::int AS n FROM password_token WHERE user_id = $1`, [id]);
      expect(rows[0].n).toBe(1);
    });

    it('stops after five emails an hour to one account, even once the minute between them has passed', async () => {
      await createUser('hourly@example.com');
      for (let i = 0; i < 6; i++) {
        await forgetGapOnly();
        await api.http().post('/api/auth/forgot-password').set('X-Forwarded-For', `198.51.100.${20 + i}`).send({ email: 'hourly@example.com' }).expect(202);
        await new Promise((r) => setTimeout(r, 300));
      }
      await sink.waitFor(() => sink.to('hourly@example.com').length >= 5);
      await new Promise((r) => setTimeout(r, 1500));
      expect(sink.to('hourly@example.com')).toHaveLength(5);
    });
  });

  describe('an admin setting a password', () => {
    it('ends the sessions of the user and voids their open reset and invite links, as a reset does', async () => {
      const { id } = await createUser('patched@example.com', 'patched-password-1');
      const session = await login('patched@example.com', 'patched-password-1').expect(200);
      const resetToken = linkToken(await forgotEmail('patched@example.com'), '/reset-password');
      await api.http().patch(`/api/users/${id}`).set('Authorization', admin.auth).send({ password: 'set-by-admin-2' }).expect(200);
      await api.http().post('/api/auth/refresh').send({ refreshToken: session.body.refreshToken }).expect(401);
      const reset = await api.http().post('/api/auth/reset-password').send({ token: resetToken, password: 'from-old-link-3' });
      expect(reset.status).toBe(400);
      expect(reset.body.errors.map((e: { field: string }) => e.field)).toEqual(['token']);
      await login('patched@example.com', 'set-by-admin-2').expect(200);

      const invited = await api.http().post('/api/users').set('Authorization', admin.auth).send({ email: 'invited-patched@example.com', name: 'Ina', role: 'member' }).expect(201);
      await sink.waitFor(() => sink.to('invited-patched@example.com').length === 1);
      const inviteToken = linkToken(sink.to('invited-patched@example.com')[0], '/set-password');
      await api.http().patch(`/api/users/${invited.body.id}`).set('Authorization', admin.auth).send({ password: 'set-by-admin-4' }).expect(200);
      expect((await api.http().post('/api/auth/reset-password').send({ token: inviteToken, password: 'from-invite-5' })).status).toBe(400);
      await login('invited-patched@example.com', 'set-by-admin-4').expect(200);
    });

    it('keeps the admin signed in when they set their own password this way, ending their other sessions', async () => {
      const second = await createUserSession(api, admin, 'admin', 'second-admin@example.com');
      const elsewhere = await login('second-admin@example.com', 'correct-horse-1').expect(200);
      await api.http().patch(`/api/users/${second.user.id}`).set('Authorization', second.auth).send({ password: 'second-admin-new-2' }).expect(200);
      await api.http().post('/api/auth/refresh').send({ refreshToken: elsewhere.body.refreshToken }).expect(401);
      await api.http().post('/api/auth/refresh').send({ refreshToken: second.refreshToken }).expect(200);
    });

    it('refuses a weak password or an unknown user without touching any session', async () => {
      const { id } = await createUser('kept@example.com', 'kept-password-1');
      const session = await login('kept@example.com', 'kept-password-1').expect(200);
      const weak = await api.http().patch(`/api/users/${id}`).set('Authorization', admin.auth).send({ password: 'short' });
      expect(weak.status).toBe(400);
      expect(weak.body.errors.map((e: { field: string }) => e.field)).toEqual(['password']);
      await api.http().patch('/api/users/00000000-0000-4000-8000-000000000000').set('Authorization', admin.auth).send({ password: 'long-enough-2' }).expect(404);
      await api.http().post('/api/auth/refresh').send({ refreshToken: session.body.refreshToken }).expect(200);
    });
  });

  describe('invites', () => {
    it('creates an invited user without a password, who sets it from the emailed link and logs in', async () => {
      const created = await api.http().post('/api/users').set('Authorization', admin.auth).send({ email: 'ivy@example.com', name: 'Ivy <Invited>', role: 'manager' });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ email: 'ivy@example.com', role: 'manager', invitedAt: expect.any(String) });

      const listed = await api.http().get('/api/users?search=ivy').set('Authorization', admin.auth).expect(200);
      expect(listed.body.data[0].invitedAt).toBe(created.body.invitedAt);
      await login('ivy@example.com', 'anything-at-all').expect(401);

      await sink.waitFor(() => sink.to('ivy@example.com').length === 1);
      const mail = sink.to('ivy@example.com')[0];
      expect(mail.parsed.subject).toBe('You are invited to Corral');
      expect(mail.parsed.html).toContain('Hello Ivy &lt;Invited&gt;,');
      expect(mail.parsed.text).toContain('within 7 days');
      const token = linkToken(mail, '/set-password');
      const { rows } = await env.db.query(`SELECT round(extract(epoch FROM expires_at - created_at))::int AS ttl FROM password_token WHERE purpose = 'invite'`);
      expect(Math.abs(rows[0].ttl - 7 * 86_400)).toBeLessThanOrEqual(1);

      await api.http().post('/api/auth/reset-password').send({ token, password: 'ivy-chose-this-1' }).expect(204);
      const session = await login('ivy@example.com', 'ivy-chose-this-1').expect(200);
      expect(session.body.user).toMatchObject({ email: 'ivy@example.com', invitedAt: null });
    });

    it('creates nothing and answers 502 when the SMTP server refuses the invite', async () => {
      sink.failWith = (to) => (to === 'bounce@example.com' ? { code: 550, message: 'No such mailbox' } : undefined);
      try {
        const res = await api.http().post('/api/users').set('Authorization', admin.auth).send({ email: 'bounce@example.com', name: 'Bo', role: 'member' });
        expect(res.status).toBe(502);
        expect(res.body.detail).toMatch(/invite email could not be sent, so the user was not created/);
      } finally {
        sink.failWith = undefined;
      }
      const listed = await api.http().get('/api/users?search=bounce').set('Authorization', admin.auth).expect(200);
      expect(listed.body.total).toBe(0);
      await api.http().post('/api/users').set('Authorization', admin.auth).send({ email: 'bounce@example.com', name: 'Bo', role: 'member' }).expect(201);
    });

    it('holds no database transaction open while the SMTP server takes its time over an invite, and leaves nothing when it refuses', async () => {
      let answer: ((failure: { code: number; message: string }) => void) | undefined;
      sink.failWith = (to) => (to === 'slow@example.com' ? new Promise((resolve) => (answer = resolve)) : undefined);
      try {
        const pending = api.http().post('/api/users').set('Authorization', admin.auth).send({ email: 'slow@example.com', name: 'Slow', role: 'member' }).then((res) => res);
        const waitingInTransaction = async () => {
          const { rows } = await env.db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`);
          return rows[0].n as number;
        };
        const deadline = Date.now() + 10_000;
        while (!answer && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
        expect(answer).toBeDefined();
        expect(await waitingInTransaction()).toBe(0);
        answer?.({ code: 550, message: 'No such mailbox' });
        const res = await pending;
        expect(res.status).toBe(502);
      } finally {
        sink.failWith = undefined;
      }
      const { rows } = await env.db.query(`SELECT count(*)::int AS n FROM app_user WHERE email = 'slow@example.com'`);
      expect(rows[0].n).toBe(0);
    });

    it('keeps user creation admin-only and still validates a given password', async () => {
      const short = await api.http().post('/api/users').set('Authorization', admin.auth).send({ email: 'x@example.com', name: 'X', role: 'member', password: 'short' });
      expect(short.status).toBe(400);
      expect(short.body.errors.map((e: { field: string }) => e.field)).toEqual(['password']);
      const ivy = await login('ivy@example.com', 'ivy-chose-this-1').expect(200);
      await api.http().post('/api/users').set('Authorization', `Bearer ${ivy.body.accessToken}`).send({ email: 'y@example.com', name: 'Y', role: 'member' }).expect(403);
    });
  });

  describe('change password', () => {
    it('refuses a wrong current password or a weak new one with 400 naming the field', async () => {
      const session = await login('rita@example.com', 'fourth-password-4').expect(200);
      const auth = `Bearer ${session.body.accessToken}`;
      const wrong = await api.http().post('/api/auth/change-password').set('Authorization', auth).send({ currentPassword: 'not-it-at-all', newPassword: 'changed-password-7' });
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors).toEqual([{ field: 'currentPassword', message: 'That is not your current password' }]);
      const weak = await api.http().post('/api/auth/change-password').set('Authorization', auth).send({ currentPassword: 'fourth-password-4', newPassword: 'short' });
      expect(weak.status).toBe(400);
      expect(weak.body.errors.map((e: { field: string }) => e.field)).toEqual(['newPassword']);
      await api.http().post('/api/auth/change-password').send({ currentPassword: 'fourth-password-4', newPassword: 'changed-password-7' }).expect(401);
      await login('rita@example.com', 'fourth-password-4').expect(200);
    });

    it('changes the password, keeps the session that asked and ends every other one', async () => {
      const signedIn = await login('rita@example.com', 'fourth-password-4').expect(200);
      const elsewhere = await login('rita@example.com', 'fourth-password-4').expect(200);
      // The session asking is kept whatever rotations it went through since it logged in.
      const here = await api.http().post('/api/auth/refresh').send({ refreshToken: signedIn.body.refreshToken }).expect(200);
      await api
        .http()
        .post('/api/auth/change-password')
        .set('Authorization', `Bearer ${here.body.accessToken}`)
        .send({ currentPassword: 'fourth-password-4', newPassword: 'changed-password-7' })
        .expect(204);
      await api.http().post('/api/auth/refresh').send({ refreshToken: elsewhere.body.refreshToken }).expect(401);
      await api.http().post('/api/auth/refresh').send({ refreshToken: here.body.refreshToken }).expect(200);
      await login('rita@example.com', 'fourth-password-4').expect(401);
      await login('rita@example.com', 'changed-password-7').expect(200);
    });
  });

  describe('access tokens of ended sessions', () => {
    it('stop working at once, not when they expire, while the session that changed the password keeps going', async () => {
      await createUser('tokens@example.com', 'tokens-password-1');
      const here = await login('tokens@example.com', 'tokens-password-1').expect(200);
      const elsewhere = await login('tokens@example.com', 'tokens-password-1').expect(200);
      await api.http().get('/api/auth/me').set('Authorization', `Bearer ${elsewhere.body.accessToken}`).expect(200);
      await api
        .http()
        .post('/api/auth/change-password')
        .set('Authorization', `Bearer ${here.body.accessToken}`)
        .send({ currentPassword: 'tokens-password-1', newPassword: 'tokens-password-2' })
        .expect(204);
      const ended = await api.http().get('/api/auth/me').set('Authorization', `Bearer ${elsewhere.body.accessToken}`);
      expect(ended.status).toBe(401);
      expect(ended.body.detail).toBe('This session has ended: log in again');
      await api.http().get('/api/auth/me').set('Authorization', `Bearer ${here.body.accessToken}`).expect(200);

      const { id } = here.body.user as { id: string };
      await api.http().patch(`/api/users/${id}`).set('Authorization', admin.auth).send({ password: 'tokens-password-3' }).expect(200);
      await api.http().get('/api/auth/me').set('Authorization', `Bearer ${here.body.accessToken}`).expect(401);
    });

    it('keep working after a refresh until they expire, as the SPA swaps them', async () => {
      await createUser('refreshed@example.com', 'refreshed-password-1');
      const session = await login('refreshed@example.com', 'refreshed-password-1').expect(200);
      await api.http().post('/api/auth/refresh').send({ refreshToken: session.body.refreshToken }).expect(200);
      await api.http().get('/api/auth/me').set('Authorization', `Bearer ${session.body.accessToken}`).expect(200);
    });
  });

  describe('per-account login limit', () => {
    it('blocks an account after failures from several addresses, even with the right password, with 429 and Retry-After', async () => {
      await createUser('sprayed@example.com', 'sprayed-password-1');
      const statuses = [];
      for (let i = 1; i <= ACCOUNT_LIMIT; i++) statuses.push((await login('sprayed@example.com', 'guess', `203.0.113.${i}`)).status);
      expect(statuses).toEqual([401, 401, 401, 401]);

      const blocked = await login('sprayed@example.com', 'sprayed-password-1', '198.51.100.7');
      expect(blocked.status).toBe(429);
      expect(blocked.headers['content-type']).toContain('application/problem+json');
      expect(blocked.body.detail).toMatch(/Too many failed logins for this account: try again in 15 minutes, or reset your password/);
      const retryAfter = Number(blocked.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(800);
      expect(retryAfter).toBeLessThanOrEqual(900);

      // Other accounts, from the same addresses, are not affected.
      await login('rita@example.com', 'changed-password-7', '203.0.113.1').expect(200);
    });

    it('counts across API processes (Redis), and blocks unknown emails alike so a block reveals nothing', async () => {
      const second = await env.startApi({ env: { SMTP_URL: sink.url, PUBLIC_URL, LOGIN_ACCOUNT_RATE_LIMIT: String(ACCOUNT_LIMIT) } });
      const statuses = [];
      for (let i = 1; i <= ACCOUNT_LIMIT + 1; i++) {
        const target = i % 2 ? api : second;
        statuses.push((await target.http().post('/api/auth/login').set('X-Forwarded-For', `203.0.113.${50 + i}`).send({ email: 'ghost@example.com', password: 'guess' })).status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 429]);
      await second.stop();
    });

    it('lifts the block when the owner resets the password', async () => {
      await login('sprayed@example.com', 'sprayed-password-1').expect(429);
      const token = linkToken(await forgotEmail('sprayed@example.com'), '/reset-password');
      await api.http().post('/api/auth/reset-password').send({ token, password: 'sprayed-password-2' }).expect(204);
      await login('sprayed@example.com', 'sprayed-password-2').expect(200);
    });

    it('checks at most LOGIN_ACCOUNT_RATE_LIMIT passwords of parallel guesses from many addresses; the rest get 429', async () => {
      await createUser('parallel@example.com', 'parallel-password-1');
      const guesses = await Promise.all(Array.from({ length: 20 }, (_, i) => login('parallel@example.com', 'guess', `198.18.0.${i + 1}`)));
      const statuses = guesses.map((res) => res.status);
      expect(statuses.filter((status) => status === 401)).toHaveLength(ACCOUNT_LIMIT);
      expect(statuses.filter((status) => status === 429)).toHaveLength(20 - ACCOUNT_LIMIT);
      await login('parallel@example.com', 'parallel-password-1', '198.18.1.1').expect(429);
    });

    it('sends the standard Retry-After with the per-address limit too', async () => {
      const limited = await env.startApi({ env: { LOGIN_RATE_LIMIT: '2' } });
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await limited.http().post('/api/auth/login').send({ email: 'limited@example.com', password: 'guess' })).status);
      expect(statuses).toEqual([401, 401, 429]);
      const blocked = await limited.http().post('/api/auth/login').send({ email: 'limited@example.com', password: 'guess' });
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      await limited.stop();
    });
  });
});
