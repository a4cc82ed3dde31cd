import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { RedisCounters } from './redis-counters';

/** At most one reset email per account in this long… */
export const RESET_EMAIL_GAP_MS = 60_000;
/** …and at most RESET_EMAILS_PER_HOUR in an hour. */
export const RESET_EMAIL_WINDOW_MS = 60 * 60_000;
export const RESET_EMAILS_PER_HOUR = 5;

/** KEYS: the gap flag, the hourly counter. ARGV: gap ms, window ms, emails per window. 1 when this email may go. */
const TAKE = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
local sent = redis.call('INCR', KEYS[2])
if sent == 1 then redis.call('PEXPIRE', KEYS[2], ARGV[2]) end
if sent > tonumber(ARGV[3]) then return 0 end
redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
return 1`;

interface LocalCount {
  nextAt: number;
  sent: number;
  windowEnds: number;
}

/**
 * Password reset emails per account, whatever address asks: the per-address limit alone lets
 * requests from rotating addresses flood one inbox. Counted in Redis across every API process.
 */
@Injectable()
export class ResetEmailLimiter extends RedisCounters {
  private readonly prefix: string;
  private readonly local = new Map<string, LocalCount>();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(config.redisUrl, 'password reset emails per account');
    this.prefix = `${config.queuePrefix}:throttle:reset-email:`;
  }

  /** Whether a reset email may go to this user now; when it may, it is counted. */
  take(userId: string): Promise<boolean> {
    const key = this.prefix + userId;
    return this.withRedis(
      async () => Number(await this.redis.eval(TAKE, 2, `${key}:gap`, `${key}:hour`, RESET_EMAIL_GAP_MS, RESET_EMAIL_WINDOW_MS, RESET_EMAILS_PER_HOUR)) === 1,
      () => {
        const now = Date.now();
        const previous = this.local.get(key);
        const count = previous && previous.windowEnds > now ? previous : { nextAt: previous?.nextAt ?? 0, sent: 0, windowEnds: now + RESET_EMAIL_WINDOW_MS };
        this.local.set(key, count);
        if (this.local.size > 10_000) this.pruneLocal(now);
        if (count.nextAt > now || count.sent >= RESET_EMAILS_PER_HOUR) return false;
        Object.assign(count, { nextAt: now + RESET_EMAIL_GAP_MS, sent: count.sent + 1 });
        return true;
      },
    );
  }

  /** Asking for many accounts while Redis is down must not grow this process' memory without bound. */
  private pruneLocal(now: number): void {
    for (const [key, count] of this.local) if (count.windowEnds <= now && count.nextAt <= now) this.local.delete(key);
  }
}
