import { z } from '@hono/zod-openapi';
import type { RunNodeView, RunView } from '@pc/engine';
import { idempotencyKeyValue } from '../../openapi/headers.js';

export const runIdParams = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'The run’s id (`run…`), as starting a run (or a batch item) answers it.', example: 'run0f3k8q2m9v1x7c4d2h8j' }),
});

export const startRunBody = z
  .object({
    nodeIds: z
      .array(z.string().min(1).max(64))
      .min(1)
      .max(1_000)
      .optional()
      .openapi({ description: 'Run these nodes and everything downstream of them; omitted, the whole graph runs.', example: ['sc-12'] }),
    revision: z
      .int()
      .min(1)
      .optional()
      .openapi({ description: 'An existing snapshot to run; omitted, the current document is snapshotted (or its snapshot reused).' }),
  })
  .openapi('StartRun');
export type StartRunBody = z.infer<typeof startRunBody>;

export const startRunHeaders = z.object({
  'idempotency-key': idempotencyKeyValue(
    'Optional. Your key for this run: a retry with the same key and body answers the run the first request started (200, `Idempotent-Replayed: true`).',
  ).optional(),
});

const runStatus = z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']);
const nodeStatus = z.enum(['queued', 'running', 'succeeded', 'cached', 'failed', 'skipped', 'cancelled']);
const runError = z.object({ code: z.string(), message: z.string() }).openapi('RunError');
const nullableTime = z.iso.datetime().nullable();

export const runAcceptedSchema = z.object({ id: z.string(), status: runStatus }).openapi('RunAccepted');

export const artifactRefSchema = z
  .object({
    hash: z.string().openapi({ description: 'SHA-256 of the bytes' }),
    mediaType: z.string(),
    bytes: z.int(),
    url: z.string().openapi({ example: '/api/v1/artifacts/9f2c…' }),
  })
  .openapi('ArtifactRef');

export const runNodeSchema = z
  .object({
    nodeId: z.string(),
    type: z.string(),
    role: z.enum(['target', 'input']),
    status: nodeStatus,
    cacheKey: z.string(),
    attempts: z.int(),
    startedAt: nullableTime,
    finishedAt: nullableTime,
    outputs: z
      .object({ values: z.record(z.string(), z.unknown()), artifacts: z.record(z.string(), artifactRefSchema) })
      .nullable()
      .openapi({ description: 'JSON outputs by name and artifacts by file name; null until the node finished.' }),
    error: runError.nullable(),
  })
  .openapi('RunNode');

export const runSummarySchema = z
  .object({
    id: z.string(),
    graphId: z.string(),
    status: runStatus,
    revision: z.int(),
    nodeIds: z.array(z.string()).nullable().openapi({ description: 'The selection; null when the whole graph ran.' }),
    batchId: z
      .string()
      .nullable()
      .openapi({ description: 'The batch this run is an item of (a variant with field overrides, not the graph as drawn); null for a run started on the graph.' }),
    requestedBy: z.string().nullable(),
    error: runError.nullable(),
    createdAt: z.iso.datetime(),
    startedAt: nullableTime,
    finishedAt: nullableTime,
  })
  .openapi('RunSummary');

export const runSchema = runSummarySchema.extend({ nodes: z.array(runNodeSchema) }).openapi('Run');
export const runListItemSchema = runSummarySchema
  .extend({
    requestedByName: z.string().nullable().openapi({
      description: 'The name of who started it while they are a member of the graph’s workspace; null once they have left it (or their account is gone), or when nobody did.',
    }),
  })
  .openapi('RunListItem');
export const runListSchema = z.object({ runs: z.array(runListItemSchema), nextCursor: z.string().nullable() }).openapi('RunList');

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export const artifactUrl = (hash: string) => `/api/v1/artifacts/${hash}`;

export const toRunNodeResponse = (node: RunNodeView): z.infer<typeof runNodeSchema> => ({
  nodeId: node.nodeId,
  type: node.type,
  role: node.role,
  status: node.status,
  cacheKey: node.cacheKey,
  attempts: node.attempts,
  startedAt: iso(node.startedAt),
  finishedAt: iso(node.finishedAt),
  outputs: node.outputs
    ? {
        values: node.outputs.values,
        artifacts: Object.fromEntries(Object.entries(node.outputs.artifacts).map(([name, ref]) => [name, { ...ref, url: artifactUrl(ref.hash) }])),
      }
    : null,
  error: node.error,
});

export const toRunSummaryResponse = (run: Omit<RunView, 'nodes' | 'workspaceId' | 'cancelRequested'>): z.infer<typeof runSummarySchema> => ({
  id: run.id,
  graphId: run.graphId,
  status: run.status,
  revision: run.revision,
  nodeIds: run.selection,
  batchId: run.batchId,
  requestedBy: run.requestedBy,
  error: run.error,
  createdAt: run.createdAt.toISOString(),
  startedAt: iso(run.startedAt),
  finishedAt: iso(run.finishedAt),
});

export const toRunResponse = (run: RunView): z.infer<typeof runSchema> => ({ ...toRunSummaryResponse(run), nodes: run.nodes.map(toRunNodeResponse) });

const nodeRunResultSchema = runNodeSchema
  .extend({
    runId: z.string().openapi({ description: 'The run that produced this result' }),
    revision: z.int().openapi({ description: 'The graph revision that run executed' }),
    runCreatedAt: z.iso.datetime().openapi({ description: 'When that run was started (later runs win)' }),
  })
  .openapi('NodeRunResult');
export const nodeResultSchema = nodeRunResultSchema
  .extend({
    // When this result `failed`: the newest earlier result that `succeeded` or was `cached` (null otherwise, or when
    // it never succeeded; described in the route). A union, not `.nullable()`: that made the shared schema itself nullable.
    lastSuccess: z.union([nodeRunResultSchema, z.null()]),
  })
  .openapi('NodeResult');
export const nodeResultListSchema = z
  .object({ nodes: z.array(nodeResultSchema).openapi({ description: 'One entry per node that has a result, by node id' }) })
  .openapi('NodeResultList');

const toNodeRunResultResponse = (node: RunNodeView, run: { id: string; revision: number; createdAt: Date }): z.infer<typeof nodeRunResultSchema> => ({
  ...toRunNodeResponse(node),
  runId: run.id,
  revision: run.revision,
  runCreatedAt: run.createdAt.toISOString(),
});

type NodeRunRecordView = { node: RunNodeView; run: { id: string; revision: number; createdAt: Date } };

export const toNodeResultResponse = ({ node, run }: NodeRunRecordView, lastSuccess: NodeRunRecordView | null): z.infer<typeof nodeResultSchema> => ({
  ...toNodeRunResultResponse(node, run),
  lastSuccess: lastSuccess && toNodeRunResultResponse(lastSuccess.node, lastSuccess.run),
});
