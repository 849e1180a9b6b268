import type { GraphDocument } from '@pc/graph';
import { and, asc, eq, gt, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { executePrepared, executeText, sqlStringLiteral } from './raw-rows.js';
import { graphDocSnapshots } from './schema/graph-doc-snapshots.js';
import { graphDocUpdates } from './schema/graph-doc-updates.js';
import { graphs } from './schema/graphs.js';

/*
 * The stored Yjs state of a graph: one snapshot row plus an append-only log of updates.
 * The collab server is the only writer. Appends and compaction of one graph are ordered
 * by an advisory lock (appends share it, compaction holds it alone), so compaction sees
 * every row up to the highest sequence number it reads and can delete exactly those:
 * without the lock, an append that drew a lower `seq` but committed later would be
 * deleted without having been folded in.
 */

type Transaction = Parameters<Parameters<Db['transaction']>[0]>[0];
/** A transaction holding a graph's log lock exclusively (withExclusiveGraphDocLock). */
export type GraphDocLockedTransaction = Transaction;

/** What loading a graph's Yjs state replays: the snapshot (V2 encoding), then the log (V1) in order. */
export interface GraphDocState {
  snapshot: { state: Uint8Array; seqUpto: number } | undefined;
  updates: { seq: number; update: Uint8Array }[];
}

const lockKey = (graphId: string) => sql`hashtextextended(${`graph_doc:${graphId}`}, 0)`;

/** The stored Yjs state of a graph; `snapshot` undefined and no updates when it was never opened. */
export async function loadGraphDocState(db: Db | Transaction, graphId: string): Promise<GraphDocState> {
  const [snapshot] = await db
    .select({ state: graphDocSnapshots.state, seqUpto: graphDocSnapshots.seqUpto })
    .from(graphDocSnapshots)
    .where(eq(graphDocSnapshots.graphId, graphId));
  const updates = await db
    .select({ seq: graphDocUpdates.seq, update: graphDocUpdates.update })
    .from(graphDocUpdates)
    .where(eq(graphDocUpdates.graphId, graphId))
    .orderBy(asc(graphDocUpdates.seq));
  return { snapshot, updates };
}

/**
 * Stores the first Yjs state of a graph (built from `graphs.document`) unless another
 * process stored one first. Returns whether this one was stored; when it was not, the
 * caller must load the stored state instead of using its own (the two seeds would add
 * every node twice).
 */
export async function seedGraphDocSnapshot(db: Db | Transaction, graphId: string, state: Uint8Array): Promise<boolean> {
  const inserted = await db
    .insert(graphDocSnapshots)
    .values({ graphId, state, seqUpto: 0 })
    .onConflictDoNothing()
    .returning({ graphId: graphDocSnapshots.graphId });
  return inserted.length > 0;
}

/**
 * Runs `work` in a transaction holding the graph's log lock exclusively: no append is in
 * flight meanwhile, so every row below the highest `seq` it reads has committed. An
 * in-process replica can then catch up by reading only the rows after the last one it
 * applied ({@link loadGraphDocUpdatesAfter}) and append its own ({@link insertGraphDocUpdate}).
 *
 * @param options.serialised one statement or transaction at a time (PGlite): no lock needed.
 */
export async function withExclusiveGraphDocLock<T>(db: Db, graphId: string, work: (tx: GraphDocLockedTransaction) => Promise<T>, options: { serialised?: boolean } = {}): Promise<T> {
  return db.transaction(async (tx: Transaction) => {
    if (!options.serialised) await tx.execute(sql`select pg_advisory_xact_lock(${lockKey(graphId)})`);
    return work(tx);
  });
}

/**
 * The log rows after `afterSeq` and the sequence number the snapshot folds up to: when that
 * is above `afterSeq`, rows the caller never saw were folded away and it must load the
 * whole state instead. Call it under {@link withExclusiveGraphDocLock}.
 */
export async function loadGraphDocUpdatesAfter(
  tx: GraphDocLockedTransaction,
  graphId: string,
  afterSeq: number,
): Promise<{ snapshotSeqUpto: number | undefined; updates: { seq: number; update: Uint8Array }[] }> {
  // Both sent at once (pipelined on the transaction's connection): one round trip, not two.
  const [[snapshot], updates] = await Promise.all([
    tx.select({ seqUpto: graphDocSnapshots.seqUpto }).from(graphDocSnapshots).where(eq(graphDocSnapshots.graphId, graphId)),
    tx
      .select({ seq: graphDocUpdates.seq, update: graphDocUpdates.update })
      .from(graphDocUpdates)
      .where(and(eq(graphDocUpdates.graphId, graphId), gt(graphDocUpdates.seq, afterSeq)))
      .orderBy(asc(graphDocUpdates.seq)),
  ]);
  return { snapshotSeqUpto: snapshot?.seqUpto, updates };
}

/** Appends one update under {@link withExclusiveGraphDocLock}; returns its sequence number. */
export async function insertGraphDocUpdate(tx: GraphDocLockedTransaction, graphId: string, update: Uint8Array): Promise<number> {
  const [row] = await tx.insert(graphDocUpdates).values({ graphId, update }).returning({ seq: graphDocUpdates.seq });
  if (!row) throw new Error('insert into graph_doc_updates returned no row');
  return row.seq;
}

/**
 * Appends one (merged) Yjs update to a graph's log; returns its sequence number.
 *
 * @param options.serialised the database runs one statement or transaction at a time
 * (PGlite: a compaction's transaction holds off every other query), so the shared lock is
 * not needed, and a plain insert blocks the (shared) event loop a third as long.
 */
export async function appendGraphDocUpdate(db: Db, graphId: string, update: Uint8Array, options: { serialised?: boolean } = {}): Promise<number> {
  if (options.serialised) {
    const [row] = await db.insert(graphDocUpdates).values({ graphId, update }).returning({ seq: graphDocUpdates.seq });
    if (!row) throw new Error('insert into graph_doc_updates returned no row');
    return row.seq;
  }
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock_shared(${lockKey(graphId)})`);
    const [row] = await tx.insert(graphDocUpdates).values({ graphId, update }).returning({ seq: graphDocUpdates.seq });
    if (!row) throw new Error('insert into graph_doc_updates returned no row');
    return row.seq;
  });
}

/*
 * The collab server's batched append on a serialised database (embedded PGlite): one
 * statement with the values in its text, sent through the simple query protocol
 * (executeText): the per-statement protocol work of a parameterised one was a third of the
 * database thread's CPU for it, ten times a second. The values are safe to inline: each
 * graph id is quoted as a string literal, each update is hex digits. Rows go in in list
 * order, so a graph's rows keep their order.
 */
const appendUpdatesText = (rows: readonly { graphId: string; update: Uint8Array }[]): string =>
  `insert into graph_doc_updates (graph_id, update) values ${rows
    .map(({ graphId, update }) => `(${sqlStringLiteral(graphId)}, decode('${hexOf(update)}', 'hex'))`)
    .join(', ')}`;

const hexOf = (update: Uint8Array): string => Buffer.from(update.buffer, update.byteOffset, update.byteLength).toString('hex');

/*
 * On Postgres: fixed text over arrays, prepared once per connection (postgres.js). The
 * updates go as hex text: postgres.js types an array of byte arrays as one `bytea`, not
 * `bytea[]`. One statement is its own transaction: the shared locks (appendGraphDocUpdate's key) are
 * held until it commits. They are taken in a one-time filter, an uncorrelated subquery
 * Postgres evaluates before the scan produces its first row, so before any `seq` is drawn
 * (the lock calls are volatile: the planner never drops them from the counted subquery).
 */
const appendUpdatesLocked = (graphIds: string[], updates: string[]) => sql`
  insert into ${graphDocUpdates} (graph_id, update)
  select graph_id, decode(update_hex, 'hex') from unnest(${sql.param(graphIds)}::text[], ${sql.param(updates)}::text[]) as appended(graph_id, update_hex)
  where (select count(*) from (
           select pg_advisory_xact_lock_shared(hashtextextended('graph_doc:' || graph_id, 0))
           from (select distinct graph_id from unnest(${sql.param(graphIds)}::text[]) as graph_id order by graph_id) as ids
         ) as locked) >= 0`;

/**
 * Appends one row to each of several graphs' logs in one statement: the collab server
 * writes the flushes of all its rooms that fall due together as one batch. Locking as in
 * appendGraphDocUpdate (shared locks never wait for one another; only a compaction's).
 */
export async function appendGraphDocUpdates(db: Db, rows: { graphId: string; update: Uint8Array }[], options: { serialised?: boolean } = {}): Promise<void> {
  if (rows.length === 0) return;
  if (options.serialised) return executeText(db, appendUpdatesText(rows));
  await executePrepared(
    db,
    appendUpdatesLocked(
      rows.map((row) => row.graphId),
      rows.map((row) => hexOf(row.update)),
    ),
  );
}

/**
 * Folds the log into the snapshot in one transaction: `fold(snapshot, updates)` replays
 * them (into a Y.Doc: unlike `Y.mergeUpdates`, that garbage-collects) and returns the new
 * V2 state; the snapshot is replaced and the folded rows deleted.
 *
 * @returns how many log rows were folded (0: nothing to do, nothing written).
 */
export async function compactGraphDocState(
  db: Db,
  graphId: string,
  fold: (snapshot: Uint8Array | undefined, updates: Uint8Array[]) => Uint8Array,
): Promise<{ folded: number; bytes: number }> {
  return db.transaction(async (tx: Transaction) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${lockKey(graphId)})`);
    const { snapshot, updates } = await loadGraphDocState(tx, graphId);
    const last = updates.at(-1);
    if (!last) return { folded: 0, bytes: snapshot?.state.byteLength ?? 0 };
    const state = fold(
      snapshot?.state,
      updates.map((row) => row.update),
    );
    await tx
      .insert(graphDocSnapshots)
      .values({ graphId, state, seqUpto: last.seq })
      .onConflictDoUpdate({ target: graphDocSnapshots.graphId, set: { state, seqUpto: last.seq, updatedAt: sql`now()` } });
    await tx.delete(graphDocUpdates).where(and(eq(graphDocUpdates.graphId, graphId), lte(graphDocUpdates.seq, last.seq)));
    return { folded: updates.length, bytes: state.byteLength };
  });
}

/** The outcome of writing the JSON projection of a live document. */
export type GraphProjectionResult = { kind: 'written'; revision: number } | { kind: 'unchanged' } | { kind: 'not_found' };

/**
 * Writes the JSON projection of a graph's live Yjs document into `graphs.document`,
 * taking the next revision, unless it equals what is stored (jsonb equality: a
 * projection that did not change keeps the revision, so ETags stay valid). The REST API,
 * exports and runs read this column.
 */
export async function writeGraphProjection(db: Db, graphId: string, document: GraphDocument): Promise<GraphProjectionResult> {
  const json = JSON.stringify(document);
  const [row] = await db
    .update(graphs)
    .set({
      document,
      nodeCount: document.nodes.length,
      edgeCount: document.edges.length,
      revision: sql`${graphs.revision} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(graphs.id, graphId), isNull(graphs.deletedAt), sql`${graphs.document} is distinct from ${json}::jsonb`))
    .returning({ revision: graphs.revision });
  if (row) return { kind: 'written', revision: row.revision };
  const [live] = await db
    .select({ id: graphs.id })
    .from(graphs)
    .where(and(eq(graphs.id, graphId), isNull(graphs.deletedAt)));
  return live ? { kind: 'unchanged' } : { kind: 'not_found' };
}
