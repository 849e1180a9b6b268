import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { deleteKeys, freshPrefix, testRedisUrl } from '../../testing/redis.js';
import { waitFor } from '../../testing/wait.js';
import { runWithEagerMainLoop } from './eager-main-loop.js';

const prefix = freshPrefix();
afterAll(() => deleteKeys(prefix));

/** A worker of concurrency 4 on a fresh queue, the events it went through in order, and a way to stop. */
const startWorker = async (name: string, eager: boolean) => {
  const connection = new Redis(testRedisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue(name, { connection, prefix });
  const events: string[] = [];
  // Jobs hold their slot until all three run, so no finishing job fetches the next one.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const worker = new Worker(
    name,
    async (job) => {
      events.push(`run ${job.id}`);
      if (events.filter((event) => event.startsWith('run')).length === 3) release();
      await released;
    },
    { connection, prefix, concurrency: 4, autorun: false },
  );
  worker.on('active', (job) => events.push(`fetched ${job.id}`));
  if (eager) expect(runWithEagerMainLoop(worker, (error) => events.push(`error ${error.message}`))).toBe(true);
  else void worker.run();
  await worker.waitUntilReady();
  // Let the idle worker block on the queue's marker, as it does between runs.
  await waitFor(() => (worker as unknown as { waiting: unknown }).waiting !== null, 'the worker to block');
  return {
    events,
    add: (ids: string[]) => queue.addBulk(ids.map((jobId) => ({ name: 'node', data: {}, opts: { jobId } }))),
    async stop() {
      await worker.close();
      await queue.close();
      connection.disconnect();
    },
  };
};

describe('the eager main loop', () => {
  it('starts each fetched job before fetching the next (the stock loop fetches the rest first)', async () => {
    const eager = await startWorker('eager', true);
    await eager.add(['a', 'b', 'c']);
    await waitFor(() => eager.events.filter((event) => event.startsWith('run')).length === 3, 'the three jobs');
    expect(eager.events).toEqual(['fetched a', 'run a', 'fetched b', 'run b', 'fetched c', 'run c']);
    await eager.stop();

    // The behaviour it replaces, so a BullMQ upgrade that changes it is noticed.
    const stock = await startWorker('stock', false);
    await stock.add(['a', 'b', 'c']);
    await waitFor(() => stock.events.filter((event) => event.startsWith('run')).length === 3, 'the three jobs');
    // b starts only once c was fetched, and c's fetch waits for an empty fetch after it.
    expect(stock.events).toEqual(['fetched a', 'run a', 'fetched b', 'fetched c', 'run b', 'run c']);
    await stock.stop();
  });

  it('keeps to the concurrency and finishes every job of a burst', async () => {
    const connection = new Redis(testRedisUrl, { maxRetriesPerRequest: null });
    const queue = new Queue('burst', { connection, prefix });
    let running = 0;
    let mostRunning = 0;
    let done = 0;
    const worker = new Worker(
      'burst',
      async () => {
        running += 1;
        mostRunning = Math.max(mostRunning, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
        done += 1;
      },
      { connection, prefix, concurrency: 3, autorun: false },
    );
    expect(runWithEagerMainLoop(worker, () => {})).toBe(true);
    await queue.addBulk(Array.from({ length: 40 }, (_, index) => ({ name: 'node', data: {}, opts: { jobId: `j${index}` } })));
    await waitFor(() => done === 40, 'all 40 jobs', 10_000);
    expect(mostRunning).toBe(3);
    expect(await queue.getJobCounts('wait', 'active', 'completed')).toEqual({ wait: 0, active: 0, completed: 40 });
    await worker.close();
    await queue.close();
    connection.disconnect();
  });

  it("starts the job a finishing job fetched at once, not after another fetch's round trip", async () => {
    const connection = new Redis(testRedisUrl, { maxRetriesPerRequest: null });
    const queue = new Queue('handover', { connection, prefix });
    const started = new Map<string, number>();
    const worker = new Worker(
      'handover',
      async (job) => {
        started.set(job.id as string, performance.now());
      },
      { connection, prefix, concurrency: 3, autorun: false },
    );
    // Every fetch after the first takes 1.5 s to reach Redis (a slow round trip, as on a
    // busy box). While a's finish hands b over, the loop has such a fetch out for c.
    const internals = worker as unknown as { moveToActive: (...args: unknown[]) => Promise<unknown> };
    const moveToActive = internals.moveToActive.bind(worker);
    let fetches = 0;
    internals.moveToActive = async (...args: unknown[]) => {
      fetches += 1;
      if (fetches > 1) await new Promise((resolve) => setTimeout(resolve, 1_500));
      return moveToActive(...args);
    };
    await queue.addBulk(['a', 'b', 'c'].map((jobId) => ({ name: 'node', data: {}, opts: { jobId } })));
    expect(runWithEagerMainLoop(worker, () => {})).toBe(true);
    await waitFor(() => started.size === 3, 'the three jobs', 5_000);
    const at = (id: string) => started.get(id) as number;
    // b came back with a's completion, c with b's: neither waits for the slow fetch.
    expect(at('b') - at('a')).toBeLessThan(1_000);
    expect(at('c') - at('a')).toBeLessThan(1_000);
    expect(await queue.getJobCounts('wait', 'active', 'completed')).toEqual({ wait: 0, active: 0, completed: 3 });
    await worker.close();
    await queue.close();
    connection.disconnect();
  });
});
