import { createCorralClient, type TokenStorage } from './client';
import { ApiError, errorMessage, problemOf, unwrap } from './problem';

const BASE = 'http://corral.test';

function memory(initial: Record<string, string> = {}): TokenStorage & { values: Map<string, string> } {
  const values = new Map(Object.entries(initial));
  return {
    values,
    getItem: (k) => values.get(k) ?? null,
    setItem: (k, v) => void values.set(k, v),
    removeItem: (k) => void values.delete(k),
  };
}

function json(status: number, body?: unknown): Response {
  return body === undefined ? new Response(null, { status }) : new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const me = { id: 'u1', email: 'ada@example.com', name: 'Ada', role: 'admin', isActive: true, lastLoginAt: null, createdAt: '2025-01-01T00:00:00.000Z' };
const unauthorized = () => json(401, { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Invalid or expired access token' });

/**
 * A fake server: the access token `valid` (or whatever `accepts` holds) is accepted; refresh
 * exchanges `refresh-1` once for a new pair, as the real API rotates them. Refresh answers wait
 * for `release()` so a test can pile up concurrent 401s behind one refresh.
 */
function fakeServer() {
  const calls: { method: string; path: string; auth: string | null; body: string }[] = [];
  const state = { accepts: 'valid', refreshable: new Set(['refresh-1']), rotations: 0 };
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const path = new URL(request.url).pathname;
    const body = await request.text();
    calls.push({ method: request.method, path, auth: request.headers.get('Authorization'), body });
    if (path === '/api/auth/refresh') {
      await gate;
      const { refreshToken } = JSON.parse(body);
      if (!state.refreshable.delete(refreshToken)) return unauthorized();
      state.rotations += 1;
      state.accepts = `access-${state.rotations + 1}`;
      state.refreshable.add(`refresh-${state.rotations + 1}`);
      return json(200, { accessToken: state.accepts, refreshToken: `refresh-${state.rotations + 1}`, expiresIn: 900, user: me });
    }
    if (request.headers.get('Authorization') !== `Bearer ${state.accepts}`) return unauthorized();
    if (path === '/api/auth/me') return json(200, me);
    if (path === '/api/users' && request.method === 'POST') return json(201, { ...me, ...JSON.parse(body) });
    return json(404, { type: 'about:blank', title: 'Not Found', status: 404 });
  });
  return { fetch, calls, state, release };
}

describe('createCorralClient', () => {
  it('sends the stored access token', async () => {
    const server = fakeServer();
    server.release();
    const storage = memory({ 'corral.accessToken': 'valid', 'corral.refreshToken': 'refresh-1' });
    const { api } = createCorralClient({ baseUrl: BASE, fetch: server.fetch, storage });

    const { data } = await api.GET('/api/auth/me');

    expect(data).toEqual(me);
    expect(server.calls).toEqual([expect.objectContaining({ path: '/api/auth/me', auth: 'Bearer valid' })]);
  });

  it('on 401 refreshes once, stores the rotated pair and replays the request with its body', async () => {
    const server = fakeServer();
    server.release();
    const storage = memory({ 'corral.accessToken': 'expired', 'corral.refreshToken': 'refresh-1' });
    const { api, tokens } = createCorralClient({ baseUrl: BASE, fetch: server.fetch, storage });

    const result = await api.POST('/api/users', { body: { email: 'new@example.com', name: 'New', role: 'member', password: 'long-enough' } });

    expect(result.response.status).toBe(201);
    expect(result.data).toMatchObject({ email: 'new@example.com', name: 'New' });
    expect(server.calls.map((c) => `${c.method} ${c.path} ${c.auth ?? ''}`.trim())).toEqual([
      'POST /api/users Bearer expired',
      'POST /api/auth/refresh',
      'POST /api/users Bearer access-2',
    ]);
    expect(server.calls[2].body).toBe(server.calls[0].body);
    expect(tokens.accessToken).toBe('access-2');
    expect(tokens.refreshToken).toBe('refresh-2');
  });

  it('shares one refresh between concurrent 401s (a refresh token works only once)', async () => {
    const server = fakeServer();
    const storage = memory({ 'corral.accessToken': 'expired', 'corral.refreshToken': 'refresh-1' });
    const onSessionExpired = jest.fn();
    const { api } = createCorralClient({ baseUrl: BASE, fetch: server.fetch, storage, onSessionExpired });

    const pending = Promise.all([api.GET('/api/auth/me'), api.GET('/api/auth/me'), api.GET('/api/auth/me')]);
    // Let all three get their 401 and queue behind the refresh before it answers.
    while (server.calls.filter((c) => c.path === '/api/auth/refresh').length === 0 || server.calls.length < 4) {
      await new Promise((r) => setImmediate(r));
    }
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    server.release();
    const results = await pending;

    expect(results.map((r) => r.response.status)).toEqual([200, 200, 200]);
    expect(server.calls.filter((c) => c.path === '/api/auth/refresh')).toHaveLength(1);
    expect(server.state.rotations).toBe(1);
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it('reuses a token another request already refreshed instead of refreshing again', async () => {
    const server = fakeServer();
    server.release();
    const storage = memory({ 'corral.accessToken': 'expired', 'corral.refreshToken': 'refresh-1' });
    const { api } = createCorralClient({ baseUrl: BASE, fetch: server.fetch, storage });

    await api.GET('/api/auth/me');
    // A response to a request sent with the old token arrives after the refresh.
    server.state.accepts = 'access-2';
    const late = await api.GET('/api/auth/me');

    expect(late.response.status).toBe(200);
    expect(server.calls.filter((c) => c.path === '/api/auth/refresh')).toHaveLength(1);
  });

  it('replays only once: a second 401 is returned to the caller', async () => {
    // The server refuses even the fresh token (e.g. the user was deactivated in between).
    const fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(input, init);
      if (new URL(request.url).pathname === '/api/auth/refresh') return json(200, { accessToken: 'access-2', refreshToken: 'refresh-2', expiresIn: 900, user: me });
      return unauthorized();
    });
    const storage = memory({ 'corral.accessToken': 'expired', 'corral.refreshToken': 'refresh-1' });
    const { api } = createCorralClient({ baseUrl: BASE, fetch, storage });

    const result = await api.GET('/api/auth/me');

    expect(result.response.status).toBe(401);
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('when the refresh is refused: clears the tokens, calls onSessionExpired once, returns the 401', async () => {
    const server = fakeServer();
    server.release();
    const storage = memory({ 'corral.accessToken': 'expired', 'corral.refreshToken': 'revoked' });
    const onSessionExpired = jest.fn();
    const client = createCorralClient({ baseUrl: BASE, fetch: server.fetch, storage });
    client.onSessionExpired(onSessionExpired);

    const results = await Promise.all([client.api.GET('/api/auth/me'), client.api.GET('/api/auth/me')]);

    expect(results.map((r) => r.response.status)).toEqual([401, 401]);
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    expect(storage.values.size).toBe(0);
    expect(server.calls.filter((c) => c.path === '/api/auth/refresh')).toHaveLength(1);
  });

  it('never tries to refresh on a failed login', async () => {
    const fetch = jest.fn(async () => unauthorized());
    const onSessionExpired = jest.fn();
    const { api } = createCorralClient({ baseUrl: BASE, fetch, storage: memory(), onSessionExpired });

    const result = await api.POST('/api/auth/login', { body: { email: 'ada@example.com', password: 'wrong' } });

    expect(result.response.status).toBe(401);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it('keeps the tokens when the server cannot be reached during a refresh', async () => {
    const storage = memory({ 'corral.accessToken': 'expired', 'corral.refreshToken': 'refresh-1' });
    const onSessionExpired = jest.fn();
    const fetch = jest.fn(async (input: RequestInfo | URL) => {
      if (String(input).endsWith('/api/auth/refresh')) throw new TypeError('fetch failed');
      return unauthorized();
    });
    const { api } = createCorralClient({ baseUrl: BASE, fetch, storage, onSessionExpired });

    const result = await api.GET('/api/auth/me');

    expect(result.response.status).toBe(401);
    expect(storage.values.get('corral.refreshToken')).toBe('refresh-1');
    expect(onSessionExpired).not.toHaveBeenCalled();
  });
});

describe('problem helpers', () => {
  it('unwrap returns the data of a success and throws an ApiError with the problem otherwise', async () => {
    const fetch = jest.fn(async () => json(409, { type: 'about:blank', title: 'Conflict', status: 409, detail: 'A user with the email x already exists' }));
    const { api } = createCorralClient({ baseUrl: BASE, fetch, storage: memory({ 'corral.accessToken': 'valid' }) });

    const error = await unwrap(api.GET('/api/auth/me')).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, message: 'A user with the email x already exists' });
  });

  it('problemOf finds the problem details of an ApiError or a bare problem body, and none in a network failure', () => {
    const problem = { type: 'urn:corral:problem:validation', title: 'Validation failed', status: 400, detail: 'Invalid email', errors: [{ field: 'email', message: 'must be a valid email address' }] };
    expect(problemOf(new ApiError(400, problem))).toBe(problem);
    expect(problemOf(problem)).toBe(problem);
    expect(problemOf(new TypeError('Failed to fetch'))).toBeNull();
    expect(errorMessage(new ApiError(400, problem))).toBe('Invalid email');
  });

  it('errorMessage gives a readable sentence for network failures and server errors', () => {
    expect(errorMessage(new TypeError('Failed to fetch'))).toBe('Cannot reach the server. Check your connection and try again.');
    expect(errorMessage(new ApiError(500, { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'stack…' }))).toBe(
      'The server had a problem. Please try again.',
    );
    expect(errorMessage(new ApiError(429, { type: 'about:blank', title: 'Too Many Requests', status: 429 }))).toBe(
      'Too many attempts. Please wait a minute and try again.',
    );
  });
});
