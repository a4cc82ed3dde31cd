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
      expect(await storage.countWithin('client', 60_000, 5, 'track', 3)).toBe(3);
      expect(await storage.countWithin('client', 60_000, 5, 'track', 4)).toBe(2);
      expect(await storage.countWithin('client', 60_000, 5, 'track', 1)).toBe(0);
      expect(await storage.countWithin('other', 60_000, 5, 'track', 1)).toBe(1);
    } finally {
      storage.onApplicationShutdown();
    }
  });
});
