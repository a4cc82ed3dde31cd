import { randomBytes } from 'crypto';
import type { Server } from 'http';
import { Pool } from 'pg';
import request from 'supertest';
import { BuiltApi, clearRedisPrefix, databaseUrlOf, dropDatabase, freePort, startBuiltApi, stopProcess } from './built-api';
import { OpenApiDocument, OpenApiResponseValidator } from './openapi-responses';

export { freePort };

const ADMIN_DB_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface ApiProcessOptions {
  /** Extra environment, e.g. SMTP_URL of the test's sink, ROLE, SEND_RATE. */
  env?: Record<string, string>;
  /** Ready when the output matches this, instead of when /api/health answers (a worker serves no HTTP). */
  readyWhen?: RegExp;
}

/**
 * A throwaway environment for one test file: its own PostgreSQL database (created by the API at
 * start, dropped by `destroy`) and its own Bull key prefix in Redis, so suites never see each
 * other's data or jobs and the developer's database is never touched.
 */
export class TestEnvironment {
  readonly databaseName = `corral_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  readonly queuePrefix = `corral_test_${randomBytes(4).toString('hex')}`;
  readonly databaseUrl = databaseUrlOf(ADMIN_DB_URL, this.databaseName);
  db!: Pool;
  private readonly processes = new Set<ApiProcess>();

  /** Starts the built API (`npm run start:api`) against this environment and waits for /api/health. */
  async startApi(options: ApiProcessOptions = {}): Promise<ApiProcess> {
    const api = new ApiProcess(this, options);
    this.processes.add(api);
    await api.start();
    this.db ??= new Pool({ connectionString: this.databaseUrl, max: 3 });
    return api;
  }

  /** Starts the built app with ROLE=worker (processors and scheduler, no HTTP) and waits until it says it started. */
  async startWorker(options: ApiProcessOptions = {}): Promise<ApiProcess> {
    return this.startApi({ readyWhen: /Corral worker started/, ...options, env: { ROLE: 'worker', LOG_LEVEL: 'info', ...options.env } });
  }

  async destroy(): Promise<void> {
    await Promise.all([...this.processes].map((p) => p.stop()));
    // pool.end() resolves before its connections have closed; DROP … WITH (FORCE) then terminates
    // them, and an idle client's "terminating connection" error would surface as an unhandled
    // 'error' event on the pool, failing whichever test jest attributes the teardown to.
    this.db?.on('error', () => undefined);
    await this.db?.end();
    await dropDatabase(ADMIN_DB_URL, this.databaseName);
    await clearRedisPrefix(REDIS_URL, this.queuePrefix);
  }
}

/**
 * Supertest on `target` whose every answer must match the OpenAPI document: an undeclared status,
 * media type or a body the schema rejects fails the request with a message naming all three.
 */
export function validatedHttp(target: string | Server, validator: OpenApiResponseValidator) {
  const agent = request(target);
  for (const method of ['get', 'post', 'put', 'patch', 'delete', 'head'] as const) {
    const send = agent[method].bind(agent);
    agent[method] = ((url: string) => send(url).expect((res) => validator.assert(method, url, res))) as typeof send;
  }
  return agent;
}

/** Every API of a test run is the same build: one document (GET /api/docs-json) serves them all. */
let documentValidator: Promise<OpenApiResponseValidator> | undefined;

function loadValidator(baseUrl: string): Promise<OpenApiResponseValidator> {
  documentValidator ??= fetch(`${baseUrl}/api/docs-json`).then(async (res) => {
    if (!res.ok) throw new Error(`GET /api/docs-json answered ${res.status}`);
    return new OpenApiResponseValidator((await res.json()) as OpenApiDocument);
  });
  return documentValidator;
}

export class ApiProcess {
  port = 0;
  private started?: BuiltApi;
  private validator?: OpenApiResponseValidator;

  constructor(
    private readonly environment: TestEnvironment,
    private readonly options: ApiProcessOptions,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The OpenAPI document this API serves, as a checker of its answers. */
  get responses(): OpenApiResponseValidator {
    if (!this.validator) throw new Error('This process serves no HTTP (started with readyWhen, e.g. a worker)');
    return this.validator;
  }

  /** Supertest on this API; each answer is checked against the OpenAPI document (see validatedHttp). */
  http() {
    return validatedHttp(this.url, this.responses);
  }

  /** Everything the current process has printed, stdout and stderr. */
  get output(): string {
    return this.started?.output ?? '';
  }

  async start(): Promise<void> {
    // A port found free can be taken before the API binds it (another suite's API, or an outgoing
    // connection's ephemeral port on a busy machine): then the API exits at once, and another port is tried.
    for (let attempt = 1; ; attempt++) {
      this.port = await freePort();
      try {
        this.started = await startBuiltApi({
          port: this.port,
          env: {
            NODE_ENV: 'test',
            DATABASE_URL: this.environment.databaseUrl,
            REDIS_URL,
            QUEUE_PREFIX: this.environment.queuePrefix,
            JWT_SECRET: 'test-secret-that-is-long-enough',
            ...this.options.env,
          },
          readyWhen: this.options.readyWhen,
        });
        break;
      } catch (error) {
        if (attempt === 3 || !(error as Error).message.includes('EADDRINUSE')) throw error;
      }
    }
    if (!this.options.readyWhen) this.validator = await loadValidator(this.url);
  }

  /** SIGKILL: no graceful shutdown, as when a worker dies. */
  kill(): Promise<void> {
    return this.stop('SIGKILL');
  }

  /** Sends `signal` and resolves once the process has exited; SIGKILL after `killAfterMs` (5 s) if it has not. */
  stop(signal: NodeJS.Signals = 'SIGTERM', killAfterMs?: number): Promise<void> {
    return this.started ? stopProcess(this.started.child, signal, killAfterMs) : Promise.resolve();
  }

  /** The signal that ended the process (null while it runs or when it exited by itself). */
  get exitSignal(): NodeJS.Signals | null {
    return this.started?.child.signalCode ?? null;
  }
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  user: { id: string; email: string; role: string; name: string };
  /** `Authorization` header value. */
  auth: string;
}

function toSession(body: Omit<Session, 'auth'>): Session {
  return { ...body, auth: `Bearer ${body.accessToken}` };
}

/** Registers the first user of a fresh database, who becomes admin. */
export async function registerAdmin(api: ApiProcess, email = 'admin@example.com'): Promise<Session> {
  const res = await api.http().post('/api/auth/register').send({ email, password: 'correct-horse-1', name: 'Ada Admin' }).expect(201);
  return toSession(res.body);
}

/** Creates a user with `role` through the admin API and logs them in. */
export async function createUserSession(
  api: ApiProcess,
  admin: Session,
  role: 'admin' | 'manager' | 'member',
  email = `${role}-${randomBytes(3).toString('hex')}@example.com`,
): Promise<Session> {
  await api.http().post('/api/users').set('Authorization', admin.auth).send({ email, name: `Test ${role}`, role, password: 'correct-horse-1' }).expect(201);
  const res = await api.http().post('/api/auth/login').send({ email, password: 'correct-horse-1' }).expect(200);
  return toSession(res.body);
}
