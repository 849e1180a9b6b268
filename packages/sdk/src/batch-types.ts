import type { components } from './generated/openapi.js';

/*
 * The batch resources of docs/batches.md, as the server's OpenAPI document describes them.
 */

type Schemas = components['schemas'];

export type Batch = Schemas['Batch'];
export type BatchCounts = Schemas['BatchCounts'];
export type BatchItem = Schemas['BatchItem'];
export type BatchList = Schemas['BatchList'];
export type BatchItemList = Schemas['BatchItemList'];
export type NodeOverrides = Schemas['NodeOverrides'];
export type ArtifactLink = Schemas['ArtifactRef'];
export type BatchPriority = Batch['priority'];
export type BatchStatus = Batch['status'];
export type BatchItemStatus = BatchItem['status'];
export type BatchItemOutput = BatchItem['outputs'][string];

/** `POST /batches`: `priority` has a server-side default, so it may be left out. */
export type SubmitBatchBody = Omit<Schemas['CreateBatch'], 'priority'> & { priority?: BatchPriority };
export type BatchItemInput = SubmitBatchBody['items'][number];

/** An event of `GET /batches/{id}/events`, parsed. */
export type BatchEvent =
  | { event: 'batch.progress'; id: string | undefined; batch: Batch }
  | { event: 'item.finished'; id: string | undefined; item: Schemas['BatchItemFinishedEvent'] }
  | { event: 'batch.completed'; id: string | undefined; batch: Batch };
