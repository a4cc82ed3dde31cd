import { AppConfig } from '../../config/config';
import { LoginAccountLimiter } from './login-account-limiter';

/** Redis unreachable: the limiter counts in this process, with the same rule as in Redis. */
describe('LoginAccountLimiter without Redis', () => {
  let limiter: LoginAccountLimiter;

  beforeEach(() => {
    limiter = new LoginAccountLimiter({ redisUrl: 'redis://127.0.0.1:1', queuePrefix: 'unit', loginAccountRateLimit: 3 } as AppConfig);
  });
  afterEach(() => limiter.onApplicationShutdown());

  it('lets at most the limit of attempts be checked at once, and gives back the ones that did not fail', async () => {
    const waits = await Promise.all(Array.from({ length: 5 }, () => limiter.reserve('Spray@example.com')));
    expect(waits.filter((wait) => wait === 0)).toHaveLength(3);
    expect(waits.filter((wait) => wait > 0)).toHaveLength(2);
    await limiter.release('spray@example.com');
    expect(await limiter.reserve('spray@example.com')).toBe(0);
  });

  it('blocks for the whole window once the failures fill the limit, until cleared', async () => {
    for (let i = 0; i < 3; i++) {
      expect(await limiter.reserve('guessed@example.com')).toBe(0);
      await limiter.recordFailure('guessed@example.com');
    }
    expect(await limiter.reserve('guessed@example.com')).toBeGreaterThan(890);
    await limiter.clear('guessed@example.com');
    expect(await limiter.reserve('guessed@example.com')).toBe(0);
  });
});
