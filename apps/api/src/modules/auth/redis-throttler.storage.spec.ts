import { RedisThrottlerStorage } from './redis-throttler.storage';

describe('RedisThrottlerStorage', () => {
  it('keeps limiting logins in this process when Redis cannot be reached', async () => {
    // Nothing listens on port 1: every Redis call fails at once.
    const storage = new RedisThrottlerStorage('redis://127.0.0.1:1', 'unit');
    try {
      const records = [];
      for (let i = 0; i < 3; i++) records.push(await storage.increment('client', 60_000, 2, 60_000, 'login'));
      expect(records.map((r) => r.isBlocked)).toEqual([false, false, true]);
      expect(records[2].timeToBlockExpire).toBe(60);
    } finally {
      storage.onApplicationShutdown();
    }
  });

  it('counts tracking hits in batches in this process when Redis cannot be reached, never past the limit', async () => {
    const storage = new RedisThrottlerStorage('redis://127.0.0.1:1', 'unit');
    try {
      expect(await storage.countWithin(new Map([['client', 3]]), 60_000, 5, 'track')).toEqual(new Map([['client', 3]]));
      expect(await storage.countWithin(new Map([['client', 4], ['other', 1]]), 60_000, 5, 'track')).toEqual(new Map([['client', 2], ['other', 1]]));
      expect(await storage.countWithin(new Map([['client', 1]]), 60_000, 5, 'track')).toEqual(new Map([['client', 0]]));
    } finally {
      storage.onApplicationShutdown();
    }
  });
});
