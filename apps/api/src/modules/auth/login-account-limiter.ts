import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '../../config/config';

/** The window LOGIN_ACCOUNT_RATE_LIMIT counts in, and how long an account stays blocked past it. */
export const ACCOUNT_WINDOW_MS = 15 * 60_000;

/**
 * One failed login. KEYS: the failure counter, the block flag. ARGV: window ms, limit. The window
 * starts at the first failure; the failure that reaches the limit starts a block as long as a window.
 */
const RECORD_FAILURE = `
local failures = redis.call('INCR', KEYS[1])
if failures == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
if failures >= tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[1])
  redis.call('DEL', KEYS[1])
end
return failures`;

interface LocalCount {
  failures: number;
  windowEnds: number;
  blockedUntil: number;
}

/**
 * Failed logins per account (email), whatever address they come from: the per-address limit alone
 * lets password spraying and credential stuffing from many addresses try one account endlessly.
 * Only failures count, so a user who logs in often is never blocked. Unknown emails are counted
 * like known ones, so a block reveals nothing about which accounts exist. Counted in Redis across
 * every API process; when Redis cannot answer, this process counts on its own (as the per-address
 * limit does) rather than refusing every login.
 */
@Injectable()
export class LoginAccountLimiter implements OnApplicationShutdown {
  private readonly logger = new Logger(LoginAccountLimiter.name);
  private readonly redis: Redis;
  private readonly limit: number;
  private readonly prefix: string;
  private readonly local = new Map<string, LocalCount>();
  private usingFallback = false;
  private connecting?: Promise<void>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.limit = config.loginAccountRateLimit;
    this.prefix = `${config.queuePrefix}:throttle:login-account:`;
    this.redis = new Redis(config.redisUrl, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: 500, commandTimeout: 500 });
    this.redis.on('error', () => undefined);
  }

  /** Seconds until this account may try again; 0 when it is not blocked. */
  async blockedFor(email: string): Promise<number> {
    const key = this.key(email);
    const ms = await this.withRedis(
      async () => Math.max(0, await this.redis.pttl(`${key}:block`)),
      () => Math.max(0, (this.local.get(key)?.blockedUntil ?? 0) - Date.now()),
    );
    return Math.ceil(ms / 1000);
  }

  async recordFailure(email: string): Promise<void> {
    const key = this.key(email);
    await this.withRedis(
      async () => {
        await this.redis.eval(RECORD_FAILURE, 2, `${key}:failures`, `${key}:block`, ACCOUNT_WINDOW_MS, this.limit);
      },
      () => {
        const now = Date.now();
        const count = this.local.get(key);
        const current = count && count.windowEnds > now ? count : { failures: 0, windowEnds: now + ACCOUNT_WINDOW_MS, blockedUntil: count?.blockedUntil ?? 0 };
        current.failures += 1;
        if (current.failures >= this.limit) Object.assign(current, { failures: 0, blockedUntil: now + ACCOUNT_WINDOW_MS });
        this.local.set(key, current);
        if (this.local.size > 10_000) this.pruneLocal(now);
      },
    );
  }

  /** Forgets the failures and lifts a block: the owner proved who they are by resetting the password. */
  async clear(email: string): Promise<void> {
    const key = this.key(email);
    await this.withRedis(
      async () => {
        await this.redis.del(`${key}:failures`, `${key}:block`);
      },
      () => {
        this.local.delete(key);
      },
    );
  }

  /** Spraying many emails while Redis is down must not grow this process' memory without bound. */
  private pruneLocal(now: number): void {
    for (const [key, count] of this.local) if (count.windowEnds <= now && count.blockedUntil <= now) this.local.delete(key);
  }

  private key(email: string): string {
    return this.prefix + email.trim().toLowerCase();
  }

  private async withRedis<T>(remote: () => Promise<T>, fallback: () => T): Promise<T> {
    await (this.connecting ??= this.redis.connect().catch(() => undefined));
    try {
      const result = await remote();
      if (this.usingFallback) this.logger.log('Redis answers again: failed logins per account are counted across processes again');
      this.usingFallback = false;
      return result;
    } catch (error) {
      if (!this.usingFallback) this.logger.warn(`Redis did not answer (${(error as Error).message}): counting failed logins per account in this process only`);
      this.usingFallback = true;
      return fallback();
    }
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
