import { Logger, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';

/**
 * Per-account counters kept in Redis, so every API process counts together; when Redis cannot
 * answer, the subclass counts in this process on its own rather than refusing every request.
 */
export abstract class RedisCounters implements OnApplicationShutdown {
  protected readonly redis: Redis;
  private readonly logger: Logger;
  private usingFallback = false;
  private connecting?: Promise<void>;

  /** `what`: what is counted, for the log lines saying Redis stopped or resumed answering. */
  protected constructor(redisUrl: string, private readonly what: string) {
    this.logger = new Logger(this.constructor.name);
    this.redis = new Redis(redisUrl, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: 500, commandTimeout: 500 });
    this.redis.on('error', () => undefined);
  }

  protected async withRedis<T>(remote: () => Promise<T>, fallback: () => T): Promise<T> {
    await (this.connecting ??= this.redis.connect().catch(() => undefined));
    try {
      const result = await remote();
      if (this.usingFallback) this.logger.log(`Redis answers again: ${this.what} are counted across processes again`);
      this.usingFallback = false;
      return result;
    } catch (error) {
      if (!this.usingFallback) this.logger.warn(`Redis did not answer (${(error as Error).message}): counting ${this.what} in this process only`);
      this.usingFallback = true;
      return fallback();
    }
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
