import { z } from '@hono/zod-openapi';
import type { BatchItemView, BatchView } from '@pc/engine';
import { artifactRefSchema, artifactUrl } from '../runs/schemas.js';
import { idempotencyKeyValue } from '../../openapi/headers.js';

/*
 * The shapes of the batch API (docs/batches.md is the contract; the SDK checks itself
 * against the OpenAPI document generated from these).
 */

/** The most items one batch may hold. */
export const MAX_BATCH_ITEMS = 10_000;
/** The body limit of `POST /batches` only; every other route keeps MAX_BODY_BYTES. */
export const BATCH_BODY_MAX_BYTES = 16 * 1024 * 1024;

const blankAsMissing = (value: unknown) => (value === '' ? undefined : value);
const nodeId = z.string().min(1).max(64);
const batchStatus = z.enum(['queued', 'running', 'completed', 'cancelled']);
const itemStatus = z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']);
const priority = z.enum(['low', 'normal', 'high']);
const nullableTime = z.iso.datetime().nullable();

export const batchIdParams = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'The batch’s id (`bat…`), as submitting or listing batches answers it.', example: 'bat0f3k8q2m9v1x7c4d2h8j' }),
});

export const overridesSchema = z
  .record(nodeId, z.record(z.string().min(1).max(64), z.unknown()))
  .openapi('NodeOverrides', {
    description: 'Node fields to override for this item: `{nodeId: {field: value}}`. Each field must exist in the node type’s catalogue schema (`GET /node-types`) and its value must be valid there.',
    example: { sh1a: { shotSize: 'CU', lensMm: 85 } },
  });

export const createBatchBody = z
  .strictObject({
    graphId: z.string().min(1).max(64).openapi({ example: 'gr_0f3k8q2m9v1x7c4d' }),
    revision: z.int().min(1).optional().openapi({ description: 'A snapshot to run; omitted, the current document is snapshotted (or its snapshot reused).' }),
    items: z
      .array(z.strictObject({ ref: z.string().max(200).optional().openapi({ description: 'Your id for the item (a CSV row, a file name).', example: 'row-1' }), overrides: overridesSchema.default({}) }))
      .min(1)
      .max(MAX_BATCH_ITEMS),
    priority: priority.default('normal').openapi({ description: 'Share of the workers against other batches; canvas runs always come first.' }),
    concurrency: z.int().min(1).max(1_000).optional().openapi({ description: 'Items of this batch running at once, at most. Default 8.' }),
    webhook: z
      .strictObject({
        url: z.url({ protocol: /^https?$/ }).max(2_000),
        secret: z.string().min(16).max(256).openapi({ description: 'HMAC-SHA256 key of `PC-Signature`; stored encrypted, never returned.' }),
      })
      .optional(),
  })
  .openapi('CreateBatch', {
    example: {
      graphId: 'gr_0f3k8q2m9v1x7c4d',
      items: [
        { ref: 'row-1', overrides: { sh1a: { shotSize: 'CU' } } },
        { ref: 'row-2', overrides: { sh1a: { shotSize: 'WS', lensMm: 24 } } },
      ],
      priority: 'normal',
      concurrency: 8,
      webhook: { url: 'https://example.com/hooks/canvas', secret: 'whsec-0123456789abcdef' },
    },
  });
export type CreateBatchBody = z.infer<typeof createBatchBody>;

export const idempotencyHeaders = z.object({
  'idempotency-key': idempotencyKeyValue('Your key for this submission: the same key and body answer the same batch.'),
});

const countsSchema = z.object({ total: z.int(), queued: z.int(), running: z.int(), succeeded: z.int(), failed: z.int(), cancelled: z.int() }).openapi('BatchCounts');

export const batchSchema = z
  .object({
    id: z.string(),
    workspaceId: z.string(),
    graphId: z.string(),
    revision: z.int(),
    status: batchStatus.openapi({ description: '`completed` once every item finished, whether some failed or not: read `counts.failed`.' }),
    priority,
    concurrency: z.int(),
    counts: countsSchema,
    progress: z.number().min(0).max(1).openapi({ description: 'Finished items / total.' }),
    etaSeconds: z.int().nullable().openapi({ description: 'At the rate items finished so far; null until one finished.' }),
    webhook: z.object({ url: z.string() }).nullable(),
    createdAt: z.iso.datetime(),
    startedAt: nullableTime,
    finishedAt: nullableTime,
  })
  .openapi('Batch', {
    example: {
      id: 'bat0f3k8q2m9v1x7c4d2h8j',
      workspaceId: 'ws_0f3k8q2m9v1x7c4d',
      graphId: 'gr_0f3k8q2m9v1x7c4d',
      revision: 12,
      status: 'running',
      priority: 'normal',
      concurrency: 8,
      counts: { total: 1000, queued: 900, running: 8, succeeded: 90, failed: 2, cancelled: 0 },
      progress: 0.092,
      etaSeconds: 41,
      webhook: { url: 'https://example.com/hooks/canvas' },
      createdAt: '2026-11-22T06:00:00.000Z',
      startedAt: '2026-11-22T06:00:00.120Z',
      finishedAt: null,
    },
  });

export const batchListQuery = z.object({
  workspaceId: z.preprocess(blankAsMissing, z.string().min(1).max(64).optional()).openapi({ type: 'string', description: 'Only this workspace’s batches.' }),
  graphId: z.preprocess(blankAsMissing, z.string().min(1).max(64).optional()).openapi({ type: 'string', description: 'Only this graph’s batches.' }),
  status: z
    .preprocess(blankAsMissing, batchStatus.optional())
    .openapi({ type: 'string', enum: ['queued', 'running', 'completed', 'cancelled'], description: 'Only batches in this state; every state when omitted.' }),
  limit: z
    .preprocess(blankAsMissing, z.coerce.number().int().min(1).max(100).default(20))
    .openapi({ type: 'integer', minimum: 1, maximum: 100, default: 20, description: 'Page size: at most this many batches in this page, 1–100 (20 when omitted). Pass the answer’s `nextCursor` back as `cursor` for the next page.' }),
  cursor: z.preprocess(blankAsMissing, z.string().max(512).optional()).openapi({ type: 'string', description: 'The `nextCursor` of the previous page.' }),
});

export const batchListSchema = z.object({ batches: z.array(batchSchema), nextCursor: z.string().nullable() }).openapi('BatchList');

export const itemListQuery = z.object({
  status: z
    .preprocess(blankAsMissing, itemStatus.optional())
    .openapi({ type: 'string', enum: ['queued', 'running', 'succeeded', 'failed', 'cancelled'], description: 'Only items in this state; every item when omitted.' }),
  limit: z
    .preprocess(blankAsMissing, z.coerce.number().int().min(1).max(500).default(50))
    .openapi({ type: 'integer', minimum: 1, maximum: 500, default: 50, description: 'Page size: at most this many items in this page, 1–500 (50 when omitted). Pass the answer’s `nextCursor` back as `cursor` for the next page.' }),
  cursor: z.preprocess(blankAsMissing, z.string().max(512).optional()).openapi({ type: 'string', description: 'The `nextCursor` of the previous page.' }),
});

export const batchItemSchema = z
  .object({
    index: z.int(),
    ref: z.string().nullable(),
    status: itemStatus,
    runId: z.string().nullable().openapi({ description: 'The item’s run (`GET /runs/{id}`), once it started.' }),
    overrides: overridesSchema,
    outputs: z
      .record(
        z.string(),
        z.object({
          status: z.enum(['queued', 'running', 'succeeded', 'cached', 'failed', 'skipped', 'cancelled']),
          values: z.record(z.string(), z.unknown()),
          artifacts: z.record(z.string(), artifactRefSchema),
        }),
      )
      .openapi({ description: 'Each node of the item’s run by id: its status, JSON outputs and artifacts (as in a run’s nodes).' }),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
  })
  .openapi('BatchItem');

export const batchItemListSchema = z.object({ items: z.array(batchItemSchema), nextCursor: z.string().nullable() }).openapi('BatchItemList');

export const toBatchItemResponse = (item: BatchItemView): z.infer<typeof batchItemSchema> => ({
  ...item,
  outputs: Object.fromEntries(
    Object.entries(item.outputs).map(([id, output]) => [
      id,
      { ...output, artifacts: Object.fromEntries(Object.entries(output.artifacts).map(([name, ref]) => [name, { ...ref, url: artifactUrl(ref.hash) }])) },
    ]),
  ),
});

export type BatchResponse = BatchView;
