import { findMemberWorkspace, isBatchId, type Db } from '@pc/db';
import { loadBatchView, type BatchView } from '@pc/engine';
import type { Actor } from '../../auth/actor.js';
import { roleAllows, type WorkspacePermission } from '../../auth/access.js';
import { ApiError, notFound } from '../../errors/api-error.js';

/** The batch, when the actor's role in its workspace allows `permission`; 404 for outsiders and unknown ids alike. */
export async function batchFor(db: Db, actor: Actor, batchId: string, permission: WorkspacePermission): Promise<BatchView> {
  const found = isBatchId(batchId) ? await loadBatchView(db, batchId) : undefined;
  const workspace = found && (await findMemberWorkspace(db, found.row.workspaceId, actor.user.id));
  if (!found || !workspace) throw notFound(`Batch ${batchId}`);
  if (!roleAllows(workspace.role, permission)) {
    throw new ApiError('forbidden', { detail: `A ${workspace.role} cannot change this.`, extensions: { role: workspace.role } });
  }
  return found.view;
}
