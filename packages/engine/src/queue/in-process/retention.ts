import type { RetentionBounds } from '../policy.js';

/**
 * The ids of finished jobs, kept so that enqueueing a finished job id again is a no-op
 * for as long as BullMQ would still hold that job: both queues then dedup alike.
 * Insertion-ordered, so the oldest ids are evicted first.
 */
export interface FinishedJobs {
  add(jobId: string): void;
  has(jobId: string): boolean;
  readonly size: number;
}

export const createFinishedJobs = (bounds: RetentionBounds, now: () => number = Date.now): FinishedJobs => {
  const finishedAt = new Map<string, number>();
  const evict = () => {
    const oldest = now() - bounds.ageMs;
    for (const [jobId, at] of finishedAt) {
      if (finishedAt.size <= bounds.count && at >= oldest) break;
      finishedAt.delete(jobId);
    }
  };
  return {
    add(jobId) {
      finishedAt.delete(jobId);
      finishedAt.set(jobId, now());
      evict();
    },
    has(jobId) {
      evict();
      return finishedAt.has(jobId);
    },
    get size() {
      evict();
      return finishedAt.size;
    },
  };
};
