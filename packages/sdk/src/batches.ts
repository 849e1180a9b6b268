import type { Transport } from './client.js';
import { followEvents, retryTransient, type FollowOptions } from './follow.js';
import type { Batch, BatchEvent, BatchItem, BatchItemList, BatchItemStatus, BatchList, BatchStatus, SubmitBatchBody } from './batch-types.js';
import { paginate } from './pagination.js';

/** A fresh Idempotency-Key: a random UUID (Node 20 and browsers in a secure context). */
export const newIdempotencyKey = (): string => globalThis.crypto.randomUUID();

export interface SubmitOptions {
  /** Reuse one to make a retried submit (a re-run script) land on the same batch; generated otherwise. */
  idempotencyKey?: string;
  /** Sends again after a network failure, 429 or 502–504, with the same key: at most one batch is created. */
  retries?: number;
  retryDelayMs?: number;
  signal?: AbortSignal;
}

export interface Submitted {
  batch: Batch;
  /** The server answered with the batch an earlier submit of the same key created. */
  replayed: boolean;
  idempotencyKey: string;
}

export interface BatchListQuery {
  graphId?: string;
  status?: BatchStatus;
  /** Page size (1–100, 20 by default), not a total: `collect(list, n)` stops after n. */
  limit?: number;
}

const FINISHED: ReadonlySet<string> = new Set<BatchStatus>(['completed', 'cancelled']);

/** `POST/GET /api/v1/batches…` (docs/batches.md). */
export function batchesApi(transport: Transport) {
  const path = (id: string, rest = '') => `/api/v1/batches/${encodeURIComponent(id)}${rest}`;

  const submit = async (body: SubmitBatchBody, { idempotencyKey = newIdempotencyKey(), retries = 3, retryDelayMs = 1_000, signal }: SubmitOptions = {}): Promise<Submitted> => {
    return retryTransient(
      async () => {
        const response = await transport.send('POST', '/api/v1/batches', { body, headers: { 'Idempotency-Key': idempotencyKey }, signal });
        const batch = (await response.json()) as Batch;
        return { batch, replayed: response.headers.get('Idempotent-Replayed') === 'true', idempotencyKey };
      },
      { retries, delayMs: retryDelayMs, ...(signal ? { signal } : {}) },
    );
  };

  const listPage = (query: BatchListQuery & { cursor?: string | undefined } = {}) => transport.json<BatchList>('GET', '/api/v1/batches', { query: { ...query } });
  const itemsPage = (id: string, query: { status?: BatchItemStatus; cursor?: string | undefined; limit?: number } = {}) =>
    transport.json<BatchItemList>('GET', path(id, '/items'), { query: { ...query } });

  return {
    submit,
    get: (id: string) => transport.json<Batch>('GET', path(id)),
    cancel: (id: string) => transport.json<Batch>('POST', path(id, '/cancel')),
    retry: (id: string) => transport.json<Batch>('POST', path(id, '/retry')),
    listPage,
    /** Every batch (newest first), page by page. */
    list: (query: BatchListQuery = {}): AsyncGenerator<Batch> =>
      paginate(async (cursor) => {
        const page = await listPage({ ...query, cursor });
        return { items: page.batches, nextCursor: page.nextCursor };
      }),
    itemsPage,
    /** Every item of a batch in index order, page by page (`limit` is the page size, 1–500). */
    items: (id: string, query: { status?: BatchItemStatus; limit?: number } = {}): AsyncGenerator<BatchItem> =>
      paginate(async (cursor) => {
        const page = await itemsPage(id, { ...query, cursor });
        return { items: page.items, nextCursor: page.nextCursor };
      }),
    /** The batch's progress events until it completes or is cancelled, resuming dropped streams. */
    events: async function* (id: string, options: FollowOptions = {}): AsyncGenerator<BatchEvent> {
      const isFinal = (event: { event: string; data: string }) => event.event === 'batch.completed' || (event.event === 'batch.progress' && FINISHED.has((JSON.parse(event.data) as Batch).status));
      for await (const event of followEvents(transport, path(id, '/events'), isFinal, options)) {
        const data: unknown = JSON.parse(event.data);
        if (event.event === 'item.finished') yield { event: 'item.finished', id: event.id, item: data as Extract<BatchEvent, { event: 'item.finished' }>['item'] };
        else if (event.event === 'batch.progress' || event.event === 'batch.completed') yield { event: event.event, id: event.id, batch: data as Batch };
        // Other event kinds are newer than this SDK: skipped.
      }
    },
  };
}

export const isBatchFinished = (batch: Pick<Batch, 'status'>): boolean => FINISHED.has(batch.status);
