// @pc/engine: run orchestration without a database yet: the job queue contract and its
// two implementations, the event bus, and the run planner. See README.md.

export {
  resourceClasses,
  resourceClassSchema,
  jobPriority,
  MAX_JOB_PRIORITY,
  nodeJobSchema,
  jobIdOf,
  parseNodeJob,
  type ResourceClass,
  type NodeJob,
} from './queue/node-job.js';
export type {
  JobQueue,
  JobHandler,
  JobContext,
  JobProgress,
  JobOutcome,
  JobFailure,
  JobCounts,
  EnqueueOptions,
  ProcessOptions,
  CloseReport,
} from './queue/job-queue.js';
export { NonRetryableError, JobCancelledError, QueueClosingError, isRetryable } from './queue/errors.js';
export {
  backoffDelay,
  defaultRetryPolicy,
  defaultRetentionPolicy,
  type RetryPolicy,
  type RetentionPolicy,
  type RetentionBounds,
  type QueuePolicyOptions,
} from './queue/policy.js';
export { createInProcessQueue, type InProcessQueueOptions } from './queue/in-process/queue.js';
export { createBullMqQueue, type BullMqQueueOptions, type BullMqJobQueue } from './queue/bullmq/queue.js';
export type { RedisTarget } from './queue/bullmq/connections.js';
