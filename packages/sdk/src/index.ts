/**
 * @pc/sdk: a typed client for the Production Canvas API (Node 20+ and browsers).
 *
 *   const client = createPcanvasClient({ baseUrl: 'http://localhost:3000', apiKey: process.env.PCANVAS_API_KEY });
 *   const { batch } = await client.batches.submit({ graphId, items });
 *   for await (const event of client.batches.events(batch.id)) console.log(event.event);
 */
export { createPcanvasClient, type PcanvasClient, type Schemas, type Me, type Graph, type GraphSummary, type Run, type RunSummary, type GraphExport } from './pcanvas.js';
export { createTransport, unwrap, type ClientOptions, type RequestOptions, type Transport } from './client.js';
export { ApiError, NetworkError, isTransient, type FieldError } from './errors.js';
export { paginate, collect, type Page } from './pagination.js';
export { parseEventStream, type ServerSentEvent } from './sse.js';
export { followEvents, retryTransient, type FollowOptions } from './follow.js';
export { batchesApi, newIdempotencyKey, isBatchFinished, type SubmitOptions, type Submitted, type BatchListQuery } from './batches.js';
export { artifactsApi, type DownloadedArtifact } from './artifacts.js';
export type * from './batch-types.js';
export type { RunStatusEvent, NodeStatusEvent, NodeProgressEvent, BatchItemFinishedEvent, RunStreamEvent, BatchStreamEvent, GraphRunStreamEvent } from './event-types.js';
export type { paths, components } from './generated/openapi.js';
