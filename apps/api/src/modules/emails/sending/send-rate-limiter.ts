/**
 * Paces sends to at most `perSecond` per process (SEND_RATE), spread evenly rather than in bursts:
 * each caller waits for its own slot. 0 means unlimited.
 */
export class SendRateLimiter {
  private nextSlot = 0;
  private readonly interval: number;

  constructor(
    perSecond: number,
    private readonly now: () => number = () => performance.now(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {
    this.interval = perSecond > 0 ? 1000 / perSecond : 0;
  }

  async take(): Promise<void> {
    if (this.interval === 0) return;
    const now = this.now();
    const slot = Math.max(now, this.nextSlot);
    this.nextSlot = slot + this.interval;
    if (slot > now) await this.sleep(slot - now);
  }
}
