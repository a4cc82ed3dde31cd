/** node-postgres and PostgreSQL's ways of saying "the database is not there right now". */
const UNAVAILABLE_CODES = ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN'];
const UNAVAILABLE_MESSAGES = /Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Connection is not established|the database system is (starting up|shutting down)/i;

/**
 * Whether `error` means the database could not be reached (a restart, a failover, a network cut),
 * as opposed to a statement it refused: only the former is worth retrying unchanged. SQLSTATE 08xxx
 * are connection exceptions, 57P01–57P03 an administrator or crash shutdown, or a server starting up.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = (error ?? {}) as { code?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  if (UNAVAILABLE_CODES.includes(code) || code.startsWith('08') || ['57P01', '57P02', '57P03'].includes(code)) return true;
  return typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message);
}

export interface DatabaseRetryOptions {
  /** Give up (rethrow the last error) once this long has passed since the first attempt. */
  deadlineMs: number;
  /** First pause; each next one doubles, up to `maxDelayMs`. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Called on every failure that will be retried (e.g. to log, or to check a session lock). */
  onRetry?: (error: unknown, attempt: number) => void;
}

/**
 * Runs `write` until it succeeds, retrying with backoff while the database is unreachable, for at
 * most `deadlineMs`; any other error, or the deadline, rethrows. `write` must be idempotent (a
 * conditional update): a statement whose commit was lost with the connection may have applied.
 */
export async function retryWhileDatabaseAway<T>(write: () => Promise<T>, options: DatabaseRetryOptions): Promise<T> {
  const started = Date.now();
  let delay = options.initialDelayMs ?? 250;
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isDatabaseUnavailable(error) || Date.now() - started + delay > options.deadlineMs) throw error;
      options.onRetry?.(error, attempt);
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, options.maxDelayMs ?? 5_000);
    }
  }
}
