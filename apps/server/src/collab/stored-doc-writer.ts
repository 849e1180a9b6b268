import {
  insertGraphDocUpdate,
  loadGraphDocState,
  loadGraphDocUpdatesAfter,
  seedGraphDocSnapshot,
  storeGraphDocument,
  withExclusiveGraphDocLock,
  type Db,
  type GraphDocLockedTransaction,
} from '@pc/db';
import { createGraphDoc, SERVER_ORIGIN } from '@pc/document';
import type { GraphDocument } from '@pc/graph';
import * as Y from 'yjs';
import { applyRestDocument, LOAD_ORIGIN, mergeForLog, type AppliedRestDocument } from './doc-store.js';

/**
 * A replica of a graph's stored Yjs state, with the last log row it includes and, when the
 * last thing applied to it was a REST document, that document: the next diff then skips
 * the nodes that did not change without reading them back from the Y.Doc.
 */
interface StoredReplica {
  doc: Y.Doc;
  seq: number;
  document?: AppliedRestDocument | undefined;
}

/**
 * One REST write. `store` writes the projection on the transaction; `documentOf` names the
 * document it stored (undefined: refused). A write with `deferrable` may be asked to skip
 * the document column (`deferDocument`) when a later write of the same batch stores its
 * own: 100 queued PUTs of a 1,000-node graph then send one 190 KB document to Postgres,
 * not 100. The writer stores a deferred document itself when no later write replaced it.
 */
/**
 * `deferDocument`: a later write of the batch stores its own document, skip this one's.
 * `documentJson`: this write's `document`, serialised before the graph's lock was taken (the
 * write that sends the batch's document, when it named one): store exactly that text.
 */
export interface StoreOptions {
  deferDocument: boolean;
  documentJson?: string | undefined;
}

export interface StoredWrite<T> {
  /**
   * The stores of a batch are started together, in order (pipelined): a store sends its
   * first statement before it awaits anything else, and reads its results in order.
   */
  store: (tx: Db, options: StoreOptions) => Promise<T>;
  documentOf: (stored: T) => GraphDocument | undefined;
  deferrable?: boolean;
  /**
   * The document `store` writes unless it is refused, when known beforehand: the writer
   * then diffs it into its replica before taking the graph's lock (see `write`).
   */
  document?: GraphDocument;
  /** `JSON.stringify(document)`, when the caller made it already (a PUT answers with it too). */
  documentJson?: string | undefined;
}

export interface StoredDocWriter {
  /**
   * Runs the writes' `store`s in order and makes the stored Yjs state equal to the last
   * document one of them stored (already validated), in one transaction under the graph's
   * exclusive log lock: one commit, never the projection without the log. Every write
   * replaces the whole document, so the diff of the last one is the diff of them all.
   * `update` is the appended diff (to relay to replicas open elsewhere), undefined when
   * nothing changed. Any error rolls back all of them.
   */
  write(graphId: string, writes: readonly StoredWrite<unknown>[]): Promise<{ stored: unknown[]; update: Uint8Array | undefined }>;
  /** Drops the replica of a graph (deleted, or a room opened here). */
  forget(graphId: string): void;
  close(): void;
}

/** Whether a later write of the batch stores its own document, so this one need not send it. */
const deferDocumentAt = (writes: readonly StoredWrite<unknown>[], index: number): boolean =>
  writes[index]!.deferrable === true && writes.slice(index + 1).some((later) => later.deferrable);

/**
 * Starts the batch's `store`s together, in order: their statements go out pipelined on the
 * transaction's connection and Postgres runs them in the order sent, so each one's guard
 * still sees the revision the one before took. Awaited one by one, each was a round trip
 * under the graph's lock, and on a busy process each round trip also waits for the event
 * loop to come back to the transaction: the lock was held for n turns of it, now for one.
 */
const storeInOrder = (tx: Db, writes: readonly StoredWrite<unknown>[], sentJson: readonly (string | undefined)[]): Promise<unknown[]> =>
  Promise.all(writes.map((write, index) => write.store(tx, { deferDocument: deferDocumentAt(writes, index), documentJson: sentJson[index] })));

/**
 * The documents the batch sends, serialised before the lock (190 KB of JSON is 1–3 ms):
 * those of the writes that name theirs and do not defer it.
 */
const serialiseSentDocuments = (writes: readonly StoredWrite<unknown>[]): (string | undefined)[] =>
  writes.map((write, index) => (write.document === undefined || deferDocumentAt(writes, index) ? undefined : (write.documentJson ?? JSON.stringify(write.document))));

/**
 * REST writes to graphs nobody is editing here (the caller batches the writes of one graph
 * that queue up while one transaction runs). Loading the whole stored state (snapshot +
 * log) into a fresh Y.Doc per write cost more than everything else a PUT does, and the log
 * grew by one row per write; the projection and the log were two commits. Instead the last few graphs written keep a replica in memory
 * with the `seq` of the last log row it holds; a write then, in one transaction under the
 * graph's exclusive log lock (no append in flight, so nothing below the highest `seq` can
 * still appear): reads only the rows after that `seq` (other processes' writes, rooms that
 * were open meanwhile), diffs the document into the replica and appends the diff. The diff
 * of a write that names its `document` is made before the lock is taken (the lock is held
 * while Postgres writes, not while this process computes), and completed under it.
 * When the snapshot was compacted past the replica's `seq` (rows it never saw were folded
 * away), the replica is reloaded from the stored state.
 */
export function createStoredDocWriter(db: Db, { serialised = false, maxReplicas = 8 }: { serialised?: boolean; maxReplicas?: number } = {}): StoredDocWriter {
  const replicas = new Map<string, StoredReplica>();

  const loadReplica = async (tx: GraphDocLockedTransaction, graphId: string, document: GraphDocument): Promise<StoredReplica> => {
    let state = await loadGraphDocState(tx, graphId);
    if (!state.snapshot && state.updates.length === 0) {
      // Never opened: seed from the projection the caller just wrote (this document), unless
      // a room elsewhere seeded it first, in which case that seed is the state.
      const seed = Y.encodeStateAsUpdateV2(createGraphDoc(document));
      state = (await seedGraphDocSnapshot(tx, graphId, seed)) ? { snapshot: { state: seed, seqUpto: 0 }, updates: [] } : await loadGraphDocState(tx, graphId);
    }
    const doc = new Y.Doc();
    Y.transact(
      doc,
      () => {
        if (state.snapshot) Y.applyUpdateV2(doc, state.snapshot.state);
        for (const row of state.updates) Y.applyUpdate(doc, row.update);
      },
      LOAD_ORIGIN,
    );
    return { doc, seq: Math.max(state.snapshot?.seqUpto ?? 0, state.updates.at(-1)?.seq ?? 0) };
  };

  /** Brings a kept replica up to date with the rows read after it; undefined when it must be reloaded instead. */
  const catchUp = (replica: StoredReplica, { snapshotSeqUpto, updates }: Awaited<ReturnType<typeof loadGraphDocUpdatesAfter>>): StoredReplica | undefined => {
    if (snapshotSeqUpto === undefined || snapshotSeqUpto > replica.seq) return undefined;
    if (updates.length > 0) {
      Y.transact(
        replica.doc,
        () => {
          for (const row of updates) Y.applyUpdate(replica.doc, row.update);
        },
        LOAD_ORIGIN,
      );
      replica.seq = updates.at(-1)!.seq;
      // Others' changes are in the Y.Doc now: it no longer equals the last document applied.
      replica.document = undefined;
    }
    return replica;
  };

  const keep = (graphId: string, replica: StoredReplica) => {
    replicas.set(graphId, replica);
    for (const [oldest, old] of replicas) {
      if (replicas.size <= maxReplicas) break;
      replicas.delete(oldest);
      old.doc.destroy();
    }
  };

  /** Makes the replica equal to `document`; returns the Yjs updates that took (none: no change). */
  const diffInto = (replica: StoredReplica, document: GraphDocument): Uint8Array[] => {
    const updates: Uint8Array[] = [];
    const collect = (update: Uint8Array, origin: unknown) => {
      if (origin === SERVER_ORIGIN) updates.push(update);
    };
    replica.doc.on('update', collect);
    try {
      // Cleared first: should the diff throw half-way, the Y.Doc equals neither document.
      const known = replica.document;
      replica.document = undefined;
      replica.document = applyRestDocument(replica.doc, document, known);
    } finally {
      replica.doc.off('update', collect);
    }
    return updates;
  };

  return {
    async write(graphId, writes) {
      // Taken out while in use: a failed write must not leave a half-updated replica behind.
      const kept = replicas.get(graphId);
      replicas.delete(graphId);
      // The diff is CPU work (3–9 ms for 1,000 nodes) that needs no lock (nor does serialising
      // the document the batch sends): made here against the kept replica for the document
      // the batch stores if nothing is refused, and under the lock only completed (rows
      // others appended meanwhile, a refused write, a reload). Until the log row commits,
      // the replica holds changes no one else has: it is only kept again once they are in
      // the log (or dropped).
      const expected = writes.findLast((write) => write.document !== undefined)?.document;
      let early: Uint8Array[] = [];
      let replica: StoredReplica | undefined;
      try {
        if (kept && expected) early = diffInto(kept, expected);
        const sentJson = serialiseSentDocuments(writes);
        const written = await withExclusiveGraphDocLock(
          db,
          graphId,
          async (tx) => {
            // The catch-up read goes out with the writes (pipelined on the transaction's
            // connection, after the lock): it reads the log, they write the projection.
            const [stored, caughtUp] = await Promise.all([storeInOrder(tx, writes, sentJson), kept ? loadGraphDocUpdatesAfter(tx, graphId, kept.seq) : undefined]);
            let document: GraphDocument | undefined;
            let deferred: GraphDocument | undefined;
            for (const [index, write] of writes.entries()) {
              const written = write.documentOf(stored[index]);
              if (written && write.deferrable) deferred = deferDocumentAt(writes, index) ? written : undefined;
              document = written ?? document;
            }
            // The last projection write of the batch deferred its document and no later one
            // replaced it (they were refused): store it now.
            if (deferred) await storeGraphDocument(tx, graphId, deferred);
            if (!document) return { stored, update: undefined };
            replica = kept && caughtUp ? catchUp(kept, caughtUp) : undefined;
            let updates = replica ? early : [];
            if (!replica) {
              kept?.doc.destroy();
              replica = await loadReplica(tx, graphId, document);
            }
            // Nothing to complete when the replica already is what was diffed before the lock.
            if (replica !== kept || document !== expected || caughtUp!.updates.length > 0) updates = [...updates, ...diffInto(replica, document)];
            if (updates.length === 0) return { stored, update: undefined };
            const update = mergeForLog(updates);
            replica.seq = await insertGraphDocUpdate(tx, graphId, update);
            return { stored, update };
          },
          { serialised },
        );
        // A batch that stored no document leaves the early diff out of the log: that replica is stale.
        if (!replica && early.length > 0) kept?.doc.destroy();
        else replica ??= kept;
        if (replica) keep(graphId, replica);
        return written;
      } catch (error) {
        (replica ?? kept)?.doc.destroy();
        throw error;
      }
    },
    forget(graphId) {
      replicas.get(graphId)?.doc.destroy();
      replicas.delete(graphId);
    },
    close() {
      for (const replica of replicas.values()) replica.doc.destroy();
      replicas.clear();
    },
  };
}
