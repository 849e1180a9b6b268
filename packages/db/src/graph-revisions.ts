import type { GraphDocument } from '@pc/graph';
import { and, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from './client.js';
import { createCursorCodec } from './cursor.js';
import { graphRecordColumns, type GraphRecord } from './graphs.js';
import { graphRevisions } from './schema/graph-revisions.js';
import { graphs } from './schema/graphs.js';

/** An immutable snapshot of a graph's document. */
export interface GraphRevisionRecord {
  graphId: string;
  revision: number;
  message: string | null;
  document: GraphDocument;
  nodeCount: number;
  edgeCount: number;
  createdAt: Date;
}

/** A snapshot as lists show it. */
export type GraphRevisionSummary = Omit<GraphRevisionRecord, 'document' | 'graphId'>;

const revisionColumns = {
  graphId: graphRevisions.graphId,
  revision: graphRevisions.revision,
  message: graphRevisions.message,
  document: graphRevisions.document,
  nodeCount: graphRevisions.nodeCount,
  edgeCount: graphRevisions.edgeCount,
  createdAt: graphRevisions.createdAt,
};
const { document: _document, graphId: _graphId, ...summaryColumns } = revisionColumns;

type Transaction = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Locks a live graph's row for the rest of the transaction; undefined when there is none. */
async function lockLiveGraph(tx: Transaction, graphId: string) {
  const [graph] = await tx
    .select({ revision: graphs.revision })
    .from(graphs)
    .where(and(eq(graphs.id, graphId), isNull(graphs.deletedAt)))
    .for('update');
  return graph;
}

/**
 * Copies the live document into `graph_revisions` at its current revision (the caller holds
 * the graph row's lock, so `graph.revision` is that revision), inside the
 * database (the document does not travel). Returns false when that revision was already
 * snapshotted. A snapshot's document never changes; its name is filled in once — a run
 * snapshots the revision it runs without one, and the person who then saves that same
 * revision under a name expects the name to stick. A name already given is kept.
 */
async function insertSnapshot(tx: Transaction, graph: { id: string; revision: number }, message: string | null): Promise<boolean> {
  const inserted = await tx
    .insert(graphRevisions)
    .select(
      tx
        .select({
          graphId: graphs.id,
          revision: graphs.revision,
          message: sql<string | null>`${message}::text`.as('message'),
          document: graphs.document,
          nodeCount: graphs.nodeCount,
          edgeCount: graphs.edgeCount,
          createdAt: sql<Date>`now()`.as('created_at'),
        })
        .from(graphs)
        .where(eq(graphs.id, graph.id)),
    )
    .onConflictDoNothing()
    .returning({ revision: graphRevisions.revision });
  if (inserted.length > 0) return true;
  if (message !== null) {
    await tx
      .update(graphRevisions)
      .set({ message })
      .where(
        and(
          eq(graphRevisions.graphId, graph.id),
          eq(graphRevisions.revision, graph.revision),
          isNull(graphRevisions.message),
        ),
      );
  }
  return false;
}

async function selectRevision(db: Db | Transaction, graphId: string, revision: number): Promise<GraphRevisionRecord | undefined> {
  const [row] = await db
    .select(revisionColumns)
    .from(graphRevisions)
    .where(and(eq(graphRevisions.graphId, graphId), eq(graphRevisions.revision, revision)));
  return row;
}

/**
 * Snapshots a graph's live document at its current revision. Idempotent: snapshotting
 * the same revision again returns the existing snapshot (`created: false`).
 */
export async function snapshotGraph(
  db: Db,
  input: { graphId: string; message?: string | null | undefined },
): Promise<{ kind: 'snapshot'; created: boolean; revision: GraphRevisionRecord } | { kind: 'not_found' }> {
  return db.transaction(async (tx) => {
    // The row lock pins the revision between the insert and the read that follows.
    const graph = await lockLiveGraph(tx, input.graphId);
    if (!graph) return { kind: 'not_found' } as const;
    const created = await insertSnapshot(tx, { id: input.graphId, revision: graph.revision }, input.message ?? null);
    const revision = await selectRevision(tx, input.graphId, graph.revision);
    if (!revision) throw new Error(`snapshot ${input.graphId}@${graph.revision} vanished inside its transaction`);
    return { kind: 'snapshot', created, revision } as const;
  });
}

/** One snapshot of a live graph; undefined when the graph or the snapshot does not exist. */
export async function findGraphRevision(db: Db, graphId: string, revision: number): Promise<GraphRevisionRecord | undefined> {
  const [row] = await db
    .select(revisionColumns)
    .from(graphRevisions)
    .innerJoin(graphs, eq(graphs.id, graphRevisions.graphId))
    .where(and(eq(graphRevisions.graphId, graphId), eq(graphRevisions.revision, revision), isNull(graphs.deletedAt)));
  return row;
}

const revisionListCursor = createCursorCodec(z.strictObject({ revision: z.int().positive() }));

/** One page of a live graph's snapshots, newest first. */
export async function listGraphRevisions(
  db: Db,
  page: { graphId: string; limit: number; cursor?: string | undefined },
): Promise<
  { kind: 'page'; revisions: GraphRevisionSummary[]; nextCursor: string | null } | { kind: 'invalid_cursor' } | { kind: 'not_found' }
> {
  const before = page.cursor === undefined ? undefined : revisionListCursor.decode(page.cursor);
  if (page.cursor !== undefined && !before) return { kind: 'invalid_cursor' };
  const [graph] = await db
    .select({ id: graphs.id })
    .from(graphs)
    .where(and(eq(graphs.id, page.graphId), isNull(graphs.deletedAt)));
  if (!graph) return { kind: 'not_found' };
  const rows = await db
    .select(summaryColumns)
    .from(graphRevisions)
    .where(and(eq(graphRevisions.graphId, page.graphId), before ? lt(graphRevisions.revision, before.revision) : undefined))
    .orderBy(desc(graphRevisions.revision))
    .limit(page.limit + 1);
  const pageRows = rows.slice(0, page.limit);
  const last = pageRows.at(-1);
  const nextCursor = rows.length > page.limit && last ? revisionListCursor.encode({ revision: last.revision }) : null;
  return { kind: 'page', revisions: pageRows, nextCursor };
}

/**
 * Makes a snapshot the live document again, as a new revision. The state being replaced
 * is snapshotted first (message `Before restoring revision N`), so a restore can itself
 * be undone by restoring that snapshot. One transaction, the graph row locked.
 */
export async function restoreGraphRevision(
  db: Db,
  input: { graphId: string; revision: number; expectedRevision?: number | undefined },
): Promise<
  | { kind: 'restored'; graph: GraphRecord }
  | { kind: 'not_found' }
  | { kind: 'revision_not_found' }
  | { kind: 'revision_conflict'; currentRevision: number }
> {
  return db.transaction(async (tx) => {
    const graph = await lockLiveGraph(tx, input.graphId);
    if (!graph) return { kind: 'not_found' } as const;
    if (input.expectedRevision !== undefined && input.expectedRevision !== graph.revision) {
      return { kind: 'revision_conflict', currentRevision: graph.revision } as const;
    }
    const snapshot = await selectRevision(tx, input.graphId, input.revision);
    if (!snapshot) return { kind: 'revision_not_found' } as const;
    await insertSnapshot(tx, { id: input.graphId, revision: graph.revision }, `Before restoring revision ${input.revision}`);
    const [restored] = await tx
      .update(graphs)
      .set({
        document: snapshot.document,
        nodeCount: snapshot.nodeCount,
        edgeCount: snapshot.edgeCount,
        revision: sql`${graphs.revision} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(graphs.id, input.graphId))
      .returning(graphRecordColumns);
    if (!restored) throw new Error(`graph ${input.graphId} vanished while locked`);
    return { kind: 'restored', graph: restored } as const;
  });
}
