import { SendRateLimiter } from './send-rate-limiter';

describe('SendRateLimiter', () => {
  it('spaces calls evenly at the configured rate', async () => {
    let clock = 0;
    const waits: number[] = [];
    const limiter = new SendRateLimiter(4, () => clock, async (ms) => {
      waits.push(ms);
    });
    await Promise.all([limiter.take(), limiter.take(), limiter.take()]);
    expect(waits).toEqual([250, 500]);
    clock = 2000;
    await limiter.take();
    expect(waits).toEqual([250, 500]);
  });

  it('never waits when unlimited', async () => {
    const limiter = new SendRateLimiter(0, () => 0, () => Promise.reject(new Error('should not wait')));
    await limiter.take();
  });
});
