import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../../config/config';
import { RedisThrottlerStorage } from '../../auth/redis-throttler.storage';
import { Batcher } from '../sending/batcher';
import { trackingClientKey } from './client-key';

const WINDOW_MS = 60_000;

/**
 * TRACK_RATE_LIMIT: opens and clicks counted per client address per minute, across every API
 * process (in Redis, as login attempts are), so scaling the API does not multiply what one client
 * can add to a campaign's figures. Hits waiting while a count is in flight are counted together,
 * all addresses in one Redis step: one round trip per batch, whatever the rate. The answer to the
 * reader never waits for it; only the recording of the hit does.
 */
@Injectable()
export class TrackingRateLimiter implements OnApplicationShutdown {
  private readonly limit: number;
  /** Undefined with TRACK_RATE_LIMIT=0: nothing is counted and no Redis connection opened. */
  private readonly storage?: RedisThrottlerStorage;
  private readonly batcher = new Batcher<string, boolean>((ips) => this.count(ips), { maxBatch: 2000 });

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.limit = config.trackRateLimit;
    if (this.limit > 0) this.storage = new RedisThrottlerStorage(config.redisUrl, config.queuePrefix);
  }

  /** Whether this hit from `ip` is within the client's allowance for the current minute. */
  allow(ip: string): Promise<boolean> {
    return this.storage ? this.batcher.call(trackingClientKey(ip)) : Promise.resolve(true);
  }

  private async count(ips: string[]): Promise<boolean[]> {
    const storage = this.storage as RedisThrottlerStorage;
    const hits = new Map<string, number>();
    for (const ip of ips) hits.set(ip, (hits.get(ip) ?? 0) + 1);
    const within = await storage.countWithin(hits, WINDOW_MS, this.limit, 'track');
    // The first hits of an address in the batch are the ones within its allowance.
    return ips.map((ip) => {
      const left = within.get(ip) as number;
      within.set(ip, left - 1);
      return left > 0;
    });
  }

  onApplicationShutdown(): void {
    this.storage?.onApplicationShutdown();
  }
}
