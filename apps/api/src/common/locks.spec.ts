import { AdvisoryLock, AdvisoryLockClass } from './locks';

describe('advisory lock registry', () => {
  it('gives every one-key lock and every two-key class its own number', () => {
    for (const keys of [Object.values(AdvisoryLock), Object.values(AdvisoryLockClass)]) {
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('keeps two-key classes within int4, as pg_advisory_lock(int, int) requires', () => {
    for (const key of Object.values(AdvisoryLockClass)) expect(Number.isInteger(key) && key > 0 && key < 2 ** 31).toBe(true);
  });
});
