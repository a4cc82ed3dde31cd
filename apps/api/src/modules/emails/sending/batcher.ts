/**
 * Coalesces concurrent calls into one batched call: at most one batch runs at a time, and calls
 * made meanwhile form the next batch. Under load, batches grow with the latency of the call itself
 * (each is one database round trip and one commit instead of many); when idle, a call runs alone
 * and at once.
 */
export class Batcher<Input, Output> {
  private pending: { input: Input; resolve: (output: Output) => void; reject: (error: unknown) => void }[] = [];
  private running = false;

  constructor(
    /** Must return one output per input, in order. */
    private readonly run: (inputs: Input[]) => Promise<Output[]>,
    private readonly maxBatch = 100,
    /** Calls waiting beyond this are refused at once (the database is down or far behind). */
    private readonly maxPending = 100_000,
  ) {}

  call(input: Input): Promise<Output> {
    if (this.pending.length >= this.maxPending) return Promise.reject(new Error('Too many writes waiting for the database'));
    return new Promise<Output>((resolve, reject) => {
      this.pending.push({ input, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.pending.length) {
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
}
