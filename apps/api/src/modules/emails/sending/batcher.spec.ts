import { Batcher } from './batcher';

describe('Batcher', () => {
  it('runs a lone call at once and batches the calls made while a batch runs', async () => {
    const batches: number[][] = [];
    let finish: () => void = () => undefined;
    const batcher = new Batcher<number, number>(async (inputs) => {
      batches.push(inputs);
      if (batches.length === 1) await new Promise<void>((r) => (finish = r));
      return inputs.map((i) => i * 10);
    });
    const first = batcher.call(1);
    const later = [batcher.call(2), batcher.call(3), batcher.call(4)];
    expect(batches).toEqual([[1]]);
    finish();
    expect(await first).toBe(10);
    expect(await Promise.all(later)).toEqual([20, 30, 40]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('rejects every call of a failed batch and keeps working', async () => {
    let fail = true;
    const batcher = new Batcher<number, number>(async (inputs) => {
      if (fail) throw new Error('db down');
      return inputs;
    });
    await expect(batcher.call(1)).rejects.toThrow('db down');
    fail = false;
    await expect(batcher.call(2)).resolves.toBe(2);
  });

  it('splits at maxBatch', async () => {
    const sizes: number[] = [];
    const batcher = new Batcher<number, number>(async (inputs) => {
      sizes.push(inputs.length);
      return inputs;
    }, { maxBatch: 2 });
    await Promise.all([1, 2, 3, 4, 5].map((i) => batcher.call(i)));
    expect(sizes).toEqual([1, 2, 2]);
  });

  describe('gathering', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it('holds a batch until enough calls wait, then runs them together at once', async () => {
      const batches: number[][] = [];
      const batcher = new Batcher<number, number>(
        async (inputs) => {
          batches.push(inputs);
          return inputs;
        },
        { gather: { size: 3, waitMs: 1000 } },
      );
      const calls = [batcher.call(1), batcher.call(2)];
      await jest.advanceTimersByTimeAsync(10);
      expect(batches).toEqual([]);
      calls.push(batcher.call(3));
      await jest.advanceTimersByTimeAsync(0);
      expect(batches).toEqual([[1, 2, 3]]);
      expect(await Promise.all(calls)).toEqual([1, 2, 3]);
    });

    it('runs what it has once the wait is over', async () => {
      const batches: number[][] = [];
      const batcher = new Batcher<number, number>(
        async (inputs) => {
          batches.push(inputs);
          return inputs;
        },
        { gather: { size: 8, waitMs: 5 } },
      );
      const lone = batcher.call(7);
      await jest.advanceTimersByTimeAsync(4);
      expect(batches).toEqual([]);
      await jest.advanceTimersByTimeAsync(1);
      expect(await lone).toBe(7);
      expect(batches).toEqual([[7]]);
    });
  });
});
