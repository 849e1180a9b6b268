import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from './client.js';
import { graphs } from './schema/graphs.js';
import { workspaceMembers, type WorkspaceRole } from './schema/workspace-members.js';

/** What a read needs to decide access and freshness, without the document. */
export interface GraphReadAccess {
  id: string;
  workspaceId: string;
  revision: number;
  updatedAt: Date;
  /** The reader's role in the graph's workspace. */
  role: WorkspaceRole;
}

/**
 * A live graph's revision and the user's role in its workspace, in one round trip and
 * without reading the document: the hot path of `GET /graphs/{id}` answers 304s and
 * cached bodies from this alone. Undefined when the graph is gone or the user is not a member.
 */
export async function findGraphReadAccess(db: Db, graphId: string, userId: string): Promise<GraphReadAccess | undefined> {
  const [row] = await db
    .select({ id: graphs.id, workspaceId: graphs.workspaceId, revision: graphs.revision, updatedAt: graphs.updatedAt, role: workspaceMembers.role })
    .from(graphs)
    .innerJoin(workspaceMembers, and(eq(workspaceMembers.workspaceId, graphs.workspaceId), eq(workspaceMembers.userId, userId)))
    .where(and(eq(graphs.id, graphId), isNull(graphs.deletedAt)));
  return row;
}
