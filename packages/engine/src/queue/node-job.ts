import { traceCarrierSchema } from '@pc/observability';
import { z } from 'zod';

/**
 * The pools a node function can run on. `cpu` work (prompt compiling, PNG rendering) is
 * bounded by cores; `io` work (calls to ComfyUI or an OpenAI-compatible back end) waits
 * on the network and can run many at once. Each class is its own queue, so a burst of
 * slow renders never starves cheap I/O jobs.
 */
export const resourceClasses = ['cpu', 'io'] as const;

/** One of {@link resourceClasses}. */
export type ResourceClass = (typeof resourceClasses)[number];

/** zod schema of a {@link ResourceClass}. */
export const resourceClassSchema = z.enum(resourceClasses);

/**
 * Priorities, lower runs sooner (BullMQ's convention). A person waiting on the canvas
 * comes before the items of a scripted batch. 0 is never used: BullMQ runs un-prioritised
 * jobs before every prioritised one.
 */
export const jobPriority = { interactive: 1, batch: 10 } as const;

/** BullMQ's largest priority (2^21); we accept the same range in both queues. */
export const MAX_JOB_PRIORITY = 2_097_152;

// Ids end up inside the job id and in Redis key names, where `:` is BullMQ's key
// separator; graph ids already exclude it. The job id is never parsed back (the job's
// data carries the ids), and run ids are generated with a fixed length, so
// `${runId}_${nodeId}` cannot be produced by two different pairs.
const runIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'A run id uses letters, digits, "_" and "-" only');
const nodeIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'A node id uses letters, digits, "_" and "-" only');

/**
 * A job carries ids only (n8n's rule): the worker loads the revision, the node and its
 * inputs from the database, so a retried or redelivered job always sees the truth and
 * Redis holds ~100 bytes per job.
 *
 * `attempt` is the orchestrator's attempt, not the queue's: queue retries of one job keep
 * its id (see `attemptsMade`); re-running a node after a sweep or a manual retry bumps
 * `attempt`, which gives a fresh job id even while the old job is still retained.
 */
export const nodeJobSchema = z.strictObject({
  runId: runIdSchema,
  nodeId: nodeIdSchema,
  attempt: z.number().int().min(1).max(1_000),
  /** The W3C trace context of the code that enqueued the job (absent when nothing is traced). Not part of the job id. */
  trace: traceCarrierSchema.optional(),
});

/** A node execution to run: see {@link nodeJobSchema}. */
export type NodeJob = z.infer<typeof nodeJobSchema>;

/**
 * The queue job id of a node job, `${runId}_${nodeId}_${attempt}`: deterministic, so
 * enqueueing the same node attempt twice is a no-op while the job exists.
 *
 * @example
 * jobIdOf({ runId: 'run-7', nodeId: 'shot-12a', attempt: 1 }) // 'run-7_shot-12a_1'
 */
export const jobIdOf = (job: NodeJob): string => `${job.runId}_${job.nodeId}_${job.attempt}`;

/**
 * Checks a job at a boundary (enqueue, and data read back from Redis).
 *
 * @throws {z.ZodError} when an id is malformed or the object has extra keys.
 */
export const parseNodeJob = (value: unknown): NodeJob => nodeJobSchema.parse(value);

const enqueueSchema = z.object({
  jobs: z.array(nodeJobSchema),
  resourceClass: resourceClassSchema,
  priority: z.number().int().min(1).max(MAX_JOB_PRIORITY).default(jobPriority.batch),
});

/**
 * The checked arguments of `JobQueue.enqueue`, shared by both queues so they refuse the
 * same input.
 *
 * @throws {z.ZodError} naming the first bad job or option.
 */
export const parseEnqueue = (jobs: readonly unknown[], options: { resourceClass: unknown; priority?: unknown }) =>
  enqueueSchema.parse({ jobs, resourceClass: options.resourceClass, priority: options.priority });
