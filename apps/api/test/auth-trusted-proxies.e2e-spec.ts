import { ApiProcess, TestEnvironment } from './support/test-app';

/**
 * The login limit counts per client address (and email), so the address must be the client's and
 * not the reverse proxy's, and a client must not be able to choose it. The tests connect from
 * 127.0.0.1 and play the proxy by sending X-Forwarded-For themselves.
 */
describe('TRUSTED_PROXIES and the login limit (e2e)', () => {
  const LIMIT = 5;
  const env = new TestEnvironment();
  let behindProxy: ApiProcess;
  let proxyElsewhere: ApiProcess;

  beforeAll(async () => {
    // Two processes on one database, each with its own login counters in memory. One after the
    // other: both would try to create the missing database at once.
    behindProxy = await env.startApi({ env: { LOGIN_RATE_LIMIT: String(LIMIT), TRUSTED_PROXIES: 'loopback' } });
    proxyElsewhere = await env.startApi({ env: { LOGIN_RATE_LIMIT: String(LIMIT), TRUSTED_PROXIES: '10.0.0.1' } });
  });
  afterAll(() => env.destroy());

  async function failedLogin(api: ApiProcess, forwardedFor: string, email = 'victim@example.com'): Promise<number> {
    const res = await api.http().post('/api/auth/login').set('X-Forwarded-For', forwardedFor).send({ email, password: 'wrong-password' });
    return res.status;
  }

  it('counts clients behind a trusted proxy separately: one client hitting the limit does not lock out another', async () => {
    const clientA = [];
    for (let i = 0; i <= LIMIT; i++) clientA.push(await failedLogin(behindProxy, '203.0.113.10'));
    expect(clientA).toEqual([401, 401, 401, 401, 401, 429]);

    const limited = await behindProxy.http().post('/api/auth/login').set('X-Forwarded-For', '203.0.113.10').send({ email: 'victim@example.com', password: 'x' });
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');

    expect(await failedLogin(behindProxy, '198.51.100.20')).toBe(401);
  });

  it('takes the address the trusted proxy appended, not what the client put before it', async () => {
    // nginx's $proxy_add_x_forwarded_for keeps the client's header and appends the address it saw.
    const statuses = [];
    for (let i = 0; i <= LIMIT; i++) statuses.push(await failedLogin(behindProxy, `10.9.9.${i}, 192.0.2.33`, 'appended@example.com'));
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy, so spoofing cannot dodge the limit', async () => {
    const statuses = [];
    for (let i = 0; i <= LIMIT; i++) statuses.push(await failedLogin(proxyElsewhere, `203.0.113.${100 + i}`));
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    // Every one of them was counted as 127.0.0.1, whatever it claimed.
    expect(await failedLogin(proxyElsewhere, '198.51.100.20')).toBe(429);
    expect(await failedLogin(proxyElsewhere, '')).toBe(429);
  });

  it('refuses to start on a TRUSTED_PROXIES value Express cannot use, with one line naming it', async () => {
    const api = new ApiProcess(env, { env: { TRUSTED_PROXIES: 'garbage' } });
    await expect(api.start()).rejects.toThrow(
      /API exited with 1:\ncorral: TRUSTED_PROXIES must be comma-separated IP addresses, CIDR subnets or loopback, linklocal, uniquelocal, got "garbage" \("garbage" is none of these\)\n$/,
    );
  });
});
