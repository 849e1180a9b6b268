import { describe, expect, it } from 'vitest';
import { createCoalescer } from './coalescer.js';

/** A batch function that records its calls and doubles numbers; `bad` items make a batch throw and fail alone. */
const recorder = (options: { bad?: number; slowMs?: number } = {}) => {
  const batches: number[][] = [];
  const singles: number[] = [];
  const check = (item: number) => {
    if (item === options.bad) throw new Error(`bad item ${item}`);
  };
  const pause = () => new Promise((resolve) => setTimeout(resolve, options.slowMs ?? 0));
  return {
    batches,
    singles,
    runBatch: async (items: readonly number[]) => {
      batches.push([...items]);
      await pause();
      items.forEach(check);
      return items.map((item) => item * 2);
    },
    runOne: async (item: number) => {
      singles.push(item);
      await pause();
      check(item);
      return item * 2;
    },
  };
};

describe('coalescer', () => {
  it('batches the calls of one event-loop turn, in call order, each caller getting its own result', async () => {
    const calls = recorder();
    const coalesce = createCoalescer(calls);
    const results = await Promise.all([1, 2, 3, 4].map((item) => coalesce(item)));
    expect(results).toEqual([2, 4, 6, 8]);
    expect(calls.batches).toEqual([[1, 2, 3, 4]]);
    expect(calls.singles).toEqual([]);
  });

  it('sends a lone call by itself, without waiting for company', async () => {
    const calls = recorder();
    const coalesce = createCoalescer(calls);
    const started = performance.now();
    expect(await coalesce(7)).toBe(14);
    // One setImmediate, no timer: far below any batching window a sleep would add.
    expect(performance.now() - started).toBeLessThan(50);
    expect(calls.singles).toEqual([7]);
    expect(calls.batches).toEqual([]);
  });

  it('gathers the calls made while a batch is in flight into the next batch', async () => {
    const calls = recorder({ slowMs: 20 });
    const coalesce = createCoalescer({ ...calls, maxInFlight: 1 });
    const first = Promise.all([coalesce(1), coalesce(2)]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = Promise.all([coalesce(3), coalesce(4), coalesce(5)]);
    expect(await first).toEqual([2, 4]);
    expect(await second).toEqual([6, 8, 10]);
    expect(calls.batches).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
  });

  it('caps the batch size', async () => {
    const calls = recorder();
    const coalesce = createCoalescer({ ...calls, maxBatch: 2, maxInFlight: 4 });
    expect(await Promise.all([1, 2, 3, 4, 5].map((item) => coalesce(item)))).toEqual([2, 4, 6, 8, 10]);
    expect(calls.batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(calls.singles).toEqual([5]);
  });

  it('when a batch fails, retries its items one by one: only the bad one fails', async () => {
    const calls = recorder({ bad: 3 });
    const coalesce = createCoalescer(calls);
    const results = await Promise.allSettled([1, 2, 3, 4].map((item) => coalesce(item)));
    expect(results.map((result) => (result.status === 'fulfilled' ? result.value : (result.reason as Error).message))).toEqual([
      2,
      4,
      'bad item 3',
      8,
    ]);
    expect(calls.batches).toEqual([[1, 2, 3, 4]]);
    expect(calls.singles).toEqual([1, 2, 3, 4]);
  });

  it('treats a batch answering the wrong number of results as failed', async () => {
    const singles: number[] = [];
    const coalesce = createCoalescer<number, number>({
      runBatch: async (items) => items.slice(1),
      runOne: async (item) => {
        singles.push(item);
        return item;
      },
    });
    expect(await Promise.all([1, 2].map((item) => coalesce(item)))).toEqual([1, 2]);
    expect(singles).toEqual([1, 2]);
  });

  it('keeps working after a failure', async () => {
    const calls = recorder({ bad: 1 });
    const coalesce = createCoalescer(calls);
    await expect(coalesce(1)).rejects.toThrow('bad item 1');
    expect(await Promise.all([coalesce(5), coalesce(6)])).toEqual([10, 12]);
  });

  it('turns a synchronous throw of runOne into that caller’s rejection', async () => {
    const coalesce = createCoalescer<number, number>({
      runBatch: async (items) => items,
      runOne: (item) => {
        throw new Error(`sync ${item}`);
      },
    });
    await expect(coalesce(9)).rejects.toThrow('sync 9');
  });
});
