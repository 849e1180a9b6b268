import type { components, paths } from './generated/openapi.js';

/*
 * The events of the server's Server-Sent Events streams, as its OpenAPI document declares
 * them: each `{event, id, data}` once parsed, `event` naming the schema of `data`. Narrow on
 * `event` and `data` has its type.
 */

type Schemas = components['schemas'];
type StreamOf<Path extends keyof paths> = paths[Path] extends { get: { responses: { 200: { content: { 'text/event-stream': infer Event } } } } } ? Event : never;

/** `run.status`: a run changed status (`error` when it failed). */
export type RunStatusEvent = Schemas['RunStatusEvent'];
/** `node.status`: a node of a run changed status. */
export type NodeStatusEvent = Schemas['NodeStatusEvent'];
/** `node.progress`: what a running node reports, 0…1, never going back. */
export type NodeProgressEvent = Schemas['NodeProgressEvent'];
/** `item.finished`: an item of a batch finished. */
export type BatchItemFinishedEvent = Schemas['BatchItemFinishedEvent'];

/** One event of `GET /runs/{id}/events`: `snapshot` (a Run), `run.status`, `node.status`, `node.progress`. */
export type RunStreamEvent = StreamOf<'/api/v1/runs/{id}/events'>;
/** One event of `GET /batches/{id}/events`: `batch.progress` and `batch.completed` (a Batch), `item.finished`. */
export type BatchStreamEvent = StreamOf<'/api/v1/batches/{id}/events'>;
/** One event of `GET /graphs/{id}/runs/events`: `run` (a RunSummary), `revision` (a SavedRevision). */
export type GraphRunStreamEvent = StreamOf<'/api/v1/graphs/{id}/runs/events'>;
