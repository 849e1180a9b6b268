import type { EnqueueOptions } from '../queue/job-queue.js';
import type { NodeJob, ResourceClass } from '../queue/node-job.js';

/** Adds jobs to the queue; callers in the same tick share one send per class and priority. */
export type EnqueueBatcher = (jobs: readonly NodeJob[], resourceClass: ResourceClass, priority: number) => Promise<void>;

interface Pending {
  jobs: NodeJob[];
  resourceClass: ResourceClass;
  priority: number;
  settle: { resolve: () => void; reject: (error: unknown) => void }[];
}

/**
 * Coalesces the enqueues of completions that finish together (same event-loop turn) into
 * one `send` per resource class and priority: with BullMQ its adds go out back to back (one
 * Redis round trip) instead of one batch per completion. Each caller's promise settles with
 * its batch's `send`: `queue.enqueue` (the jobs are in the queue), or, for dependants added
 * ahead, the add's `sent` (see `dependantsAdd` in run-engine.ts).
 */
export const createEnqueueBatcher = (send: (jobs: readonly NodeJob[], options: EnqueueOptions) => Promise<void>): EnqueueBatcher => {
  let pending = new Map<string, Pending>();
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const batches = pending;
    pending = new Map();
    for (const batch of batches.values()) {
      let sending: Promise<void>;
      try {
        sending = send(batch.jobs, { resourceClass: batch.resourceClass, priority: batch.priority });
      } catch (error) {
        sending = Promise.reject(error);
      }
      sending.then(
        () => batch.settle.forEach((waiter) => waiter.resolve()),
        (error: unknown) => batch.settle.forEach((waiter) => waiter.reject(error)),
      );
    }
  };

  return (jobs, resourceClass, priority) => {
    if (jobs.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const key = `${resourceClass}:${priority}`;
      const batch = pending.get(key) ?? { jobs: [], resourceClass, priority, settle: [] };
      batch.jobs.push(...jobs);
      batch.settle.push({ resolve, reject });
      pending.set(key, batch);
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
  };
};
