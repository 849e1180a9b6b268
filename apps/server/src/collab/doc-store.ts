import { compactGraphDocState, findGraph, findGraphWorkspaceId, loadGraphDocState, seedGraphDocSnapshot, type Db } from '@pc/db';
import { applyParsedGraphDocument, createGraphDoc, getCollaborativeTextFields, SERVER_ORIGIN } from '@pc/document';
import { sameJsonValue, type GraphDocument, type GraphNode } from '@pc/graph';
import * as Y from 'yjs';

/** The origin of transactions that replay stored state: neither persisted again nor broadcast. */
export const LOAD_ORIGIN = Symbol('collab-load');

/** The graph was deleted (or never existed): nothing to load. */
export class GraphGoneError extends Error {
  override name = 'GraphGoneError';
}

/**
 * Replays a graph's stored Yjs state into `doc` under {@link LOAD_ORIGIN}. A graph never
 * opened before is seeded from `graphs.document` (the JSON projection); when another
 * process seeds it at the same moment, its seed wins and is the one loaded.
 *
 * @returns the graph's workspace (access checks of the room's sockets need it).
 * @throws GraphGoneError when the graph does not exist or was deleted.
 */
export async function loadStoredDoc(db: Db, graphId: string, doc: Y.Doc): Promise<{ workspaceId: string }> {
  const workspaceId = await findGraphWorkspaceId(db, graphId);
  if (!workspaceId) throw new GraphGoneError(graphId);
  let state = await loadGraphDocState(db, graphId);
  if (!state.snapshot && state.updates.length === 0) {
    // The document JSON is read only to seed a graph never opened before.
    const graph = await findGraph(db, graphId);
    if (!graph) throw new GraphGoneError(graphId);
    const seed = Y.encodeStateAsUpdateV2(createGraphDoc(graph.document));
    if (!(await seedGraphDocSnapshot(db, graphId, seed))) state = await loadGraphDocState(db, graphId);
    else state = { snapshot: { state: seed, seqUpto: 0 }, updates: [] };
  }
  Y.transact(
    doc,
    () => {
      if (state.snapshot) Y.applyUpdateV2(doc, state.snapshot.state);
      for (const row of state.updates) Y.applyUpdate(doc, row.update);
    },
    LOAD_ORIGIN,
  );
  return { workspaceId };
}

/** The node with '' for each collaborative text field it leaves out (itself when none). */
const withEveryTextField = (node: GraphNode): GraphNode => {
  // A loop, not a spread and filter: this runs for every node of every REST write.
  let data: Record<string, unknown> | undefined;
  for (const field of getCollaborativeTextFields(node.type)) {
    if (Object.hasOwn(node.data, field)) continue;
    data ??= { ...node.data };
    data[field] = '';
  }
  return data ? { ...node, data } : node;
};

/** A document a REST write applied: as sent, and as the Y.Doc holds it (text fields filled in). */
export interface AppliedRestDocument {
  sent: GraphDocument;
  applied: GraphDocument;
}

/**
 * Applies a document a REST write stored to a live Y.Doc: the smallest diff, under the
 * server's origin. A collaborative text field the JSON leaves out (GraphJSON may omit an
 * empty one) is written as '' rather than deleted: the document keeps every text field
 * as a Y.Text from a node's creation, so two people typing into it share one text.
 * `document` has passed `graphDocumentSchema` already (a validated body, a stored revision).
 * `known`: what an earlier call returned for this doc, when nothing else was applied to it
 * since: a node sent as before (same place, deep-equal) is taken as applied before, so
 * neither filled in again nor diffed (see `applyParsedGraphDocument`).
 */
export function applyRestDocument(doc: Y.Doc, document: GraphDocument, known?: AppliedRestDocument): AppliedRestDocument {
  const nodes = document.nodes.map((node, index) => {
    const before = known?.sent.nodes[index];
    return before?.id === node.id && sameJsonValue(before, node) ? known!.applied.nodes[index]! : withEveryTextField(node);
  });
  const applied: GraphDocument = { ...document, nodes };
  applyParsedGraphDocument(doc, applied, SERVER_ORIGIN, known?.applied);
  return { sent: document, applied };
}

/** Pending updates as one log row: a flush is one row. */
export const mergeForLog = (updates: Uint8Array[]): Uint8Array => (updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates));

/**
 * Folds the log into a new snapshot by replaying snapshot + log into a fresh Y.Doc
 * (which garbage-collects; `Y.mergeUpdates` does not). `live`, the in-memory replica when
 * there is one, is folded in too: it may hold updates another process relayed but
 * crashed before persisting, and this is where they become durable.
 */
export async function compactStoredDoc(db: Db, graphId: string, live?: Y.Doc): Promise<{ folded: number; bytes: number }> {
  return compactGraphDocState(db, graphId, (snapshot, updates) => {
    const doc = new Y.Doc();
    try {
      if (snapshot) Y.applyUpdateV2(doc, snapshot);
      for (const update of updates) Y.applyUpdate(doc, update);
      if (live) Y.applyUpdate(doc, Y.encodeStateAsUpdate(live));
      return Y.encodeStateAsUpdateV2(doc);
    } finally {
      doc.destroy();
    }
  });
}
