import type { GraphDocument } from '@pc/graph';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Db } from './client.js';
import { createCursorCodec } from './cursor.js';
import { newGraphId } from './ids.js';
import { graphs } from './schema/graphs.js';
import { workspaceMembers, type WorkspaceRole } from './schema/workspace-members.js';

/** A live graph with its document. */
export interface GraphRecord {
  id: string;
  workspaceId: string;
  name: string;
  revision: number;
  document: GraphDocument;
  nodeCount: number;
  edgeCount: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A graph as lists show it: everything but the document. */
export type GraphSummary = Omit<GraphRecord, 'document'>;

/**
 * The outcome of a guarded write. A write names the revision it was based on; when the
 * graph has moved on, nothing is written and the caller learns the current revision.
 */
export type GraphWriteResult =
  | { kind: 'written'; graph: GraphRecord }
  | { kind: 'not_found' }
  | { kind: 'revision_conflict'; currentRevision: number };

/** `expectedRevision` undefined means an unconditional write (HTTP `If-Match: *`). */
interface GuardedWrite {
  id: string;
  expectedRevision?: number | undefined;
}

/** The columns of a {@link GraphRecord}; shared with the revision queries. */
export const graphRecordColumns = {
  id: graphs.id,
  workspaceId: graphs.workspaceId,
  name: graphs.name,
  revision: graphs.revision,
  document: graphs.document,
  nodeCount: graphs.nodeCount,
  edgeCount: graphs.edgeCount,
  createdAt: graphs.createdAt,
  updatedAt: graphs.updatedAt,
};
const { document: _document, ...summaryColumns } = graphRecordColumns;

const isLive = (id: string) => and(eq(graphs.id, id), isNull(graphs.deletedAt));

/** `documentJson`: the document already serialised (`JSON.stringify(document)`), sent as it is. */
const documentColumns = (document: GraphDocument, documentJson?: string) => ({
  document: documentJson === undefined ? document : sql<GraphDocument>`${documentJson}::jsonb`,
  nodeCount: document.nodes.length,
  edgeCount: document.edges.length,
});

/** Creates a graph at revision 1. */
export async function insertGraph(
  db: Db,
  input: { name: string; workspaceId: string; document: GraphDocument },
): Promise<GraphRecord> {
  const [graph] = await db
    .insert(graphs)
    .values({ id: newGraphId(), name: input.name, workspaceId: input.workspaceId, ...documentColumns(input.document) })
    .returning(graphRecordColumns);
  if (!graph) throw new Error('insert into graphs returned no row');
  return graph;
}

/** The live graph with this id; undefined when it does not exist or was deleted. */
export async function findGraph(db: Db, id: string): Promise<GraphRecord | undefined> {
  const [graph] = await db.select(graphRecordColumns).from(graphs).where(isLive(id));
  return graph;
}

/** The current revision of a live graph, without reading its document. */
export async function findGraphRevisionNumber(db: Db, id: string): Promise<number | undefined> {
  const [row] = await db.select({ revision: graphs.revision }).from(graphs).where(isLive(id));
  return row?.revision;
}

/** The workspace of a live graph, without reading its document (access checks on hot paths). */
export async function findGraphWorkspaceId(db: Db, id: string): Promise<string | undefined> {
  const [row] = await db.select({ workspaceId: graphs.workspaceId }).from(graphs).where(isLive(id));
  return row?.workspaceId;
}

/**
 * The workspace of a live graph and `userId`'s role in it, in one query (the collab
 * upgrade check runs it for every joiner); undefined when the graph is gone or the user
 * is not a member of its workspace.
 */
export async function findGraphAccess(db: Db, graphId: string, userId: string): Promise<{ workspaceId: string; role: WorkspaceRole; revision: number } | undefined> {
  const [row] = await db
    .select({ workspaceId: graphs.workspaceId, role: workspaceMembers.role, revision: graphs.revision })
    .from(graphs)
    .innerJoin(workspaceMembers, and(eq(workspaceMembers.workspaceId, graphs.workspaceId), eq(workspaceMembers.userId, userId)))
    .where(isLive(graphId));
  return row;
}

const graphListCursor = createCursorCodec(z.strictObject({ updatedAt: z.iso.datetime(), id: z.string().max(64) }));

/**
 * One page of the live graphs a user can read (those of the workspaces they are a member
 * of, optionally one of them), most recently updated first (ties by id), as a keyset
 * scan: pages stay stable while graphs are created.
 *
 * @param page.readableBy the user whose memberships decide what is listed.
 * @param page.workspaceId only this workspace (none of it unless `readableBy` is a member:
 * when the page is empty, the caller tells an empty workspace from one it may not read).
 * @param page.cursor `nextCursor` of the previous page; omit for the first page.
 * @returns `invalid_cursor` when the cursor was not made by this function.
 */
export async function listGraphs(
  db: Db,
  page: { readableBy: string; workspaceId?: string | undefined; limit: number; cursor?: string | undefined },
): Promise<{ kind: 'page'; graphs: GraphSummary[]; nextCursor: string | null } | { kind: 'invalid_cursor' }> {
  const after = page.cursor === undefined ? undefined : graphListCursor.decode(page.cursor);
  if (page.cursor !== undefined && !after) return { kind: 'invalid_cursor' };
  const rows = await db
    .select(summaryColumns)
    .from(graphs)
    .where(
      and(
        isNull(graphs.deletedAt),
        // Membership is part of the query, also for one workspace: access and page in one
        // round trip (an empty page is then either an empty workspace or no access).
        inArray(
          graphs.workspaceId,
          db.select({ id: workspaceMembers.workspaceId }).from(workspaceMembers).where(eq(workspaceMembers.userId, page.readableBy)),
        ),
        page.workspaceId === undefined ? undefined : eq(graphs.workspaceId, page.workspaceId),
        after ? sql`(${graphs.updatedAt}, ${graphs.id}) < (${after.updatedAt}::timestamptz, ${after.id})` : undefined,
      ),
    )
    .orderBy(desc(graphs.updatedAt), desc(graphs.id))
    // One extra row tells whether another page exists without a count query.
    .limit(page.limit + 1);
  const pageRows = rows.slice(0, page.limit);
  const last = pageRows.at(-1);
  const nextCursor =
    rows.length > page.limit && last ? graphListCursor.encode({ updatedAt: last.updatedAt.toISOString(), id: last.id }) : null;
  return { kind: 'page', graphs: pageRows, nextCursor };
}

/**
 * Replaces the document (and optionally the name) in one guarded statement:
 * `UPDATE … WHERE id = $1 AND revision = $2 RETURNING`. Of two writers based on the same
 * revision exactly one wins; the other gets `revision_conflict`.
 */
export async function replaceGraphDocument(
  db: Db,
  write: GuardedWrite & { document: GraphDocument; name?: string | undefined },
  { deferDocument = false, documentJson }: { deferDocument?: boolean; documentJson?: string | undefined } = {},
): Promise<GraphWriteResult> {
  // The stored document is the one just written: not read back (a 1,000-node document is
  // ~190 KB of jsonb to send and parse). `deferDocument`: a later write in the same
  // transaction replaces it anyway (or the caller stores it with storeGraphDocument), so
  // only the guard, the revision and the name are written now. `documentJson`: serialised
  // by the caller beforehand (outside the graph's lock), exactly `JSON.stringify(document)`.
  const result = await guardedUpdate(
    db,
    write,
    { ...(deferDocument ? {} : documentColumns(write.document, documentJson)), ...(write.name === undefined ? {} : { name: write.name }) },
    { returning: summaryColumns },
  );
  return result.kind === 'written' ? { kind: 'written', graph: { ...result.graph, document: write.document } } : result;
}

/**
 * Stores a document without taking a revision: completes a write made with
 * `replaceGraphDocument(…, { deferDocument: true })` in the same transaction.
 */
export async function storeGraphDocument(db: Db, id: string, document: GraphDocument): Promise<void> {
  await db.update(graphs).set(documentColumns(document)).where(isLive(id));
}

/**
 * Renames a graph. The name is metadata, not document: the revision stays, so a rename
 * never turns a collaborator's pending document save into a conflict.
 */
export async function renameGraph(db: Db, write: GuardedWrite & { name: string }): Promise<GraphWriteResult> {
  return guardedUpdate(db, write, { name: write.name }, { bumpRevision: false });
}

/**
 * Soft-deletes a graph: it disappears from reads, its revisions stay for the runs that
 * reference them.
 */
export async function deleteGraph(db: Db, write: GuardedWrite): Promise<GraphWriteResult> {
  return guardedUpdate(db, write, { deletedAt: sql`now()` });
}

async function guardedUpdate<Columns extends typeof summaryColumns | typeof graphRecordColumns = typeof graphRecordColumns>(
  db: Db,
  write: GuardedWrite,
  changes: PgUpdateSetSource<typeof graphs>,
  { bumpRevision = true, returning = graphRecordColumns as Columns }: { bumpRevision?: boolean; returning?: Columns } = {},
): Promise<{ kind: 'written'; graph: Columns extends typeof graphRecordColumns ? GraphRecord : Omit<GraphRecord, 'document'> } | Exclude<GraphWriteResult, { kind: 'written' }>> {
  const [graph] = (await db
    .update(graphs)
    .set({ ...changes, ...(bumpRevision ? { revision: sql`${graphs.revision} + 1` } : {}), updatedAt: sql`now()` })
    .where(and(isLive(write.id), write.expectedRevision === undefined ? undefined : eq(graphs.revision, write.expectedRevision)))
    .returning(returning)) as (Columns extends typeof graphRecordColumns ? GraphRecord : Omit<GraphRecord, 'document'>)[];
  if (graph) return { kind: 'written', graph };
  // The write already failed atomically; this read only explains why.
  const currentRevision = await findGraphRevisionNumber(db, write.id);
  return currentRevision === undefined ? { kind: 'not_found' } : { kind: 'revision_conflict', currentRevision };
}
