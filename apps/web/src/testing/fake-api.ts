import type { User } from '@corral/api-client';

export interface FakeRequest {
  method: string;
  path: string;
  url: URL;
  body: unknown;
  authorization: string | null;
}

/** A JSON answer; `body` of an error status should be a problem+json object. */
export interface FakeAnswer {
  status: number;
  body?: unknown;
}

export type FakeHandler = FakeAnswer | ((request: FakeRequest) => FakeAnswer | Promise<FakeAnswer>);

/**
 * The network boundary for SPA tests: answers fetch calls by "METHOD /path" (query string
 * ignored), records every call, and keeps requests nobody handled in `unhandled` so a test
 * can assert the page asked for nothing unexpected.
 */
export class FakeApi {
  readonly calls: FakeRequest[] = [];
  readonly unhandled: string[] = [];
  private readonly handlers = new Map<string, FakeHandler[]>();

  constructor(routes: Record<string, FakeHandler> = {}) {
    for (const [key, handler] of Object.entries(routes)) this.on(key, handler);
  }

  /** Adds a handler; several for one route answer in turn, the last one repeating. */
  on(route: string, ...answers: FakeHandler[]): this {
    this.handlers.set(route, [...(this.handlers.get(route) ?? []), ...answers]);
    return this;
  }

  /** Replaces the handlers of a route. */
  set(route: string, ...answers: FakeHandler[]): this {
    this.handlers.set(route, answers);
    return this;
  }

  callsTo(route: string): FakeRequest[] {
    const [method, path] = route.split(' ');
    return this.calls.filter((c) => c.method === method && c.path === path);
  }

  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    // A multipart upload is recorded field by field (a file as its name and size): Node's Request
    // cannot encode jsdom's FormData.
    const form = init?.body instanceof FormData ? init.body : null;
    // Node's Request wants an absolute URL; the SPA's own fetches (uploads) use paths, as a browser allows.
    const target = typeof input === 'string' && input.startsWith('/') ? new URL(input, window.location.origin) : input;
    const request = target instanceof Request ? target : new Request(target, form ? { ...init, body: undefined } : init);
    const url = new URL(request.url);
    const text = form ? '' : await request.clone().text();
    const call: FakeRequest = {
      method: request.method,
      path: url.pathname,
      url,
      body: form ? formFields(form) : text ? JSON.parse(text) : undefined,
      authorization: request.headers.get('Authorization'),
    };
    this.calls.push(call);
    const queue = this.handlers.get(`${call.method} ${call.path}`);
    if (!queue?.length) {
      this.unhandled.push(`${call.method} ${call.path}`);
      return json({ status: 501, body: problem(501, `No fake for ${call.method} ${call.path}`) });
    }
    const handler = queue.length > 1 ? queue.shift()! : queue[0];
    return json(typeof handler === 'function' ? await handler(call) : handler);
  };
}

function formFields(form: FormData): Record<string, string | { name: string; size: number }> {
  return Object.fromEntries([...form.entries()].map(([name, value]) => [name, typeof value === 'string' ? value : { name: value.name, size: value.size }]));
}

function json({ status, body }: FakeAnswer): Response {
  if (status === 204 || body === undefined) return new Response(null, { status });
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

export function problem(status: number, detail: string, errors?: { field: string; message: string }[]) {
  const titles: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 409: 'Conflict', 429: 'Too Many Requests' };
  return { type: 'about:blank', title: titles[status] ?? 'Error', status, detail, ...(errors && { errors }) };
}

let userCount = 0;

export function makeUser(overrides: Partial<User> = {}): User {
  userCount += 1;
  return {
    id: `00000000-0000-4000-8000-${String(userCount).padStart(12, '0')}`,
    email: `user${userCount}@example.com`,
    name: `User ${userCount}`,
    role: 'member',
    isActive: true,
    lastLoginAt: null,
    invitedAt: null,
    createdAt: '2025-01-15T10:00:00.000Z',
    ...overrides,
  };
}

export function tokenPair(user: User, n = 1) {
  return { accessToken: `access-${n}`, refreshToken: `refresh-${n}`, expiresIn: 900, user };
}
