import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'crypto';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { RedisCounters } from '../auth/redis-counters';
import { trackingClientKey } from '../emails/tracking/client-key';

const IP_WINDOW_MS = 60_000;
const ADDRESS_WINDOW_MS = 60 * 60_000;

/** `ip_limited`: answer 429; `address_limited`: answer as usual and do nothing. */
export type SignupAllowance = 'allowed' | 'ip_limited' | 'address_limited';

/**
 * KEYS: the client's counter, the address's. ARGV: their windows and limits. 0 allowed, 1 the
 * client is over its limit (the address is not counted then), 2 the address is.
 */
const TAKE = `
local ip = redis.call('INCR', KEYS[1])
if ip == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
if ip > tonumber(ARGV[2]) then return 1 end
local address = redis.call('INCR', KEYS[2])
if address == 1 then redis.call('PEXPIRE', KEYS[2], ARGV[3]) end
if address > tonumber(ARGV[4]) then return 2 end
return 0`;

const OUTCOMES: SignupAllowance[] = ['allowed', 'ip_limited', 'address_limited'];

/**
 * Signup posts per client (FORM_RATE_LIMIT a minute) and per address (FORM_ADDRESS_LIMIT an hour),
 * counted in Redis across every API process. The address limit is what keeps a form from mailing
 * one inbox a confirmation a second from rotating clients; the address is hashed, so Redis holds
 * no list of who signed up.
 */
@Injectable()
export class FormRateLimiter extends RedisCounters {
  private readonly prefix: string;
  private readonly local = new Map<string, { count: number; endsAt: number }>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super(config.redisUrl, 'signup form posts');
    this.prefix = `${config.queuePrefix}:throttle:form:`;
  }

  take(ip: string, email: string): Promise<SignupAllowance> {
    const ipKey = `${this.prefix}ip:${trackingClientKey(ip)}`;
    const addressKey = `${this.prefix}address:${createHash('sha256').update(email.toLowerCase()).digest('base64url')}`;
    const { formRateLimit, formAddressLimit } = this.config;
    return this.withRedis(
      async () => OUTCOMES[Number(await this.redis.eval(TAKE, 2, ipKey, addressKey, IP_WINDOW_MS, formRateLimit, ADDRESS_WINDOW_MS, formAddressLimit))],
      () => {
        if (this.countLocally(ipKey, IP_WINDOW_MS) > formRateLimit) return 'ip_limited';
        return this.countLocally(addressKey, ADDRESS_WINDOW_MS) > formAddressLimit ? 'address_limited' : 'allowed';
      },
    );
  }

  private countLocally(key: string, windowMs: number): number {
    const now = Date.now();
    if (this.local.size > 10_000) for (const [k, v] of this.local) if (v.endsAt <= now) this.local.delete(k);
    const entry = this.local.get(key);
    const current = entry && entry.endsAt > now ? entry : { count: 0, endsAt: now + windowMs };
    current.count += 1;
    this.local.set(key, current);
    return current.count;
  }
}
