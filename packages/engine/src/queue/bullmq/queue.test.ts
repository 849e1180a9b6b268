import { Socket } from 'node:net';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { describeJobQueueContract } from '../../testing/job-queue-contract.js';
import { deleteKeys, freshPrefix, testRedisUrl } from '../../testing/redis.js';
import { deferred, untilAborted, waitFor } from '../../testing/wait.js';
import { JobCancelledError } from '../errors.js';
import type { NodeJob } from '../node-job.js';
import type { QueuePolicyOptions } from '../policy.js';
import { createBullMqQueue, type BullMqQueueOptions } from './queue.js';

const prefix = freshPrefix();
afterAll(() => deleteKeys(prefix));

let queueNumber = 0;
/** Every contract test gets its own queue names under this file's prefix. */
describeJobQueueContract('BullMQ', (options: QueuePolicyOptions) =>
  createBullMqQueue({ ...options, redisUrl: testRedisUrl, prefix, queueNamePrefix: `contract${(queueNumber += 1)}` }),
);

const sharedQueue = (queueNamePrefix: string, extra: Partial<BullMqQueueOptions> = {}) =>
  createBullMqQueue({ redisUrl: testRedisUrl, prefix, queueNamePrefix, onError: () => {}, ...extra });

const frame: NodeJob = { runId: 'run-1', nodeId: 'frame-1', attempt: 1 };

describe('BullMQ queue across processes', () => {
  it('cancels a run from a process that does not run its job (the API cancels, a worker aborts)', async () => {
    const api = sharedQueue('cancel');
    const worker = sharedQueue('cancel');
    const failures: Error[] = [];
    const started = deferred();
    worker.process(
      async (_job, { signal }) => {
        started.resolve();
        await untilAborted(signal);
        throw signal.reason;
      },
      { concurrency: { io: 1 }, onFailed: (_job, error) => void failures.push(error) },
    );
    await api.enqueue([frame], { resourceClass: 'io' });
    await started.promise;
    await api.cancel('run-1', 'stopped from the canvas', [frame]);
    await waitFor(() => failures.length === 1, 'the cancelled job to fail');
    expect(failures[0]).toBeInstanceOf(JobCancelledError);
    expect(failures[0]?.message).toContain('stopped from the canvas');
    await Promise.all([api.close(), worker.close()]);
  });

  it('moves a job handed back at shutdown to waiting, where another worker picks it up', async () => {
    const first = sharedQueue('handback');
    const started = deferred();
    first.process(
      () => {
        started.resolve();
        return new Promise(() => {});
      },
      { concurrency: { cpu: 1 } },
    );
    await first.enqueue([frame], { resourceClass: 'cpu' });
    await started.promise;
    expect((await first.close({ deadlineMs: 50 })).handedBack).toEqual([frame]);

    const second = sharedQueue('handback');
    const completed: NodeJob[] = [];
    second.process(async () => {}, { concurrency: { cpu: 1 }, onCompleted: (job) => void completed.push(job) });
    await waitFor(() => completed.length === 1, 'the second worker to run it');
    await second.close();
  });

  it('adds the dependants of a job that finishes while its queue drains at shutdown, and they run', async () => {
    const first = sharedQueue('drain');
    const running = deferred();
    const release = deferred();
    const added = { awaited: false, ahead: false };
    const completed: string[] = [];
    const onCompleted = (job: NodeJob) => void completed.push(job.nodeId);
    first.process(
      async (job) => {
        if (job.nodeId !== 'frame-1') return;
        running.resolve();
        await release.promise;
        // Both ways a finishing node hands on its dependants (awaited, and sent ahead).
        await first.enqueue([{ ...frame, nodeId: 'frame-2' }], { resourceClass: 'cpu' });
        added.awaited = true;
        await first.enqueueAhead?.([{ ...frame, nodeId: 'frame-3' }], { resourceClass: 'cpu' }).added;
        added.ahead = true;
      },
      { concurrency: { cpu: 2 }, onCompleted },
    );
    await first.enqueue([frame], { resourceClass: 'cpu' });
    await running.promise;
    const closing = first.close({ deadlineMs: 5_000 });
    release.resolve();
    expect((await closing).handedBack).toEqual([]);
    expect(added).toEqual({ awaited: true, ahead: true });

    // What the closing process did not take (a fetch may already have been on its way when it
    // paused) waits in Redis for another worker.
    const second = sharedQueue('drain');
    second.process(async () => {}, { concurrency: { cpu: 2 }, onCompleted });
    await waitFor(() => completed.length === 3, 'the dependants to run');
    expect(completed.sort()).toEqual(['frame-1', 'frame-2', 'frame-3']);
    await second.close();
  });

  it('redelivers the job of a crashed worker once its lock expires', async () => {
    const timings = { lockDurationMs: 600, stalledIntervalMs: 300 };
    const crashing = sharedQueue('crash', timings);
    const started = deferred();
    crashing.process(
      () => {
        started.resolve();
        return new Promise(() => {});
      },
      { concurrency: { cpu: 1 } },
    );
    await crashing.enqueue([frame], { resourceClass: 'cpu' });
    await started.promise;
    await crashing.simulateCrash();

    const survivor = sharedQueue('crash', timings);
    const completed: NodeJob[] = [];
    survivor.process(async () => {}, { concurrency: { cpu: 1 }, onCompleted: (job) => void completed.push(job) });
    await waitFor(() => completed.length === 1, 'the redelivery', 5_000);
    expect(completed).toEqual([frame]);
    await survivor.close();
  });

  it('keeps job data to ids and the job id free of ":"', async () => {
    const queue = sharedQueue('shape');
    await queue.enqueue([frame], { resourceClass: 'io', priority: 1 });
    const job = await queue.queues.io.getJob('run-1_frame-1_1');
    expect(job?.data).toEqual(frame);
    expect(job?.opts).toMatchObject({ attempts: 3, backoff: { type: 'exponential' } });
    // The most urgent priority rides BullMQ's plain list (started before any prioritised job).
    expect(job?.opts.priority ?? 0).toBe(0);
    await queue.enqueue([{ ...frame, attempt: 2 }], { resourceClass: 'io', priority: 10 });
    expect((await queue.queues.io.getJob('run-1_frame-1_2'))?.opts.priority).toBe(10);
    await queue.close();
  });

  it('adds a batch of jobs, few or many, in one socket write, each once', async () => {
    const queue = sharedQueue('sizes');
    const jobsOf = (count: number, runId: string): NodeJob[] => Array.from({ length: count }, (_, index) => ({ runId, nodeId: `n${index}`, attempt: 1 }));
    await queue.counts(); // connected
    // Socket writes of this process while a batch is added (nothing else runs meanwhile).
    const write = Socket.prototype.write;
    let writes = 0;
    Socket.prototype.write = function (this: Socket, ...args: unknown[]) {
      writes += 1;
      return (write as (...rest: unknown[]) => boolean).apply(this, args);
    } as Socket['write'];
    onTestFinished(() => {
      Socket.prototype.write = write;
    });
    for (const [count, runId] of [[3, 'few'], [20, 'many']] as const) {
      writes = 0;
      await queue.enqueue(jobsOf(count, runId), { resourceClass: 'cpu', priority: 10 });
      // A completion's three dependants too: one write, not one per job.
      expect(writes).toBe(1);
      // Again: every job id is taken already, nothing is added.
      await queue.enqueue(jobsOf(count, runId), { resourceClass: 'cpu', priority: 10 });
      const jobs = await Promise.all(jobsOf(count, runId).map((job) => queue.queues.cpu.getJob(`${runId}_${job.nodeId}_1`)));
      expect(jobs.map((job) => job?.data)).toEqual(jobsOf(count, runId));
      expect(jobs.every((job) => job?.opts.priority === 10 && job.opts.attempts === 3)).toBe(true);
    }
    expect((await queue.counts()).cpu.waiting).toBe(23);
    await queue.close();
  });
});
