/**
 * @pc/db — the database: drizzle schema, embedded migrations, one client factory for
 * Postgres (postgres.js) and embedded PGlite, and the queries the apps share.
 * See README.md for the design and the rules for adding a table or a migration.
 */
export { createDatabase, type Database, type DatabaseKind, type DatabaseOptions, type Db, type Schema } from './client.js';
export { migrate, getMigrationStatus, type MigrationReport, type MigrationStatus } from './migrations/migrate.js';
export { newGraphId, isGraphId, newRunId, isRunId, newBackendId, newBatchId, isBatchId, newWebhookDeliveryId, randomBase32 } from './ids.js';
export { executePrepared, selectPreparedRows, selectPreparedRowsInSequence, selectRows } from './raw-rows.js';
export { isTransactionConflict, retryOnConflict } from './transient.js';
export { findLatestNodeResults, NODE_RESULT_STATUSES, type NodeResultRecord, type NodeRunRecord } from './node-results.js';
export { claimRunRequest, settleRunRequest, releaseRunRequest, RUN_REQUEST_CLAIM_TTL_MS, type RunRequestClaim } from './run-requests.js';
export {
  insertGraph,
  findGraph,
  findGraphRevisionNumber,
  findGraphAccess,
  findGraphWorkspaceId,
  listGraphs,
  storeGraphDocument,
  replaceGraphDocument,
  renameGraph,
  deleteGraph,
  type GraphRecord,
  type GraphSummary,
  type GraphWriteResult,
} from './graphs.js';
export {
  snapshotGraph,
  findGraphRevision,
  listGraphRevisions,
  restoreGraphRevision,
  type GraphRevisionRecord,
  type GraphRevisionSummary,
} from './graph-revisions.js';
export {
  signUpUser,
  hasAnyAccount,
  findUserCredentials,
  findUserByEmail,
  findPasswordHash,
  updatePasswordHash,
  type UserRecord,
} from './users.js';
export {
  insertSession,
  findLiveSession,
  touchSession,
  deleteSession,
  deleteUserSessions,
  deleteExpiredSessions,
  type SessionRecord,
} from './sessions.js';
export {
  createWorkspace,
  listUserWorkspaces,
  pageUserWorkspaces,
  findMemberWorkspace,
  findPersonalWorkspaceId,
  listWorkspaceMembers,
  pageWorkspaceMembers,
  addWorkspaceMember,
  changeWorkspaceRole,
  removeWorkspaceMember,
  type MemberWorkspace,
  type WorkspaceMember,
  type MembershipChange,
} from './workspaces.js';
export {
  loadGraphDocState,
  seedGraphDocSnapshot,
  appendGraphDocUpdate,
  appendGraphDocUpdates,
  compactGraphDocState,
  writeGraphProjection,
  withExclusiveGraphDocLock,
  loadGraphDocUpdatesAfter,
  insertGraphDocUpdate,
  type GraphDocLockedTransaction,
  type GraphDocState,
  type GraphProjectionResult,
} from './graph-doc-state.js';
export { getOrCreateServerSecret } from './server-secrets.js';
export {
  listWorkspaceBackends,
  findWorkspaceBackend,
  findDefaultWorkspaceBackend,
  insertWorkspaceBackend,
  updateWorkspaceBackend,
  deleteWorkspaceBackend,
  type WorkspaceBackendRecord,
  type BackendWrite,
  type BackendWriteResult,
} from './workspace-backends.js';
export { insertApiKey, listApiKeys, pageApiKeys, findApiKeyByHash, isApiKeyLive, touchApiKey, deleteApiKey, type ApiKeyRecord } from './api-keys.js';
export {
  graphs,
  graphRevisions,
  users,
  sessions,
  workspaces,
  workspaceMembers,
  apiKeys,
  graphDocUpdates,
  graphDocSnapshots,
  serverSecrets,
  workspaceBackends,
  type WorkspaceBackendRow,
  workspaceRoles,
  apiKeyScopes,
  type GraphRow,
  type GraphRevisionRow,
  type WorkspaceRole,
  type ApiKeyScope,
  runs,
  runNodes,
  nodeOutputs,
  nodeOutputArtifacts,
  artifacts,
  runStatusValues,
  runNodeStatusValues,
  type RunStatusValue,
  type RunNodeStatusValue,
  type RunErrorJson,
  type RunRow,
  type RunNodeRow,
  type NodeOutputRow,
  type ArtifactRow,
  type StoredArtifactRef,
  type StoredNodeOutputs,
  batches,
  batchItems,
  batchWebhookDeliveries,
  batchStatusValues,
  batchPriorityValues,
  batchItemStatusValues,
  type BatchStatusValue,
  type BatchPriorityValue,
  type BatchItemStatusValue,
  type WebhookDeliveryStatusValue,
  type NodeOverridesJson,
  type BatchRow,
  type BatchItemRow,
  type BatchWebhookDeliveryRow,
} from './schema/index.js';
export type { KeysetPage } from './cursor.js';
export { findGraphReadAccess, type GraphReadAccess } from './graph-access.js';
