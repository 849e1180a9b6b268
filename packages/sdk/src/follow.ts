import type { Transport } from './client.js';
import { ApiError, isTransient, NetworkError } from './errors.js';
import { parseEventStream, type ServerSentEvent } from './sse.js';

export interface FollowOptions {
  /** Resume after this event id (what the last stream delivered). */
  lastEventId?: string | undefined;
  signal?: AbortSignal | undefined;
  /** Reconnections in a row without receiving an event before giving up. */
  maxReconnects?: number;
  /** Wait before the first reconnection; doubles each time, up to 30 s. */
  reconnectDelayMs?: number;
  /** Told about every reconnection (a CLI prints "reconnecting …"). */
  onReconnect?: (attempt: number, error: unknown) => void;
}

/**
 * The events of an SSE route, across dropped connections: a stream that breaks, or ends
 * before `isFinal` saw its last event, is opened again with `Last-Event-ID`, so the server
 * resumes where the client was. Uses fetch rather than EventSource (which cannot send an
 * Authorization header), so it works the same in Node and in browsers.
 */
export async function* followEvents(
  transport: Transport,
  path: string,
  isFinal: (event: ServerSentEvent) => boolean,
  { lastEventId, signal, maxReconnects = 10, reconnectDelayMs = 1_000, onReconnect }: FollowOptions = {},
): AsyncGenerator<ServerSentEvent> {
  let lastId = lastEventId;
  let failures = 0;
  for (;;) {
    let error: unknown = new NetworkError('The event stream ended before its final event.');
    try {
      const response = await transport.send('GET', path, {
        headers: { Accept: 'text/event-stream', ...(lastId ? { 'Last-Event-ID': lastId } : {}) },
        signal,
      });
      if (!response.body) throw new NetworkError('The event stream has no body.');
      for await (const event of parseEventStream(response.body)) {
        failures = 0;
        if (event.id !== undefined) lastId = event.id;
        yield event;
        if (isFinal(event)) return;
      }
    } catch (caught) {
      if (signal?.aborted) throw caught;
      // A problem answer (404, 403 …) will not change on retry; a broken connection may.
      if (caught instanceof ApiError && !isTransient(caught)) throw caught;
      error = caught instanceof ApiError || caught instanceof NetworkError ? caught : new NetworkError(`The event stream broke: ${String(caught)}`, { cause: caught });
    }
    failures += 1;
    if (failures > maxReconnects) throw error;
    onReconnect?.(failures, error);
    await sleep(Math.min(reconnectDelayMs * 2 ** (failures - 1), 30_000), signal);
  }
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Calls `operation` again after a transient failure (no answer, 429, 502–504), with exponential backoff. */
export async function retryTransient<T>(operation: () => Promise<T>, { retries = 5, delayMs = 500, signal }: { retries?: number; delayMs?: number; signal?: AbortSignal } = {}): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= retries || !isTransient(error) || signal?.aborted) throw error;
      await sleep(Math.min(delayMs * 2 ** attempt, 30_000), signal);
    }
  }
}
