/** Calls waiting beyond this are refused at once (the database is down or far behind). */
const MAX_PENDING = 100_000;

export interface BatcherOptions {
  /** Calls per batch at most. */
  maxBatch?: number;
  /**
   * Before a batch starts with fewer than `size` calls waiting, it waits up to `waitMs` for more.
   * Without it, a batch takes whatever arrived during the previous one, which under steady load is
   * only the few calls of one round trip.
   */
  gather?: { size: number; waitMs: number };
}

/**
 * Coalesces concurrent calls into one batched call: at most one batch runs at a time, and calls
 * made meanwhile form the next batch. Under load, batches grow with the latency of the call itself
 * (each is one database round trip and one commit instead of many), and with `gather`; when idle,
 * a call runs alone, at once or after `gather.waitMs`.
 */
export class Batcher<Input, Output> {
  private pending: { input: Input; resolve: (output: Output) => void; reject: (error: unknown) => void }[] = [];
  private running = false;
  private readonly maxBatch: number;
  private readonly gather: { size: number; waitMs: number };
  /** Ends the current wait for a fuller batch; set only while waiting. */
  private gathered?: () => void;

  constructor(
    /** Must return one output per input, in order. */
    private readonly run: (inputs: Input[]) => Promise<Output[]>,
    options: BatcherOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 100;
    this.gather = options.gather ?? { size: 1, waitMs: 0 };
  }

  call(input: Input): Promise<Output> {
    if (this.pending.length >= MAX_PENDING) return Promise.reject(new Error('Too many writes waiting for the database'));
    return new Promise<Output>((resolve, reject) => {
      this.pending.push({ input, resolve, reject });
      if (!this.running) void this.drain();
      else if (this.pending.length >= this.gather.size) this.gathered?.();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.pending.length) {
      if (this.pending.length < this.gather.size) await this.waitForMore();
      const batch = this.pending.splice(0, this.maxBatch);
      try {
        const outputs = await this.run(batch.map((b) => b.input));
        batch.forEach((b, i) => b.resolve(outputs[i]));
      } catch (error) {
        for (const b of batch) b.reject(error);
      }
    }
    this.running = false;
  }

  private waitForMore(): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.gathered?.(), this.gather.waitMs);
      this.gathered = () => {
        clearTimeout(timer);
        this.gathered = undefined;
        resolve();
      };
    });
  }
}
