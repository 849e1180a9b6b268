import { artifactsApi } from './artifacts.js';
import { batchesApi, newIdempotencyKey, type SubmitOptions } from './batches.js';
import { createTransport, unwrap, type ClientOptions } from './client.js';
import type { RunStreamEvent } from './event-types.js';
import { followEvents, retryTransient, type FollowOptions } from './follow.js';
import type { components } from './generated/openapi.js';
import { paginate } from './pagination.js';
import type { ServerSentEvent } from './sse.js';

export type Schemas = components['schemas'];
export type Me = Schemas['Me'];
export type GraphSummary = Schemas['GraphSummary'];
export type Graph = Schemas['Graph'];
export type Run = Schemas['Run'];

export type RunSummary = Schemas['RunSummary'];

const FINAL_RUN = new Set(['succeeded', 'failed', 'cancelled']);
const RUN_EVENTS: ReadonlySet<string> = new Set<RunStreamEvent['event']>(['snapshot', 'run.status', 'node.status', 'node.progress']);

/**
 * The Production Canvas API for scripts and pages: `api` is the typed client of every
 * documented route; the rest are helpers for what scripts do most.
 */
export function createPcanvasClient(options: ClientOptions) {
  const transport = createTransport(options);
  const { api } = transport;
  return {
    baseUrl: transport.baseUrl,
    /** Every route, typed from the OpenAPI document: `await unwrap(client.api.GET('/api/v1/me'))`. */
    api,
    /** Raw requests (throwing ApiError/NetworkError) for what the typed client does not cover. */
    transport,
    me: () => unwrap(api.GET('/api/v1/me')),
    graphs: {
      /** Every readable graph, most recently updated first (optionally of one workspace); `limit` is the page size (1–100), not a total. */
      list: (query: { workspaceId?: string; limit?: number } = {}) =>
        paginate<GraphSummary>(async (cursor) => {
          const page = await unwrap(api.GET('/api/v1/graphs', { params: { query: { ...query, ...(cursor ? { cursor } : {}) } } }));
          return { items: page.graphs, nextCursor: page.nextCursor };
        }),
      get: (id: string) => unwrap(api.GET('/api/v1/graphs/{id}', { params: { path: { id } } })),
      /**
       * A production document of the graph (`csv_shot_list`, `pdf_storyboard`, `otio`, `edl` …, docs/exports.md):
       * its bytes, media type and the file name the server gives it.
       */
      export: async (id: string, format: string, options: { revision?: number; signal?: AbortSignal } = {}): Promise<GraphExport> => {
        const query = options.revision === undefined ? '' : `?revision=${options.revision}`;
        const response = await transport.send('GET', `/api/v1/graphs/${encodeURIComponent(id)}/exports/${encodeURIComponent(format)}${query}`, { headers: { Accept: '*/*' }, signal: options.signal });
        const fileName = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? `${id}.${format}`;
        return { bytes: new Uint8Array(await response.arrayBuffer()), mediaType: response.headers.get('Content-Type') ?? 'application/octet-stream', fileName };
      },
    },
    runs: {
      /**
       * Starts a run, sent with an Idempotency-Key (generated unless given) and sent again on a
       * network failure, 429 or 502–504 with the same key: at most one run starts.
       */
      start: (graphId: string, body: { nodeIds?: string[]; revision?: number } = {}, { idempotencyKey = newIdempotencyKey(), retries = 3, retryDelayMs = 1_000, signal }: SubmitOptions = {}) =>
        retryTransient(
          () => unwrap(api.POST('/api/v1/graphs/{id}/runs', { params: { path: { id: graphId }, header: { 'idempotency-key': idempotencyKey } }, body, ...(signal ? { signal } : {}) })),
          { retries, delayMs: retryDelayMs, ...(signal ? { signal } : {}) },
        ),
      get: (id: string) => unwrap(api.GET('/api/v1/runs/{id}', { params: { path: { id } } })),
      /**
       * Every run of a graph, newest first, page by page (`limit` is the page size, 1–100). The runs
       * of batch items are in it too (`batchId` set).
       */
      list: (graphId: string, query: { limit?: number } = {}) =>
        paginate<RunSummary>(async (cursor) => {
          const page = await unwrap(api.GET('/api/v1/graphs/{id}/runs', { params: { path: { id: graphId }, query: { ...query, ...(cursor ? { cursor } : {}) } } }));
          return { items: page.runs, nextCursor: page.nextCursor };
        }),
      /**
       * A run's events until it is final, parsed: narrow on `event` and `data` has its type
       * (`snapshot` → Run, `run.status`, `node.status`, `node.progress`). A dropped stream is resumed
       * with `Last-Event-ID`; to resume in another process, pass the last `id` as `lastEventId`
       * (the stream then starts again with a fresh `snapshot`).
       */
      events: async function* (id: string, followOptions?: FollowOptions): AsyncGenerator<RunStreamEvent> {
        const isFinal = (event: ServerSentEvent) => (event.event === 'snapshot' || event.event === 'run.status') && FINAL_RUN.has((JSON.parse(event.data) as { status?: string }).status ?? '');
        for await (const event of followEvents(transport, `/api/v1/runs/${encodeURIComponent(id)}/events`, isFinal, followOptions)) {
          if (!RUN_EVENTS.has(event.event)) continue; // newer than this SDK: skipped
          yield { event: event.event, data: JSON.parse(event.data), ...(event.id === undefined ? {} : { id: event.id }) } as RunStreamEvent;
        }
      },
    },
    batches: batchesApi(transport),
    artifacts: artifactsApi(transport),
  };
}

/** A downloaded production document. */
export interface GraphExport {
  bytes: Uint8Array;
  mediaType: string;
  /** The attachment name: `<graph slug>.<extension>`. */
  fileName: string;
}

export type PcanvasClient = ReturnType<typeof createPcanvasClient>;
