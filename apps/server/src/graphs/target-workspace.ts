import { findPersonalWorkspaceId, type Db } from '@pc/db';
import type { Actor } from '../auth/actor.js';
import { workspaceFor } from '../auth/access.js';

/**
 * Where a new graph goes: the workspace asked for, when the actor may write there (an
 * outsider gets 404, a viewer 403), else the actor's personal workspace.
 */
export async function targetWorkspaceId(db: Db, actor: Actor, requested: string | undefined): Promise<string> {
  if (requested !== undefined) return (await workspaceFor(db, actor, requested, 'write')).id;
  const personal = await findPersonalWorkspaceId(db, actor.user.id);
  if (!personal) throw new Error(`user ${actor.user.id} has no personal workspace`);
  return personal;
}
