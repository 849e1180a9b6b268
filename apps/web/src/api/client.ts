import type { GraphDocument } from '@pc/graph';
import { ApiProblem, networkProblem, toProblem } from './problem.js';
import type { GraphPage, GraphRecord, GraphSummary, NodeTypesResponse } from './types.js';

export interface ApiClientOptions {
  /** Prefix of every request; same-origin `/api/v1` in the app (the dev server proxies it). */
  baseUrl?: string;
  fetch?: typeof fetch;
}

/**
 * The one place the web app talks HTTP. Every method resolves with the typed body or
 * rejects with an {@link ApiProblem}; nothing else escapes.
 */
export const createApiClient = ({ baseUrl = '/api/v1', fetch: fetchImpl = globalThis.fetch.bind(globalThis) }: ApiClientOptions = {}) => {
  const request = async <T>(method: string, path: string, init: { body?: unknown; headers?: Record<string, string>; signal?: AbortSignal } = {}): Promise<T> => {
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, {
        method,
        headers: {
          accept: 'application/json, application/problem+json',
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...init.headers,
        },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
        ...(init.signal ? { signal: init.signal } : {}),
      });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
      throw networkProblem(cause);
    }
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    let body: unknown = undefined;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
    }
    if (!response.ok) throw toProblem(response.status, response.statusText, body);
    return body as T;
  };

  const graphPath = (id: string) => `/graphs/${encodeURIComponent(id)}`;

  return {
    listNodeTypes: (signal?: AbortSignal) => request<NodeTypesResponse>('GET', '/node-types', signal ? { signal } : {}),

    listGraphs: ({ limit = 100, cursor }: { limit?: number; cursor?: string | null } = {}, signal?: AbortSignal) => {
      const query = new URLSearchParams({ limit: String(limit) });
      if (cursor) query.set('cursor', cursor);
      return request<GraphPage>('GET', `/graphs?${query.toString()}`, signal ? { signal } : {});
    },

    createGraph: (input: { name: string; document?: GraphDocument }) => request<GraphRecord>('POST', '/graphs', { body: input }),

    getGraph: (id: string, signal?: AbortSignal) => request<GraphRecord>('GET', graphPath(id), signal ? { signal } : {}),

    /** Saves a document over `revision`; a 412 (someone saved in between) rejects with `isConflict`. */
    saveGraph: (id: string, document: GraphDocument, revision: number) =>
      request<GraphRecord>('PUT', graphPath(id), { body: { document }, headers: { 'if-match': `"${revision}"` } }),

    renameGraph: (id: string, name: string) => request<GraphSummary>('PATCH', graphPath(id), { body: { name } }),

    deleteGraph: (id: string) => request<void>('DELETE', graphPath(id)),

    /** Where the browser downloads a graph's GraphJSON file. */
    exportUrl: (id: string) => `${baseUrl}${graphPath(id)}/export`,

    importGraph: (input: { source: string; name?: string }) =>
      request<GraphRecord>('POST', '/graphs/import', { body: { format: 'json', ...input } }),
  };
};

export type ApiClient = ReturnType<typeof createApiClient>;

/** The app's client; tests build their own with a fake fetch. */
export const api: ApiClient = createApiClient();

export { ApiProblem };
