import type { GraphDocument } from '@pc/graph';
import { ApiProblem, networkProblem, toProblem } from './problem.js';
import type {
  ApiKey,
  ApiKeyScope,
  Batch,
  BatchItemPage,
  BatchItemStatus,
  BatchPage,
  CreatedApiKey,
  GraphPage,
  GraphRecord,
  GraphRevision,
  GraphRevisionPage,
  GraphSummary,
  ImportReport,
  Me,
  NodeResultList,
  NodeTypesResponse,
  Run,
  RunAccepted,
  RunPage,
  User,
  Workspace,
  WorkspaceMember,
  WorkspaceRole,
} from './types.js';

export interface ApiClientOptions {
  /** Prefix of every request; same-origin `/api/v1` in the app (the dev server proxies it). */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Called when the server answers 401: the session is over (expired, revoked, signed out elsewhere). */
  onUnauthenticated?: () => void;
}

/**
 * The one place the web app talks HTTP. Every method resolves with the typed body or
 * rejects with an {@link ApiProblem}; nothing else escapes.
 */
export const createApiClient = ({ baseUrl = '/api/v1', fetch: fetchImpl = globalThis.fetch.bind(globalThis), onUnauthenticated }: ApiClientOptions = {}) => {
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
    if (!response.ok) {
      const problem = toProblem(response.status, response.statusText, body);
      // A wrong password at sign-in is a 401 too, but not a lost session.
      if (response.status === 401 && problem.code === 'unauthenticated') onUnauthenticated?.();
      throw problem;
    }
    return body as T;
  };

  const graphPath = (id: string) => `/graphs/${encodeURIComponent(id)}`;

  return {
    listNodeTypes: (signal?: AbortSignal) => request<NodeTypesResponse>('GET', '/node-types', signal ? { signal } : {}),

    listGraphs: ({ limit = 100, cursor, workspaceId }: { limit?: number; cursor?: string | null; workspaceId?: string | undefined } = {}, signal?: AbortSignal) => {
      const query = new URLSearchParams({ limit: String(limit) });
      if (cursor) query.set('cursor', cursor);
      if (workspaceId) query.set('workspaceId', workspaceId);
      return request<GraphPage>('GET', `/graphs?${query.toString()}`, signal ? { signal } : {});
    },

    createGraph: (input: { name: string; workspaceId?: string | undefined; document?: GraphDocument }) => request<GraphRecord>('POST', '/graphs', { body: input }),

    getGraph: (id: string, signal?: AbortSignal) => request<GraphRecord>('GET', graphPath(id), signal ? { signal } : {}),

    /** Saves a document over `revision`; a 412 (someone saved in between) rejects with `isConflict`. */
    saveGraph: (id: string, document: GraphDocument, revision: number) =>
      request<GraphRecord>('PUT', graphPath(id), { body: { document }, headers: { 'if-match': `"${revision}"` } }),

    renameGraph: (id: string, name: string) => request<GraphSummary>('PATCH', graphPath(id), { body: { name } }),

    deleteGraph: (id: string) => request<void>('DELETE', graphPath(id)),

    /** Where the browser downloads a graph's GraphJSON file. */
    exportUrl: (id: string) => `${baseUrl}${graphPath(id)}/export`,
    /** A production document of the graph's current revision (shot list, storyboard, EDL …). */
    projectExportUrl: (id: string, format: string) => `${baseUrl}${graphPath(id)}/exports/${encodeURIComponent(format)}`,

    /** A new graph from GraphJSON text or a screenplay: Fountain or Final Draft XML, or a PDF, Fade In, Highland or Word file as base64 (its Scenes, Characters and Locations). */
    importGraph: (input: { format: 'json' | 'fountain' | 'fdx' | 'pdf' | 'fadein' | 'highland' | 'docx'; source: string; name?: string | undefined; workspaceId?: string | undefined }) =>
      request<GraphRecord & { importReport?: ImportReport }>('POST', '/graphs/import', { body: input }),

    /** Syncs a graph with the next draft of its screenplay (matched nodes updated, the rest kept; docs/api.md). */
    reimportScreenplay: (id: string, source: string, format: 'fountain' | 'fdx' = 'fountain') =>
      request<GraphRecord & { importReport: ImportReport }>('POST', `${graphPath(id)}/import`, { body: { format, source } }),

    // Runs (docs/runs.md).
    /** Runs the saved document (all of it, or `nodeIds` and their dependants); 422 `graph_not_runnable` lists why not. */
    /** `idempotencyKey`: the same key on a retry of one press gets the run its first request started, never a second. */
    startRun: (graphId: string, input: { nodeIds?: string[] } = {}, { idempotencyKey }: { idempotencyKey?: string } = {}) =>
      request<RunAccepted>('POST', `${graphPath(graphId)}/runs`, { body: input, ...(idempotencyKey ? { headers: { 'idempotency-key': idempotencyKey } } : {}) }),
    getRun: (runId: string, signal?: AbortSignal) => request<Run>('GET', `/runs/${encodeURIComponent(runId)}`, signal ? { signal } : {}),
    cancelRun: (runId: string) => request<RunAccepted>('POST', `/runs/${encodeURIComponent(runId)}/cancel`),
    listRuns: (graphId: string, { limit = 20, cursor }: { limit?: number; cursor?: string | null } = {}, signal?: AbortSignal) => {
      const query = new URLSearchParams({ limit: String(limit) });
      if (cursor) query.set('cursor', cursor);
      return request<RunPage>('GET', `${graphPath(graphId)}/runs?${query.toString()}`, signal ? { signal } : {});
    },
    /** Each node's latest result across the graph's runs: what its card shows. */
    listNodeResults: (graphId: string, signal?: AbortSignal) => request<NodeResultList>('GET', `${graphPath(graphId)}/results`, signal ? { signal } : {}),
    /** Where the browser follows a run live (Server-Sent Events). */
    runEventsUrl: (runId: string) => `${baseUrl}/runs/${encodeURIComponent(runId)}/events`,
    /** Where the browser hears of every run started on a graph (Server-Sent Events). */
    graphRunEventsUrl: (graphId: string) => `${baseUrl}${graphPath(graphId)}/runs/events`,
    getRevision: (graphId: string, revision: number, signal?: AbortSignal) =>
      request<GraphRevision>('GET', `${graphPath(graphId)}/revisions/${revision}`, signal ? { signal } : {}),
    /** The graph's saved revisions (snapshots), newest first. */
    listRevisions: (graphId: string, { limit = 20, cursor }: { limit?: number; cursor?: string | null } = {}, signal?: AbortSignal) => {
      const query = new URLSearchParams({ limit: String(limit) });
      if (cursor) query.set('cursor', cursor);
      return request<GraphRevisionPage>('GET', `${graphPath(graphId)}/revisions?${query.toString()}`, signal ? { signal } : {});
    },
    /** Snapshots the graph as collaborators see it now (or returns the snapshot of this revision). */
    snapshotGraph: (graphId: string, message: string) => request<GraphRevision>('POST', `${graphPath(graphId)}/revisions`, { body: { message } }),
    /** Puts a snapshot back as a new revision, if the graph is still at `currentRevision` (else a 412). */
    restoreRevision: (graphId: string, revision: number, currentRevision: number) =>
      request<GraphRecord>('POST', `${graphPath(graphId)}/revisions/${revision}/restore`, { headers: { 'if-match': `"${currentRevision}"` } }),

    // Batches (docs/batches.md).
    listBatches: ({ workspaceId, limit = 50, cursor }: { workspaceId?: string | undefined; limit?: number; cursor?: string | null } = {}, signal?: AbortSignal) => {
      const query = new URLSearchParams({ limit: String(limit) });
      if (workspaceId) query.set('workspaceId', workspaceId);
      if (cursor) query.set('cursor', cursor);
      return request<BatchPage>('GET', `/batches?${query.toString()}`, signal ? { signal } : {});
    },
    getBatch: (id: string, signal?: AbortSignal) => request<Batch>('GET', `/batches/${encodeURIComponent(id)}`, signal ? { signal } : {}),
    listBatchItems: (id: string, { status, limit = 100, cursor }: { status?: BatchItemStatus | undefined; limit?: number; cursor?: string | null } = {}, signal?: AbortSignal) => {
      const query = new URLSearchParams({ limit: String(limit) });
      if (status) query.set('status', status);
      if (cursor) query.set('cursor', cursor);
      return request<BatchItemPage>('GET', `/batches/${encodeURIComponent(id)}/items?${query.toString()}`, signal ? { signal } : {});
    },
    cancelBatch: (id: string) => request<Batch>('POST', `/batches/${encodeURIComponent(id)}/cancel`),
    retryBatch: (id: string) => request<Batch>('POST', `/batches/${encodeURIComponent(id)}/retry`),
    /** Where the browser follows a batch live (Server-Sent Events). */
    batchEventsUrl: (id: string) => `${baseUrl}/batches/${encodeURIComponent(id)}/events`,

    // Accounts and sessions (the session is an httpOnly cookie the browser keeps).
    signUp: (input: { email: string; password: string; name: string }) => request<{ user: User }>('POST', '/auth/signup', { body: input }),
    signIn: (input: { email: string; password: string }) => request<{ user: User }>('POST', '/auth/login', { body: input }),
    signOut: () => request<void>('POST', '/auth/logout'),
    changePassword: (input: { currentPassword: string; newPassword: string }) => request<void>('POST', '/auth/password', { body: input }),
    /** Who is signed in: `me` null for nobody (a 200: GET /me's 401 was logged as an error on every signed-out load). */
    getSession: (signal?: AbortSignal) => request<{ me: Me | null }>('GET', '/auth/session', signal ? { signal } : {}),
    /** Public: false until the install's first account exists. */
    getInstance: (signal?: AbortSignal) => request<{ hasOwner: boolean }>('GET', '/auth/instance', signal ? { signal } : {}),

    // Workspaces and members.
    createWorkspace: (name: string) => request<Workspace>('POST', '/workspaces', { body: { name } }),
    listMembers: (workspaceId: string, signal?: AbortSignal) =>
      request<{ members: WorkspaceMember[] }>('GET', `/workspaces/${encodeURIComponent(workspaceId)}/members`, signal ? { signal } : {}),
    addMember: (workspaceId: string, input: { email: string; role: WorkspaceRole }) =>
      request<WorkspaceMember>('POST', `/workspaces/${encodeURIComponent(workspaceId)}/members`, { body: input }),
    changeMemberRole: (workspaceId: string, userId: string, role: WorkspaceRole) =>
      request<WorkspaceMember>('PATCH', `/workspaces/${encodeURIComponent(workspaceId)}/members/${encodeURIComponent(userId)}`, { body: { role } }),
    removeMember: (workspaceId: string, userId: string) =>
      request<void>('DELETE', `/workspaces/${encodeURIComponent(workspaceId)}/members/${encodeURIComponent(userId)}`),

    // API keys for scripts.
    listApiKeys: (signal?: AbortSignal) => request<{ apiKeys: ApiKey[] }>('GET', '/api-keys', signal ? { signal } : {}),
    createApiKey: (input: { name: string; scopes: ApiKeyScope[]; expiresAt?: string }) => request<CreatedApiKey>('POST', '/api-keys', { body: input }),
    revokeApiKey: (id: string) => request<void>('DELETE', `/api-keys/${encodeURIComponent(id)}`),
  };
};

export type ApiClient = ReturnType<typeof createApiClient>;

/** Listeners for "the session is over"; the session store subscribes (see auth/session.ts). */
const unauthenticatedListeners = new Set<() => void>();
export const onUnauthenticated = (listener: () => void): (() => void) => {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
};

/** The app's client; tests build their own with a fake fetch. */
export const api: ApiClient = createApiClient({ onUnauthenticated: () => unauthenticatedListeners.forEach((listener) => listener()) });

export { ApiProblem };
