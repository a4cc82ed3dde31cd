import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { RedisCounters } from '../auth/redis-counters';

export const RATE_WINDOW_MS = 60_000;

/** KEYS: the window's counter. ARGV: its lifetime in ms. Answers the count after this request. */
const HIT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return hits`;

export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Seconds until the window ends and the count starts again. */
  resetSeconds: number;
  exceeded: boolean;
}

/**
 * API_RATE_LIMIT requests per key per minute, in fixed windows aligned on the clock's minutes: each
 * window's counter is one Redis key named by its number, so every API process counts into the
 * same one without agreeing on when a window began. A burst across a window's end can get twice
 * the limit once; the rate over time is the limit. When Redis cannot answer, this process counts
 * on its own rather than refusing every key.
 */
@Injectable()
export class ApiKeyRateLimiter extends RedisCounters {
  private readonly limit: number;
  private readonly prefix: string;
  private readonly local = new Map<string, number>();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(config.redisUrl, 'API key requests');
    this.limit = config.apiRateLimit;
    this.prefix = `${config.queuePrefix}:throttle:api-key:`;
  }

  async hit(keyId: string, now = Date.now()): Promise<RateLimitState> {
    const window = Math.floor(now / RATE_WINDOW_MS);
    const counter = `${this.prefix}${keyId}:${window}`;
    const hits = await this.withRedis(
      async () => Number(await this.redis.eval(HIT, 1, counter, RATE_WINDOW_MS + 1000)),
      () => this.countLocally(counter, window),
    );
    return {
      limit: this.limit,
      remaining: Math.max(0, this.limit - hits),
      resetSeconds: Math.max(1, Math.ceil(((window + 1) * RATE_WINDOW_MS - now) / 1000)),
      exceeded: hits > this.limit,
    };
  }

  private countLocally(counter: string, window: number): number {
    // Only the current window's counters are kept: older ones can no longer be hit.
    for (const key of this.local.keys()) if (!key.endsWith(`:${window}`)) this.local.delete(key);
    const hits = (this.local.get(counter) ?? 0) + 1;
    this.local.set(counter, hits);
    return hits;
  }
}
