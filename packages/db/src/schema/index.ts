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
export { graphDocUpdates, graphDocUpdatesRelations, type GraphDocUpdateRow } from './graph-doc-updates.js';
export { graphDocSnapshots, graphDocSnapshotsRelations, type GraphDocSnapshotRow } from './graph-doc-snapshots.js';
export { serverSecrets, type ServerSecretRow } from './server-secrets.js';
