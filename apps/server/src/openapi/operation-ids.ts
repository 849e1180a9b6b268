/*
 * A name per operation, for clients generated from the document (openapi-generator,
 * openapi-fetch, Orval …): without one they invent `postApiV1GraphsIdRuns`. Verbs from the
 * domain, stable once published: renaming one renames a method in every generated client.
 * A route added without a name here fails operation-ids.test.ts.
 */
export const OPERATION_IDS: Readonly<Record<string, string>> = {
  'GET /api/v1/auth/instance': 'getInstance',
  'POST /api/v1/auth/signup': 'signUp',
  'POST /api/v1/auth/login': 'signIn',
  'POST /api/v1/auth/logout': 'signOut',
  'POST /api/v1/auth/password': 'changePassword',
  'GET /api/v1/me': 'getMe',
  'GET /api/v1/auth/session': 'getSession',
  'GET /api/v1/api-keys': 'listApiKeys',
  'POST /api/v1/api-keys': 'createApiKey',
  'DELETE /api/v1/api-keys/{id}': 'revokeApiKey',
  'GET /api/v1/workspaces': 'listWorkspaces',
  'POST /api/v1/workspaces': 'createWorkspace',
  'GET /api/v1/workspaces/{id}': 'getWorkspace',
  'GET /api/v1/workspaces/{id}/members': 'listMembers',
  'POST /api/v1/workspaces/{id}/members': 'addMember',
  'PATCH /api/v1/workspaces/{id}/members/{userId}': 'changeMemberRole',
  'DELETE /api/v1/workspaces/{id}/members/{userId}': 'removeMember',
  'GET /api/v1/workspaces/{id}/backends': 'listBackends',
  'POST /api/v1/workspaces/{id}/backends': 'createBackend',
  'GET /api/v1/workspaces/{id}/backends/{backendId}': 'getBackend',
  'PATCH /api/v1/workspaces/{id}/backends/{backendId}': 'updateBackend',
  'DELETE /api/v1/workspaces/{id}/backends/{backendId}': 'deleteBackend',
  'POST /api/v1/workspaces/{id}/backends/{backendId}/test': 'testBackend',
  'GET /api/v1/node-types': 'listNodeTypes',
  'GET /api/v1/graphs': 'listGraphs',
  'POST /api/v1/graphs': 'createGraph',
  'POST /api/v1/graphs/import': 'importGraph',
  'POST /api/v1/graphs/{id}/import': 'reimportGraph',
  'GET /api/v1/graphs/{id}': 'getGraph',
  'PUT /api/v1/graphs/{id}': 'replaceGraph',
  'PATCH /api/v1/graphs/{id}': 'renameGraph',
  'DELETE /api/v1/graphs/{id}': 'deleteGraph',
  'GET /api/v1/graphs/{id}/export': 'exportProject',
  'GET /api/v1/graphs/{id}/exports/{format}': 'exportGraph',
  'POST /api/v1/graphs/{id}/collab-token': 'createCollabToken',
  'POST /api/v1/graphs/{id}/revisions': 'saveRevision',
  'GET /api/v1/graphs/{id}/revisions': 'listRevisions',
  'GET /api/v1/graphs/{id}/revisions/{rev}': 'getRevision',
  'POST /api/v1/graphs/{id}/revisions/{rev}/restore': 'restoreRevision',
  'POST /api/v1/graphs/{id}/runs': 'startRun',
  'GET /api/v1/graphs/{id}/runs': 'listRuns',
  'GET /api/v1/graphs/{id}/runs/events': 'streamGraphRunEvents',
  'GET /api/v1/graphs/{id}/results': 'listNodeResults',
  'GET /api/v1/runs/{id}': 'getRun',
  'POST /api/v1/runs/{id}/cancel': 'cancelRun',
  'GET /api/v1/runs/{id}/events': 'streamRunEvents',
  'GET /api/v1/artifacts/{hash}': 'getArtifact',
  'POST /api/v1/batches': 'submitBatch',
  'GET /api/v1/batches': 'listBatches',
  'GET /api/v1/batches/{id}': 'getBatch',
  'GET /api/v1/batches/{id}/items': 'listBatchItems',
  'POST /api/v1/batches/{id}/cancel': 'cancelBatch',
  'POST /api/v1/batches/{id}/retry': 'retryBatch',
  'GET /api/v1/batches/{id}/events': 'streamBatchEvents',
  'GET /healthz': 'getHealth',
  'GET /readyz': 'getReadiness',
  'GET /metrics': 'getMetrics',
};

export interface DocumentWithPaths {
  paths?: object;
}

/** The keys of a path item that are operations. */
export const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** Sets each operation's `operationId` from {@link OPERATION_IDS}; one it does not name keeps none (the test says so). */
export function withOperationIds<T extends DocumentWithPaths>(document: T): T {
  for (const [path, item] of Object.entries((document.paths ?? {}) as Record<string, Record<string, unknown> | undefined>)) {
    for (const [method, operation] of Object.entries(item ?? {})) {
      const operationId = OPERATION_IDS[`${method.toUpperCase()} ${path}`];
      if (METHODS.has(method) && operationId && typeof operation === 'object' && operation !== null) Object.assign(operation, { operationId });
    }
  }
  return document;
}
