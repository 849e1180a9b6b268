import { insertGraph, replaceGraphDocument, snapshotGraph, type Db } from '@pc/db';
import { createTestAccount } from '@pc/db/testing';
import type { GraphDocument } from '@pc/graph';
import { NonRetryableError } from '../queue/errors.js';
import { createNodeFunctions, type NodeFunctions } from '../runs/node-functions.js';
import { untilAborted } from './wait.js';

/** A graph in a fresh workspace, snapshotted; `edit` writes a new document and snapshots it. */
export const seedGraph = async (db: Db, document: GraphDocument) => {
  const account = await createTestAccount(db);
  const graph = await insertGraph(db, { name: 'Test', workspaceId: account.workspaceId, document });
  let revision = graph.revision;
  const snapshot = await snapshotGraph(db, { graphId: graph.id });
  if (snapshot.kind !== 'snapshot') throw new Error('snapshot failed');
  return {
    graphId: graph.id,
    workspaceId: account.workspaceId,
    userId: account.user.id,
    get revision() {
      return revision;
    },
    async edit(next: GraphDocument) {
      const written = await replaceGraphDocument(db, { id: graph.id, expectedRevision: revision, document: next });
      if (written.kind !== 'written') throw new Error(`edit failed: ${written.kind}`);
      const snap = await snapshotGraph(db, { graphId: graph.id });
      if (snap.kind !== 'snapshot') throw new Error('snapshot failed');
      revision = snap.revision.revision;
      return revision;
    },
  };
};

/**
 * The real functions, instrumented: counts executions per node, can fail a node, or hold
 * one until aborted or released.
 */
export const instrumentedFunctions = (inner: NodeFunctions = createNodeFunctions()) => {
  const executions: string[] = [];
  const failing = new Set<string>();
  const holding = new Map<string, Promise<void>>();
  const started = new Set<string>();
  /** Nodes whose function reports progress (¼, ½, 1) before it runs. */
  const progressing = new Set<string>();
  const functions: NodeFunctions = {
    versionOf: inner.versionOf,
    versionsOf: inner.versionsOf,
    ...(inner.generates ? { generates: inner.generates } : {}),
    async run(request, context) {
      executions.push(request.node.id);
      started.add(request.node.id);
      if (progressing.has(request.node.id)) for (const fraction of [0.25, 0.5, 1]) context.onProgress?.(fraction, `At ${fraction * 100}%`);
      if (failing.has(request.node.id)) throw new NonRetryableError(`${request.node.id} is set to fail`);
      const hold = holding.get(request.node.id);
      if (hold) await Promise.race([hold, untilAborted(context.signal)]);
      context.signal.throwIfAborted();
      return inner.run(request, context);
    },
  };
  return { functions, executions, failing, holding, started, progressing };
};
