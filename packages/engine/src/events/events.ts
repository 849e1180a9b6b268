import { z } from 'zod';

/*
 * Live events, as published on the EventBus and relayed to the canvas (WebSocket) and to
 * scripts (SSE). A discriminated union on `kind`; `v` is the shape's version: when a
 * shape changes, add `v: 2` as a new member beside `v: 1` and keep both until every
 * reader understands the new one (servers and workers deploy at different times).
 * Events are best-effort: the database holds the truth and a reconnecting client reads
 * a snapshot first.
 */

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
/** Milliseconds since the epoch, stamped by the publisher (delivery lag = now − at). */
const at = z.number().int().nonnegative();
const fraction = z.number().min(0).max(1);

export const runStatuses = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
/** A run's status, as in `GET /api/v1/runs/:id`. */
export type RunStatus = (typeof runStatuses)[number];

export const nodeStatuses = ['queued', 'running', 'succeeded', 'cached', 'failed', 'skipped', 'cancelled'] as const;
/** A node's status within a run. `cached`: its output was found by cache key and it did not run. */
export type NodeStatus = (typeof nodeStatuses)[number];

/** What went wrong, for people (`message`) and programs (`code`); never a stack trace. */
const eventError = z.strictObject({ code: z.string().max(64), message: z.string().max(2_000) });

export const runStatusEventSchema = z.strictObject({
  kind: z.literal('run.status'),
  v: z.literal(1),
  at,
  runId: id,
  status: z.enum(runStatuses),
  error: eventError.optional(),
});

export const nodeStatusEventSchema = z.strictObject({
  kind: z.literal('node.status'),
  v: z.literal(1),
  at,
  runId: id,
  nodeId: id,
  status: z.enum(nodeStatuses),
  progress: fraction.optional(),
  error: eventError.optional(),
});

export const nodeProgressEventSchema = z.strictObject({
  kind: z.literal('node.progress'),
  v: z.literal(1),
  at,
  runId: id,
  nodeId: id,
  progress: fraction,
  /** A short status line ("Rendering frame 2 of 4"). */
  message: z.string().max(200).optional(),
});

/** A run of a graph was accepted (on the graph's channel, so every open canvas of it can follow the run). */
export const runCreatedEventSchema = z.strictObject({
  kind: z.literal('run.created'),
  v: z.literal(1),
  at,
  runId: id,
  graphId: id,
  status: z.enum(runStatuses),
});

/**
 * A snapshot of a graph was saved (POST /graphs/:id/revisions, on the graph's channel): it
 * changes no document, so without this a script's save reached no open Revisions list.
 */
export const revisionSavedEventSchema = z.strictObject({
  kind: z.literal('revision.saved'),
  v: z.literal(1),
  at,
  graphId: id,
  revision: z.number().int().positive(),
});

const count = z.number().int().nonnegative();

export const batchProgressEventSchema = z.strictObject({
  kind: z.literal('batch.progress'),
  v: z.literal(1),
  at,
  batchId: id,
  /** Runs (batch items) by status; `total` is fixed when the batch is submitted. */
  runs: z.strictObject({ total: count, queued: count, running: count, succeeded: count, failed: count, cancelled: count }),
});

/** An item of a batch finished; `seq` is the batch's finish counter (the SSE event id). */
export const batchItemFinishedEventSchema = z.strictObject({
  kind: z.literal('batch.item.finished'),
  v: z.literal(1),
  at,
  batchId: id,
  index: count,
  status: z.enum(['succeeded', 'failed', 'cancelled']),
  runId: id.nullable(),
  seq: count,
});

/** A batch changed status (started, completed, cancelled, reopened by a retry). */
export const batchStatusEventSchema = z.strictObject({
  kind: z.literal('batch.status'),
  v: z.literal(1),
  at,
  batchId: id,
  status: z.enum(['queued', 'running', 'completed', 'cancelled']),
  seq: count,
});

/** Every event the engine publishes. */
export const engineEventSchema = z.discriminatedUnion('kind', [
  runStatusEventSchema,
  nodeStatusEventSchema,
  nodeProgressEventSchema,
  batchProgressEventSchema,
  runCreatedEventSchema,
  revisionSavedEventSchema,
  batchItemFinishedEventSchema,
  batchStatusEventSchema,
]);

/** One of the engine's live events: see {@link engineEventSchema}. */
export type EngineEvent = z.infer<typeof engineEventSchema>;
export type RunStatusEvent = z.infer<typeof runStatusEventSchema>;
export type NodeStatusEvent = z.infer<typeof nodeStatusEventSchema>;
export type NodeProgressEvent = z.infer<typeof nodeProgressEventSchema>;
export type BatchProgressEvent = z.infer<typeof batchProgressEventSchema>;
export type RunCreatedEvent = z.infer<typeof runCreatedEventSchema>;
export type RevisionSavedEvent = z.infer<typeof revisionSavedEventSchema>;
export type BatchItemFinishedEvent = z.infer<typeof batchItemFinishedEventSchema>;
export type BatchStatusEvent = z.infer<typeof batchStatusEventSchema>;

/** The channel of one run's events: the canvas and `GET /runs/:id/events` subscribe here. */
export const runChannel = (runId: string): string => `run:${id.parse(runId)}`;

/** The channel of a graph's `run.created` and `revision.saved` events (`GET /graphs/:id/runs/events`). */
export const graphRunsChannel = (graphId: string): string => `graph:${id.parse(graphId)}`;

/** The channel of one batch's events (`GET /batches/:id/events`). */
export const batchChannel = (batchId: string): string => `batch:${id.parse(batchId)}`;

/** Channel names: `run:<id>`, `batch:<id>`, or another short word-and-id pair. */
export const channelSchema = z
  .string()
  .max(80)
  .regex(/^[a-z]+:[A-Za-z0-9_-]+$/, 'A channel is "<scope>:<id>", such as "run:abc"');
