import type { ApiApp } from '../env.js';
import { registerCreateApiKey } from './api-keys/create-api-key.js';
import { registerListApiKeys } from './api-keys/list-api-keys.js';
import { registerRevokeApiKey } from './api-keys/revoke-api-key.js';
import { registerChangePassword } from './auth/change-password.js';
import { registerInstance } from './auth/instance.js';
import { registerMe } from './auth/me.js';
import { registerSession } from './auth/session.js';
import { registerSignIn } from './auth/sign-in.js';
import { registerSignOut } from './auth/sign-out.js';
import { registerSignUp } from './auth/sign-up.js';
import { registerBatchEvents } from './batches/batch-events.js';
import { registerBatchControls } from './batches/control-batch.js';
import { registerCreateBatch } from './batches/create-batch.js';
import { registerGetBatch } from './batches/get-batch.js';
import { registerListBatchItems } from './batches/list-batch-items.js';
import { registerListBatches } from './batches/list-batches.js';
import type { RouteDeps } from './deps.js';
import { registerCreateCollabToken } from './graphs/create-collab-token.js';
import { registerCreateGraph } from './graphs/create-graph.js';
import { registerDeleteGraph } from './graphs/delete-graph.js';
import { registerExportGraph } from './graphs/export-graph.js';
import { registerExportProject } from './graphs/export-project.js';
import { registerGetGraph } from './graphs/get-graph.js';
import { registerImportGraph } from './graphs/import-graph.js';
import { registerListGraphs } from './graphs/list-graphs.js';
import { registerReimportGraph } from './graphs/reimport-graph.js';
import { registerRenameGraph } from './graphs/rename-graph.js';
import { registerReplaceGraph } from './graphs/replace-graph.js';
import { registerListNodeTypes } from './node-types.js';
import { registerCancelRun } from './runs/cancel-run.js';
import { registerGetArtifact } from './runs/get-artifact.js';
import { registerGetRun } from './runs/get-run.js';
import { registerGraphRunEvents } from './runs/graph-run-events.js';
import { registerListNodeResults } from './runs/list-node-results.js';
import { registerListRuns } from './runs/list-runs.js';
import { registerRunEvents } from './runs/run-events.js';
import { registerStartRun } from './runs/start-run.js';
import { registerCreateRevision } from './revisions/create-revision.js';
import { registerGetRevision } from './revisions/get-revision.js';
import { registerListRevisions } from './revisions/list-revisions.js';
import { registerRestoreRevision } from './revisions/restore-revision.js';
import { registerBackendRoutes } from './backends/backend-routes.js';
import { registerTestBackend } from './backends/test-backend.js';
import { registerAddMember } from './workspaces/add-member.js';
import { registerChangeMemberRole } from './workspaces/change-member-role.js';
import { registerCreateWorkspace } from './workspaces/create-workspace.js';
import { registerGetWorkspace } from './workspaces/get-workspace.js';
import { registerListMembers } from './workspaces/list-members.js';
import { registerListWorkspaces } from './workspaces/list-workspaces.js';
import { registerRemoveMember } from './workspaces/remove-member.js';

/**
 * Every /api/v1 route, one module each. A new route is registered here, listed in
 * app.test.ts and given a row in the authorization matrix (auth-matrix.test.ts fails
 * until it has one).
 */
export function registerApiRoutes(api: ApiApp, deps: RouteDeps): void {
  // Accounts and sessions.
  registerInstance(api, deps);
  registerSignUp(api, deps);
  registerSignIn(api, deps);
  registerSignOut(api, deps);
  registerChangePassword(api, deps);
  registerMe(api, deps);
  registerSession(api, deps);
  // API keys.
  registerListApiKeys(api, deps);
  registerCreateApiKey(api, deps);
  registerRevokeApiKey(api, deps);
  // Workspaces and members.
  registerListWorkspaces(api, deps);
  registerCreateWorkspace(api, deps);
  registerGetWorkspace(api, deps);
  registerListMembers(api, deps);
  registerAddMember(api, deps);
  registerChangeMemberRole(api, deps);
  registerRemoveMember(api, deps);
  // Generation back ends (per workspace, owners).
  registerBackendRoutes(api, deps);
  registerTestBackend(api, deps);
  // Graphs and revisions.
  registerListNodeTypes(api);
  registerListGraphs(api, deps);
  registerCreateGraph(api, deps);
  registerImportGraph(api, deps);
  registerReimportGraph(api, deps);
  registerGetGraph(api, deps);
  registerReplaceGraph(api, deps);
  registerRenameGraph(api, deps);
  registerDeleteGraph(api, deps);
  registerExportGraph(api, deps);
  registerExportProject(api, deps);
  registerCreateCollabToken(api, deps);
  registerCreateRevision(api, deps);
  registerListRevisions(api, deps);
  registerGetRevision(api, deps);
  registerRestoreRevision(api, deps);
  // Runs and their artifacts.
  registerStartRun(api, deps);
  registerListRuns(api, deps);
  registerListNodeResults(api, deps);
  registerGraphRunEvents(api, deps);
  registerGetRun(api, deps);
  registerCancelRun(api, deps);
  registerRunEvents(api, deps);
  registerGetArtifact(api, deps);
  // Batches.
  registerCreateBatch(api, deps);
  registerListBatches(api, deps);
  registerGetBatch(api, deps);
  registerListBatchItems(api, deps);
  registerBatchControls(api, deps);
  registerBatchEvents(api, deps);
}
