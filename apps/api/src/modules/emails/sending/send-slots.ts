import { SendRateLimiter } from './send-rate-limiter';

/**
 * Admission to the SMTP hand-off: at most `concurrency` emails in flight per process
 * (MAX_IN_FLIGHT, one per pooled connection) and at most SEND_RATE starts per second.
 * Callers claim an email only once admitted, which bounds the set of claimed-but-unsent emails —
 * the crash window — by that concurrency.
 */
export class SendSlots {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly limiter: SendRateLimiter,
  ) {}

  /** Resolves with a release function once the email may be claimed and sent; call it when done. */
  async acquire(): Promise<() => void> {
    if (this.active >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    };
    try {
      await this.limiter.take();
    } catch (error) {
      release();
      throw error;
    }
    return release;
  }
}
