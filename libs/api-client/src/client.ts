import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type TokenPair = components['schemas']['TokenPairDto'];
export type User = components['schemas']['UserDto'];

/** The subset of the Web Storage API the client needs (localStorage in the browser). */
export type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const ACCESS_KEY = 'corral.accessToken';
const REFRESH_KEY = 'corral.refreshToken';

/** Endpoints whose 401 means "wrong credentials", never "access token expired". */
const NO_REFRESH_PATHS = new Set(['/api/auth/login', '/api/auth/register', '/api/auth/refresh', '/api/auth/logout']);

export interface CorralClientOptions {
  /** Absolute origin of the API, e.g. `window.location.origin`; Request needs an absolute URL outside browsers. */
  baseUrl: string;
  /** Defaults to `globalThis.fetch`, read at call time so tests can swap it. */
  fetch?: typeof fetch;
  /** Defaults to `localStorage` when present, else an in-memory store. */
  storage?: TokenStorage;
  /** Called once per failed refresh, after the tokens are cleared (e.g. go to the login page). */
  onSessionExpired?: () => void;
}

export interface TokenStore {
  readonly accessToken: string | null;
  readonly refreshToken: string | null;
  set(pair: Pick<TokenPair, 'accessToken' | 'refreshToken'>): void;
  clear(): void;
}

export interface CorralClient {
  /** The typed openapi-fetch client: `api.GET('/api/users', { params: { query: { limit: 20 } } })`. */
  api: Client<paths>;
  tokens: TokenStore;
  /** Registers a listener for "the refresh token was refused"; returns the unsubscribe function. */
  onSessionExpired(listener: () => void): () => void;
}

function memoryStorage(): TokenStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

function createTokenStore(storage: TokenStorage): TokenStore {
  return {
    get accessToken() {
      return storage.getItem(ACCESS_KEY);
    },
    get refreshToken() {
      return storage.getItem(REFRESH_KEY);
    },
    set(pair) {
      storage.setItem(ACCESS_KEY, pair.accessToken);
      storage.setItem(REFRESH_KEY, pair.refreshToken);
    },
    clear() {
      storage.removeItem(ACCESS_KEY);
      storage.removeItem(REFRESH_KEY);
    },
  };
}

/**
 * A typed client for the Corral API that keeps the session alive: it sends the access token,
 * and on a 401 exchanges the refresh token once (concurrent 401s share that one exchange, since
 * refresh tokens are single-use and a second exchange of the same token would be refused),
 * stores the rotated pair and replays the original request once.
 */
export function createCorralClient(options: CorralClientOptions): CorralClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const doFetch: typeof fetch = (input, init) => (options.fetch ?? globalThis.fetch)(input, init);
  const tokens = createTokenStore(options.storage ?? globalThis.localStorage ?? memoryStorage());
  const expiredListeners = new Set<() => void>();
  if (options.onSessionExpired) expiredListeners.add(options.onSessionExpired);

  /** Unsent copies of requests, kept until their response arrives so a 401 can be replayed. */
  const replayable = new Map<string, Request>();
  let refreshing: Promise<string | null> | null = null;

  async function exchangeRefreshToken(): Promise<string | null> {
    const refreshToken = tokens.refreshToken;
    if (!refreshToken) return expire();
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}/api/auth/refresh`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refreshToken }),
      });
    } catch {
      // Unreachable server: the session may still be valid, so keep the tokens and let the caller see the 401.
      return null;
    }
    if (!response.ok) return expire();
    const pair = (await response.json()) as TokenPair;
    tokens.set(pair);
    return pair.accessToken;
  }

  function expire(): null {
    tokens.clear();
    for (const listener of expiredListeners) listener();
    return null;
  }

  /** The access token to replay with: one refresh for any number of simultaneous callers. */
  function freshAccessToken(rejectedToken: string | null): Promise<string | null> {
    const current = tokens.accessToken;
    // Another request already refreshed while this one was in flight: reuse its token.
    if (current && current !== rejectedToken) return Promise.resolve(current);
    refreshing ??= exchangeRefreshToken().finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  const auth: Middleware = {
    onRequest({ request, schemaPath, id }) {
      const token = tokens.accessToken;
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      if (!NO_REFRESH_PATHS.has(schemaPath)) replayable.set(id, request.clone());
      return request;
    },
    async onResponse({ response, id }) {
      const copy = replayable.get(id);
      replayable.delete(id);
      if (response.status !== 401 || !copy) return undefined;
      const rejected = copy.headers.get('Authorization')?.replace(/^Bearer /, '') ?? null;
      const token = await freshAccessToken(rejected);
      if (!token) return undefined;
      copy.headers.set('Authorization', `Bearer ${token}`);
      return doFetch(copy);
    },
    onError({ id }) {
      replayable.delete(id);
    },
  };

  const api = createClient<paths>({ baseUrl, fetch: (request: Request) => doFetch(request) });
  api.use(auth);

  return {
    api,
    tokens,
    onSessionExpired(listener) {
      expiredListeners.add(listener);
      return () => expiredListeners.delete(listener);
    },
  };
}
