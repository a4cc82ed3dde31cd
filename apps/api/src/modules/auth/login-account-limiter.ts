import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { RedisCounters } from './redis-counters';

/** The window LOGIN_ACCOUNT_RATE_LIMIT counts in, and how long an account stays blocked past it. */
export const ACCOUNT_WINDOW_MS = 15 * 60_000;

/**
 * Takes one attempt before its password is checked. KEYS: the attempt counter, the block flag.
 * ARGV: window ms, limit. Answers 0 when the attempt may go on, else the ms to wait: while blocked,
 * or while failures and attempts still being checked already fill the limit (so parallel guesses
 * cannot all pass a check made before any of them failed). The window starts at the first attempt.
 */
const RESERVE = `
local blocked = redis.call('PTTL', KEYS[2])
if blocked > 0 then return blocked end
local attempts = redis.call('INCR', KEYS[1])
if attempts == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
if attempts > tonumber(ARGV[2]) then
  redis.call('DECR', KEYS[1])
  return math.max(redis.call('PTTL', KEYS[1]), 1)
end
return 0`;

/** The attempt failed: it stays counted, and the one that fills the limit starts a block as long as a window. */
const RECORD_FAILURE = `
local attempts = tonumber(redis.call('GET', KEYS[1]) or '0')
if attempts >= tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[1])
  redis.call('DEL', KEYS[1])
end
return attempts`;

/** The attempt did not fail (right password, or refused before any check): it no longer counts. */
const RELEASE = `
if tonumber(redis.call('GET', KEYS[1]) or '0') > 0 then return redis.call('DECR', KEYS[1]) end
return 0`;

interface LocalCount {
  attempts: number;
  windowEnds: number;
  blockedUntil: number;
}

/**
 * Failed logins per account (email), whatever address they come from: the per-address limit alone
 * lets password spraying and credential stuffing from many addresses try one account endlessly.
 * Only failures count, so a user who logs in often is never blocked. Unknown emails are counted
 * like known ones, so a block reveals nothing about which accounts exist.
 */
@Injectable()
export class LoginAccountLimiter extends RedisCounters {
  private readonly limit: number;
  private readonly prefix: string;
  private readonly local = new Map<string, LocalCount>();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(config.redisUrl, 'failed logins per account');
    this.limit = config.loginAccountRateLimit;
    this.prefix = `${config.queuePrefix}:throttle:login-account:`;
  }

  /**
   * Takes one attempt on this account before its password is checked: 0 when it may go on, else
   * the seconds to wait. Each attempt taken must end in `recordFailure` or `release`.
   */
  async reserve(email: string): Promise<number> {
    const key = this.key(email);
    const ms = await this.withRedis(
      async () => Number(await this.redis.eval(RESERVE, 2, `${key}:attempts`, `${key}:block`, ACCOUNT_WINDOW_MS, this.limit)),
      () => {
        const now = Date.now();
        const count = this.localCount(key, now);
        if (count.blockedUntil > now) return count.blockedUntil - now;
        if (count.attempts >= this.limit) return Math.max(count.windowEnds - now, 1);
        count.attempts += 1;
        return 0;
      },
    );
    return Math.ceil(ms / 1000);
  }

  async recordFailure(email: string): Promise<void> {
    const key = this.key(email);
    await this.withRedis(
      async () => {
        await this.redis.eval(RECORD_FAILURE, 2, `${key}:attempts`, `${key}:block`, ACCOUNT_WINDOW_MS, this.limit);
      },
      () => {
        const now = Date.now();
        const count = this.localCount(key, now);
        if (count.attempts >= this.limit) Object.assign(count, { attempts: 0, blockedUntil: now + ACCOUNT_WINDOW_MS });
      },
    );
  }

  async release(email: string): Promise<void> {
    const key = this.key(email);
    await this.withRedis(
      async () => {
        await this.redis.eval(RELEASE, 1, `${key}:attempts`);
      },
      () => {
        const count = this.local.get(key);
        if (count && count.attempts > 0) count.attempts -= 1;
      },
    );
  }

  /** Forgets the failures and lifts a block: the owner proved who they are by resetting the password. */
  async clear(email: string): Promise<void> {
    const key = this.key(email);
    await this.withRedis(
      async () => {
        await this.redis.del(`${key}:attempts`, `${key}:block`);
      },
      () => {
        this.local.delete(key);
      },
    );
  }

  /** This account's count in this process, a new window when the last one ended. */
  private localCount(key: string, now: number): LocalCount {
    const count = this.local.get(key);
    if (count && count.windowEnds > now) return count;
    const fresh = { attempts: 0, windowEnds: now + ACCOUNT_WINDOW_MS, blockedUntil: count?.blockedUntil ?? 0 };
    this.local.set(key, fresh);
    if (this.local.size > 10_000) this.pruneLocal(now);
    return fresh;
  }

  /** Spraying many emails while Redis is down must not grow this process' memory without bound. */
  private pruneLocal(now: number): void {
    for (const [key, count] of this.local) if (count.windowEnds <= now && count.blockedUntil <= now) this.local.delete(key);
  }

  private key(email: string): string {
    return this.prefix + email.trim().toLowerCase();
  }
}
