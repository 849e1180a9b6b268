/*
 * The batch resources of docs/batches.md. Written from the contract while the routes are
 * being built; once the server documents them these become aliases of the generated schemas.
 */

export type BatchPriority = 'low' | 'normal' | 'high';
export type BatchStatus = 'queued' | 'running' | 'completed' | 'cancelled';
export type BatchItemStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

/** Per-item field values: `{ nodeId: { field: value } }`. */
export type NodeOverrides = Record<string, Record<string, unknown>>;

export interface BatchItemInput {
  ref?: string;
  overrides: NodeOverrides;
}

export interface SubmitBatchBody {
  graphId: string;
  revision?: number;
  items: BatchItemInput[];
  priority?: BatchPriority;
  concurrency?: number;
  webhook?: { url: string; secret: string };
}

export interface BatchCounts {
  total: number;
  queued: number;
  running: number;
  succeeded: number;
  failed: number;
  cancelled: number;
}

export interface Batch {
  id: string;
  workspaceId: string;
  graphId: string;
  revision: number;
  status: BatchStatus;
  priority: BatchPriority;
  concurrency: number | null;
  counts: BatchCounts;
  progress: number;
  etaSeconds: number | null;
  webhook: { url: string } | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface ArtifactLink {
  hash: string;
  mediaType: string;
  bytes: number;
  url: string;
}

export interface BatchItemOutput {
  status: string;
  values: Record<string, unknown>;
  artifacts: Record<string, ArtifactLink>;
}

export interface BatchItem {
  index: number;
  ref: string | null;
  status: BatchItemStatus;
  runId: string | null;
  overrides: NodeOverrides;
  outputs: Record<string, BatchItemOutput> | null;
  error: { code: string; message: string } | null;
}

export interface BatchList {
  batches: Batch[];
  nextCursor: string | null;
}

export interface BatchItemList {
  items: BatchItem[];
  nextCursor: string | null;
}

/** An event of `GET /batches/{id}/events`, parsed. */
export type BatchEvent =
  | { event: 'batch.progress'; id: string | undefined; batch: Batch }
  | { event: 'item.finished'; id: string | undefined; item: { index: number; status: BatchItemStatus; runId: string | null } }
  | { event: 'batch.completed'; id: string | undefined; batch: Batch };
