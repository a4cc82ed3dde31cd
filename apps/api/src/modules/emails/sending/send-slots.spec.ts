import { SendRateLimiter } from './send-rate-limiter';
import { SendSlots } from './send-slots';

describe('SendSlots', () => {
  it('admits at most `concurrency` holders and hands a released slot to the next waiter', async () => {
    const slots = new SendSlots(2, new SendRateLimiter(0));
    const a = await slots.acquire();
    const b = await slots.acquire();
    let thirdIn = false;
    const third = slots.acquire().then((release) => {
      thirdIn = true;
      return release;
    });
    await new Promise((r) => setImmediate(r));
    expect(thirdIn).toBe(false);
    a();
    a(); // releasing twice frees one slot only
    const c = await third;
    expect(thirdIn).toBe(true);
    let fourthIn = false;
    void slots.acquire().then(() => (fourthIn = true));
    await new Promise((r) => setImmediate(r));
    expect(fourthIn).toBe(false);
    b();
    await new Promise((r) => setImmediate(r));
    expect(fourthIn).toBe(true);
    c();
  });
});
