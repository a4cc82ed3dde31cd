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
 * Login attempts counted in Redis, shared by every API process (`--scale api=N`, restarts), so
 * running more copies does not multiply the attempts an attacker gets. When Redis cannot answer,
 * this process counts on its own rather than refusing every login.
 */
export class RedisThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly logger = new Logger(RedisThrottlerStorage.name);
  private readonly redis: Redis;
  private readonly fallback = new ThrottlerStorageService();
  private usingFallback = false;
  /** Connected on the first login: a worker or a seed run, which never takes one, opens nothing. */
  private connecting?: Promise<void>;

  constructor(
    redisUrl: string,
    private readonly keyPrefix: string,
  ) {
    // Fails fast instead of queueing while Redis is down, and gives up on a Redis that is
    // connected but not answering: a login must not wait for it.
    this.redis = new Redis(redisUrl, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: 500, commandTimeout: 500 });
    this.redis.on('error', () => undefined);
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const base = `${this.keyPrefix}:throttle:${throttlerName}:${key}`;
    // Failing here is the fallback's case below; ioredis keeps reconnecting by itself afterwards.
    await (this.connecting ??= this.redis.connect().catch(() => undefined));
    try {
      const [hits, windowMs, blockMs] = (await this.redis.eval(INCREMENT, 2, `${base}:hits`, `${base}:block`, ttl, limit, blockDuration)) as number[];
      if (this.usingFallback) this.logger.log('Redis answers again: login attempts are counted across processes again');
      this.usingFallback = false;
      const isBlocked = blockMs > 0 || (blockDuration <= 0 && hits > limit);
      return { totalHits: hits, timeToExpire: Math.ceil(windowMs / 1000), isBlocked, timeToBlockExpire: Math.ceil(blockMs / 1000) };
    } catch (error) {
      if (!this.usingFallback) this.logger.warn(`Redis did not answer (${(error as Error).message}): counting login attempts in this process only`);
      this.usingFallback = true;
      return this.fallback.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
    this.fallback.onApplicationShutdown();
  }
}
