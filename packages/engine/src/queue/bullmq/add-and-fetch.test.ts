import { Queue, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { deleteKeys, freshPrefix, testRedisUrl } from '../../testing/redis.js';
import { waitFor } from '../../testing/wait.js';
import { addAndFetch, freeSlotsFor } from './add-and-fetch.js';
import { runWithEagerMainLoop } from './eager-main-loop.js';

const prefix = freshPrefix();
afterAll(() => deleteKeys(prefix));

/** A queue and an eager worker of `concurrency` on it, idle and blocked on the queue's marker. */
const start = async (name: string, concurrency: number, processor: (job: Job) => Promise<void>) => {
  const producer = new Redis(testRedisUrl);
  const connection = new Redis(testRedisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue(name, { connection: producer, prefix });
  const worker = new Worker(name, processor, { connection, prefix, concurrency, autorun: false });
  expect(runWithEagerMainLoop(worker, () => {})).toBe(true);
  await worker.waitUntilReady();
  await waitFor(() => (worker as unknown as { waiting: unknown }).waiting !== null, 'the worker to block');
  const entry = (jobId: string) => ({ name: 'node', data: { jobId }, opts: { jobId } });
  return {
    queue,
    worker,
    /** Adds the jobs with as many fetches as the worker has free slots; answers how many. */
    async add(ids: string[]) {
      const fetches = freeSlotsFor(worker, ids.length);
      if (fetches > 0) await addAndFetch(queue, worker, ids.map(entry), fetches);
      else await queue.addBulk(ids.map(entry));
      return fetches;
    },
    async stop() {
      await worker.close();
      await queue.close();
      producer.disconnect();
      connection.disconnect();
    },
  };
};

describe('add and fetch', () => {
  it("starts a job with its add's reply, not after the worker's wake-up and fetch", async () => {
    const started = new Map<string, number>();
    const { worker, add, queue, stop } = await start('wake', 2, async (job) => void started.set(job.id as string, performance.now()));
    // The worker's own fetches take 1.5 s to reach Redis (a slow wake-up, as on a busy box).
    const internals = worker as unknown as { moveToActive: (...args: unknown[]) => Promise<unknown> };
    const moveToActive = internals.moveToActive.bind(worker);
    internals.moveToActive = async (...args: unknown[]) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      return moveToActive(...args);
    };
    const before = performance.now();
    // Concurrency 2, the blocked fetch holding one slot: one fetch rides with the add.
    expect(await add(['a'])).toBe(1);
    await waitFor(() => started.has('a'), 'the job to start', 5_000);
    expect((started.get('a') as number) - before).toBeLessThan(1_000);
    await waitFor(async () => (await queue.getJobCounts('completed')).completed === 1, 'the job to complete');
    expect(await queue.getJobCounts('wait', 'active', 'completed')).toEqual({ wait: 0, active: 0, completed: 1 });
    await stop();
  });

  it('keeps to the concurrency and finishes every job of bursts added with fetches', async () => {
    let running = 0;
    let mostRunning = 0;
    let done = 0;
    const { add, queue, stop } = await start('bursts', 3, async () => {
      running += 1;
      mostRunning = Math.max(mostRunning, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      done += 1;
    });
    let fetches = 0;
    for (let burst = 0; burst < 10; burst += 1) {
      fetches += await add([0, 1, 2, 3].map((index) => `b${burst}-${index}`));
      await new Promise((resolve) => setTimeout(resolve, burst % 3));
    }
    await waitFor(() => done === 40, 'all 40 jobs', 10_000);
    expect(fetches).toBeGreaterThan(0);
    expect(mostRunning).toBeLessThanOrEqual(3);
    expect(await queue.getJobCounts('wait', 'active', 'completed')).toEqual({ wait: 0, active: 0, completed: 40 });
    await stop();
  });

  it('takes no slot of a worker that is paused, full or not eager', async () => {
    const { worker, stop } = await start('slots', 2, async () => {});
    expect(freeSlotsFor(worker, 5)).toBe(1);
    await worker.pause(true);
    expect(freeSlotsFor(worker, 5)).toBe(0);
    expect(freeSlotsFor(undefined, 5)).toBe(0);
    await stop();
    const connection = new Redis(testRedisUrl, { maxRetriesPerRequest: null });
    const stock = new Worker('stock', async () => {}, { connection, prefix, autorun: false });
    expect(freeSlotsFor(stock, 1)).toBe(0);
    await stock.close();
    connection.disconnect();
  });
});
