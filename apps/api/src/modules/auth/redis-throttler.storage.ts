import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import Redis from 'ioredis';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * One atomic step per attempt. KEYS: the attempt counter, the block flag. ARGV: window ms, limit,
 * block ms. While blocked, attempts are not counted; once over the limit, the counter restarts
 * and the block begins, as in @nestjs/throttler's in-memory store. Unlike that store, the window
 * is fixed (it starts at its first attempt), so a burst straddling its end gets up to twice the
 * limit once; the rate over time is the same.
 */
const INCREMENT = `
local blockMs = redis.call('PTTL', KEYS[2])
if blockMs > 0 then
  return {tonumber(redis.call('GET', KEYS[1]) or '0'), math.max(redis.call('PTTL', KEYS[1]), 0), blockMs}
end
local hits = redis.call('INCR', KEYS[1])
local windowMs = redis.call('PTTL', KEYS[1])
if windowMs < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  windowMs = tonumber(ARGV[1])
end
if hits > tonumber(ARGV[2]) and tonumber(ARGV[3]) > 0 then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  redis.call('DEL', KEYS[1])
  return {hits, windowMs, tonumber(ARGV[3])}
end
return {hits, windowMs, 0}`;

/**
 * Many clients' attempts in one step, never blocking (the same counters and windows as above).
 * KEYS: one attempt counter per client. ARGV: window ms, then each client's attempts. Returns each
 * counter after its increment.
 */
const INCREMENT_MANY = `
local totals = {}
for i, key in ipairs(KEYS) do
  totals[i] = redis.call('INCRBY', key, ARGV[i + 1])
  if redis.call('PTTL', key) < 0 then
    redis.call('PEXPIRE', key, ARGV[1])
  end
end
return totals`;

/**
 * Attempts counted in Redis, shared by every API process (`--scale api=N`, restarts), so running
 * more copies does not multiply the attempts a client gets: logins (as @nestjs/throttler's
 * storage) and tracking hits (`countWithin`). When Redis cannot answer, this process counts on its
 * own rather than refusing every attempt.
 */
export class RedisThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly logger = new Logger(RedisThrottlerStorage.name);
  private readonly redis: Redis;
  private readonly fallback = new ThrottlerStorageService();
  private usingFallback = false;
  /** Connected on the first attempt: a worker or a seed run, which never counts one, opens nothing. */
  private connecting?: Promise<void>;

  constructor(
    redisUrl: string,
    private readonly keyPrefix: string,
  ) {
    // Fails fast instead of queueing while Redis is down, and gives up on a Redis that is
    // connected but not answering: a login must not wait for it.
    this.redis = new Redis(redisUrl, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: 500, commandTimeout: 500 });
    this.redis.on('error', () => undefined);
    // Sent by its SHA (EVALSHA), not whole with every batch; the number of keys comes first.
    this.redis.defineCommand('incrementMany', { lua: INCREMENT_MANY });
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    return this.counted(
      throttlerName,
      async () => {
        const base = this.base(throttlerName, key);
        const [hits, windowMs, blockMs] = (await this.redis.eval(INCREMENT, 2, `${base}:hits`, `${base}:block`, ttl, limit, blockDuration)) as number[];
        const isBlocked = blockMs > 0 || (blockDuration <= 0 && hits > limit);
        return { totalHits: hits, timeToExpire: Math.ceil(windowMs / 1000), isBlocked, timeToBlockExpire: Math.ceil(blockMs / 1000) };
      },
      () => this.fallback.increment(key, ttl, limit, blockDuration, throttlerName),
    );
  }

  /**
   * Counts the attempts of many clients at once (one Redis step for all of them), in windows of
   * `ttl` ms that start with each client's first attempt, without blocking; returns, for each
   * client, how many of its attempts are within `limit`.
   */
  async countWithin(attempts: Map<string, number>, ttl: number, limit: number, throttlerName: string): Promise<Map<string, number>> {
    const entries = [...attempts];
    const within = (n: number, total: number) => Math.max(0, Math.min(n, limit - (total - n)));
    return this.counted(
      throttlerName,
      async () => {
        const keys = entries.map(([key]) => `${this.base(throttlerName, key)}:hits`);
        const redis = this.redis as Redis & { incrementMany(...args: (string | number)[]): Promise<number[]> };
        const totals = await redis.incrementMany(keys.length, ...keys, ttl, ...entries.map(([, n]) => n));
        return new Map(entries.map(([key, n], i) => [key, within(n, totals[i])]));
      },
      async () => {
        const result = new Map<string, number>();
        for (const [key, n] of entries) {
          let count = 0;
          for (let i = 0; i < n; i++) if (!(await this.fallback.increment(key, ttl, limit, 0, throttlerName)).isBlocked) count += 1;
          result.set(key, count);
        }
        return result;
      },
    );
  }

  private base(throttlerName: string, key: string): string {
    return `${this.keyPrefix}:throttle:${throttlerName}:${key}`;
  }

  private async counted<T>(throttlerName: string, inRedis: () => Promise<T>, inProcess: () => Promise<T>): Promise<T> {
    // Failing here is the fallback's case below; ioredis keeps reconnecting by itself afterwards.
    await (this.connecting ??= this.redis.connect().catch(() => undefined));
    try {
      const result = await inRedis();
      if (this.usingFallback) this.logger.log(`Redis answers again: ${throttlerName} attempts are counted across processes again`);
      this.usingFallback = false;
      return result;
    } catch (error) {
      if (!this.usingFallback) this.logger.warn(`Redis did not answer (${(error as Error).message}): counting ${throttlerName} attempts in this process only`);
      this.usingFallback = true;
      return inProcess();
    }
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
    this.fallback.onApplicationShutdown();
  }
}
