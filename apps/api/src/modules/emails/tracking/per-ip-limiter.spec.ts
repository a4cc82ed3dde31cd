import { PerIpLimiter } from './per-ip-limiter';

describe('PerIpLimiter', () => {
  it('allows N hits per IP per minute, then resets with the next minute', () => {
    let now = 0;
    const limiter = new PerIpLimiter(2, () => now);
    expect([limiter.allow('a'), limiter.allow('a'), limiter.allow('a'), limiter.allow('b')]).toEqual([true, true, false, true]);
    now = 60_000;
    expect(limiter.allow('a')).toBe(true);
  });

  it('never limits with 0', () => {
    const limiter = new PerIpLimiter(0);
    for (let i = 0; i < 1000; i++) expect(limiter.allow('a')).toBe(true);
  });
});
