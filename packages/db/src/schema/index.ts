/**
 * The database schema: one table per file, its relations beside it. drizzle-kit reads
 * this module to generate migrations (see README.md).
 */
export { graphs, graphsRelations, type GraphRow } from './graphs.js';
export { graphRevisions, graphRevisionsRelations, type GraphRevisionRow } from './graph-revisions.js';
export { users, usersRelations, type UserRow } from './users.js';
export { sessions, sessionsRelations, type SessionRow } from './sessions.js';
export { workspaces, workspacesRelations, type WorkspaceRow } from './workspaces.js';
export {
  workspaceMembers,
  workspaceMembersRelations,
  workspaceRoles,
  type WorkspaceRole,
  type WorkspaceMemberRow,
} from './workspace-members.js';
export { apiKeys, apiKeysRelations, apiKeyScopes, type ApiKeyScope, type ApiKeyRow } from './api-keys.js';
export { runs, runsRelations, runStatusValues, type RunStatusValue, type RunErrorJson, type RunRow } from './runs.js';
export { runRequests, type RunRequestRow } from './run-requests.js';
export {
  runNodes,
  runNodesRelations,
  runNodeStatusValues,
  type RunNodeStatusValue,
  type RunNodeRow,
  type StoredArtifactRef,
  type StoredNodeOutputs,
} from './run-nodes.js';
export { nodeOutputs, nodeOutputArtifacts, type NodeOutputRow } from './node-outputs.js';
export { artifacts, type ArtifactRow } from './artifacts.js';
export { graphDocUpdates, graphDocUpdatesRelations, type GraphDocUpdateRow } from './graph-doc-updates.js';
export { graphDocSnapshots, graphDocSnapshotsRelations, type GraphDocSnapshotRow } from './graph-doc-snapshots.js';
export { serverSecrets, type ServerSecretRow } from './server-secrets.js';
export {
  batches,
  batchesRelations,
  batchItems,
  batchItemsRelations,
  batchWebhookDeliveries,
  batchStatusValues,
  batchPriorityValues,
  batchItemStatusValues,
  webhookDeliveryStatusValues,
  type BatchStatusValue,
  type BatchPriorityValue,
  type BatchItemStatusValue,
  type WebhookDeliveryStatusValue,
  type NodeOverridesJson,
  type BatchRow,
  type BatchItemRow,
  type BatchWebhookDeliveryRow,
} from './batches.js';
export { workspaceBackends, workspaceBackendsRelations, type WorkspaceBackendRow } from './workspace-backends.js';
