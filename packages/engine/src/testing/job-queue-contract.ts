import { afterEach, describe, expect, it } from 'vitest';
import { JobCancelledError, NonRetryableError, QueueClosingError } from '../queue/errors.js';
import type { JobFailure, JobQueue, ProcessOptions } from '../queue/job-queue.js';
import { jobIdOf, jobPriority, type NodeJob } from '../queue/node-job.js';
import type { QueuePolicyOptions } from '../queue/policy.js';
import { deferred, sleep, untilAborted, waitFor } from './wait.js';

/** Makes a fresh, isolated queue for one test; the suite closes it. */
export type JobQueueFactory = (options: QueuePolicyOptions) => JobQueue | Promise<JobQueue>;

const shot = (nodeId: string, runId = 'run-1', attempt = 1): NodeJob => ({ runId, nodeId, attempt });

const quickRetries = (attempts: number, delayMs = 40): QueuePolicyOptions => ({
  retry: { attempts, backoff: { delayMs, jitter: 0 } },
});

/** A recorder of everything a queue reports, in the order it happened. */
const recordOutcomes = () => {
  const started: string[] = [];
  const completed: string[] = [];
  const failed: { jobId: string; error: Error; failure: JobFailure }[] = [];
  const callbacks: Pick<ProcessOptions, 'onCompleted' | 'onFailed'> = {
    onCompleted: (job) => void completed.push(jobIdOf(job)),
    onFailed: (job, error, failure) => void failed.push({ jobId: jobIdOf(job), error, failure }),
  };
  return { started, completed, failed, callbacks };
};

/**
 * The job queue specification. Every `JobQueue` implementation runs it (n8n keeps one
 * suite for its Bull, in-memory and IPC queues): if both pass, the engine cannot tell
 * the embedded mode from the scaled one.
 *
 * @param name - shown in the test report.
 * @param createQueue - a fresh queue that shares nothing with other tests.
 */
export const describeJobQueueContract = (name: string, createQueue: JobQueueFactory): void => {
  describe(`JobQueue contract: ${name}`, () => {
    const open: JobQueue[] = [];
    const queueWith = async (options: QueuePolicyOptions = {}) => {
      const queue = await createQueue(options);
      open.push(queue);
      return queue;
    };
    afterEach(async () => {
      await Promise.all(open.splice(0).map((queue) => queue.close({ deadlineMs: 200 })));
    });

    it('runs an enqueued node job and reports its completion', async () => {
      const queue = await queueWith();
      const outcomes = recordOutcomes();
      const seen: NodeJob[] = [];
      queue.process(
        async (job, { attemptsMade }) => {
          seen.push(job);
          expect(attemptsMade).toBe(0);
        },
        { concurrency: { cpu: 1 }, ...outcomes.callbacks },
      );
      await queue.enqueue([shot('shot-12a')], { resourceClass: 'cpu', priority: jobPriority.interactive });
      await waitFor(() => outcomes.completed.length === 1, 'the completion');
      expect(seen).toEqual([shot('shot-12a')]);
      expect(outcomes.completed).toEqual(['run-1_shot-12a_1']);
      expect(outcomes.failed).toEqual([]);
    });

    it('refuses a malformed job and enqueues nothing of its batch', async () => {
      const queue = await queueWith();
      await expect(queue.enqueue([shot('shot-12a'), shot('shot:12b')], { resourceClass: 'cpu' })).rejects.toThrow();
      await expect(queue.enqueue([shot('shot-12a')], { resourceClass: 'gpu' as 'cpu' })).rejects.toThrow();
      await expect(queue.enqueue([shot('shot-12a')], { resourceClass: 'cpu', priority: 0 })).rejects.toThrow();
      expect((await queue.counts()).cpu.waiting).toBe(0);
    });

    it('runs a job id once however often it is enqueued, and a new attempt again', async () => {
      const queue = await queueWith();
      const outcomes = recordOutcomes();
      const release = deferred();
      queue.process(
        async (job) => {
          outcomes.started.push(jobIdOf(job));
          await release.promise;
        },
        { concurrency: { cpu: 2 }, ...outcomes.callbacks },
      );
      await queue.enqueue([shot('shot-12a'), shot('shot-12a')], { resourceClass: 'cpu' });
      await waitFor(() => outcomes.started.length === 1, 'the first run');
      await queue.enqueue([shot('shot-12a')], { resourceClass: 'cpu' });
      release.resolve();
      await waitFor(() => outcomes.completed.length === 1, 'the completion');
      await queue.enqueue([shot('shot-12a')], { resourceClass: 'cpu' });
      await queue.enqueue([shot('shot-12a', 'run-1', 2)], { resourceClass: 'cpu' });
      await waitFor(() => outcomes.completed.length === 2, 'the second attempt');
      await sleep(50);
      expect(outcomes.started).toEqual(['run-1_shot-12a_1', 'run-1_shot-12a_2']);
    });

    it('never runs more jobs of a class at once than its concurrency, and classes do not block each other', async () => {
      const queue = await queueWith();
      const outcomes = recordOutcomes();
      let active = 0;
      let mostActive = 0;
      queue.process(
        async (job) => {
          outcomes.started.push(jobIdOf(job));
          if (job.nodeId.startsWith('frame')) {
            active += 1;
            mostActive = Math.max(mostActive, active);
            await sleep(30);
            active -= 1;
          }
        },
        { concurrency: { cpu: 2, io: 1 }, ...outcomes.callbacks },
      );
      const frames = Array.from({ length: 6 }, (_, index) => shot(`frame-${index}`));
      await queue.enqueue(frames, { resourceClass: 'cpu' });
      await queue.enqueue([shot('prompt-1')], { resourceClass: 'io' });
      await waitFor(() => outcomes.completed.includes('run-1_prompt-1_1'), 'the io job');
      expect(outcomes.completed.filter((id) => id.includes('frame')).length).toBeLessThan(6);
      await waitFor(() => outcomes.completed.length === 7, 'all jobs');
      expect(mostActive).toBe(2);
    });

    it('starts waiting jobs by priority, first come first served within one priority', async () => {
      const queue = await queueWith();
      const outcomes = recordOutcomes();
      await queue.enqueue([shot('batch-1', 'run-b'), shot('batch-2', 'run-b')], { resourceClass: 'cpu', priority: jobPriority.batch });
      await queue.enqueue([shot('canvas-1', 'run-c'), shot('canvas-2', 'run-c')], { resourceClass: 'cpu', priority: jobPriority.interactive });
      expect((await queue.counts()).cpu.waiting).toBe(4);
      queue.process(async (job) => void outcomes.started.push(job.nodeId), { concurrency: { cpu: 1 }, ...outcomes.callbacks });
      await waitFor(() => outcomes.completed.length === 4, 'all jobs');
      expect(outcomes.started).toEqual(['canvas-1', 'canvas-2', 'batch-1', 'batch-2']);
    });

    it('retries a retryable failure with exponential backoff until it succeeds', async () => {
      const queue = await queueWith(quickRetries(3, 40));
      const outcomes = recordOutcomes();
      const attempts: { attemptsMade: number; at: number }[] = [];
      queue.process(
        async (_job, { attemptsMade }) => {
          attempts.push({ attemptsMade, at: Date.now() });
          if (attemptsMade < 2) throw new Error('ComfyUI is restarting');
        },
        { concurrency: { io: 1 }, ...outcomes.callbacks },
      );
      await queue.enqueue([shot('frame-1')], { resourceClass: 'io' });
      await waitFor(() => outcomes.completed.length === 1, 'the completion');
      expect(attempts.map((attempt) => attempt.attemptsMade)).toEqual([0, 1, 2]);
      const [first, second, third] = attempts.map((attempt) => attempt.at) as [number, number, number];
      expect(second - first).toBeGreaterThanOrEqual(35);
      expect(third - second).toBeGreaterThanOrEqual(75);
      expect(outcomes.failed.map(({ failure }) => [failure.attemptsMade, failure.final])).toEqual([
        [1, false],
        [2, false],
      ]);
    });

    it('fails a job finally after its last attempt, reporting the final failure once', async () => {
      const queue = await queueWith(quickRetries(3, 10));
      const outcomes = recordOutcomes();
      queue.process(
        async () => {
          throw new Error('Back end unreachable');
        },
        { concurrency: { io: 1 }, ...outcomes.callbacks },
      );
      await queue.enqueue([shot('frame-1')], { resourceClass: 'io' });
      await waitFor(() => outcomes.failed.some(({ failure }) => failure.final), 'the final failure');
      await sleep(100);
      expect(outcomes.failed.map(({ failure }) => [failure.attemptsMade, failure.final])).toEqual([
        [1, false],
        [2, false],
        [3, true],
      ]);
      expect(outcomes.failed.at(-1)?.error.message).toBe('Back end unreachable');
      expect((await queue.counts()).io).toMatchObject({ waiting: 0, active: 0, delayed: 0, failed: 1 });
    });

    it('fails a job at once on a non-retryable error', async () => {
      const queue = await queueWith(quickRetries(3, 10));
      const outcomes = recordOutcomes();
      queue.process(
        async (job) => {
          outcomes.started.push(jobIdOf(job));
          throw new NonRetryableError('Prompt refused by the back end');
        },
        { concurrency: { io: 1 }, ...outcomes.callbacks },
      );
      await queue.enqueue([shot('frame-1')], { resourceClass: 'io' });
      await waitFor(() => outcomes.failed.length === 1, 'the failure');
      await sleep(60);
      expect(outcomes.started).toHaveLength(1);
      expect(outcomes.failed[0]?.failure).toMatchObject({ attemptsMade: 1, final: true });
      expect(outcomes.failed[0]?.error.message).toBe('Prompt refused by the back end');
    });

    it('cancels a run: aborts its running job, drops its waiting jobs, leaves other runs alone', async () => {
      const queue = await queueWith();
      const outcomes = recordOutcomes();
      const reasons: unknown[] = [];
      queue.process(
        async (job, { signal }) => {
          outcomes.started.push(jobIdOf(job));
          if (job.runId === 'run-a') {
            reasons.push(await untilAborted(signal));
            throw signal.reason;
          }
        },
        { concurrency: { cpu: 1 }, ...outcomes.callbacks },
      );
      await queue.enqueue([shot('shot-1', 'run-a'), shot('shot-2', 'run-a'), shot('shot-3', 'run-a')], {
        resourceClass: 'cpu',
        priority: jobPriority.interactive,
      });
      await queue.enqueue([shot('shot-1', 'run-b')], { resourceClass: 'cpu' });
      await waitFor(() => outcomes.started.length === 1, 'the first job');
      const runA = [shot('shot-1', 'run-a'), shot('shot-2', 'run-a'), shot('shot-3', 'run-a')];
      expect(await queue.cancel('run-a', 'stopped from the canvas', runA)).toEqual({ removed: 2 });
      await waitFor(() => outcomes.completed.length === 1, "run B's job");
      expect(reasons[0]).toBeInstanceOf(JobCancelledError);
      expect(outcomes.started).toEqual(['run-a_shot-1_1', 'run-b_shot-1_1']);
      expect(outcomes.failed).toHaveLength(1);
      expect(outcomes.failed[0]?.error).toBeInstanceOf(JobCancelledError);
      expect(outcomes.failed[0]?.failure.final).toBe(true);
    });

    it('cancels a run whose job waits out a retry backoff', async () => {
      const queue = await queueWith(quickRetries(3, 5_000));
      const outcomes = recordOutcomes();
      queue.process(
        async () => {
          throw new Error('Timed out');
        },
        { concurrency: { io: 1 }, ...outcomes.callbacks },
      );
      await queue.enqueue([shot('frame-1')], { resourceClass: 'io' });
      await waitFor(async () => (await queue.counts()).io.delayed === 1, 'the delayed retry');
      expect(await queue.cancel('run-1', 'user', [shot('frame-1')])).toEqual({ removed: 1 });
      expect((await queue.counts()).io).toMatchObject({ waiting: 0, active: 0, delayed: 0 });
    });

    it('starts no job of a paused class until it resumes', async () => {
      const queue = await queueWith();
      const outcomes = recordOutcomes();
      queue.process(async (job) => void outcomes.started.push(jobIdOf(job)), { concurrency: { cpu: 1, io: 1 }, ...outcomes.callbacks });
      await queue.pause('cpu');
      await queue.enqueue([shot('shot-1')], { resourceClass: 'cpu' });
      await queue.enqueue([shot('prompt-1')], { resourceClass: 'io' });
      await waitFor(() => outcomes.completed.length === 1, 'the io job');
      await sleep(50);
      expect(outcomes.started).toEqual(['run-1_prompt-1_1']);
      expect((await queue.counts()).cpu.waiting).toBe(1);
      await queue.resume('cpu');
      await waitFor(() => outcomes.completed.length === 2, 'the cpu job');
    });

    it('closes gracefully: finishes jobs within the deadline, starts no more, hands back the rest', async () => {
      const queue = await queueWith();
      const outcomes = recordOutcomes();
      const abortReasons: unknown[] = [];
      queue.process(
        async (job, { signal }) => {
          outcomes.started.push(job.nodeId);
          if (job.nodeId === 'quick') return sleep(80);
          // A stubborn handler: notes the abort but never settles.
          signal.addEventListener('abort', () => abortReasons.push(signal.reason));
          await new Promise(() => {});
        },
        { concurrency: { cpu: 1, io: 1 }, ...outcomes.callbacks },
      );
      await queue.enqueue([shot('quick'), shot('later')], { resourceClass: 'cpu' });
      await queue.enqueue([shot('stubborn')], { resourceClass: 'io' });
      await waitFor(() => outcomes.started.length === 2, 'both jobs to start');
      const report = await queue.close({ deadlineMs: 300 });
      expect(outcomes.completed).toEqual(['run-1_quick_1']);
      expect(outcomes.started).not.toContain('later');
      expect(report.handedBack).toEqual([shot('stubborn')]);
      expect(abortReasons[0]).toBeInstanceOf(QueueClosingError);
      expect(outcomes.failed).toEqual([]);
    });
  });
};
