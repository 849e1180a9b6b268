import type * as Y from 'yjs';
import { toGraphDocument } from '../graph-doc.js';
import { getEdgesMap, SERVER_ORIGIN } from '../model/schema.js';
import { deriveView } from './derive-view.js';

/**
 * Deletes exactly the edges {@link deriveView} hides, in one transaction, and returns
 * their ids (sorted). Deterministic: any peer running it on the same document deletes the
 * same edges, but only the server should, under its own origin, so that the repair is in
 * no user's undo stack and peers do not race each other with repairs.
 *
 * @param origin - the server's transaction origin; {@link SERVER_ORIGIN} by default.
 * @example
 * room.doc.on('afterTransaction', (tr) => { if (tr.origin !== SERVER_ORIGIN) scheduleRepair(); });
 * const removed = repairGraphDoc(room.doc);
 * @remarks O(nodes + edges). A no-op (no transaction) when nothing is hidden.
 */
export const repairGraphDoc = (ydoc: Y.Doc, origin: unknown = SERVER_ORIGIN): string[] => {
  const { hiddenEdgeIds } = deriveView(toGraphDocument(ydoc));
  if (hiddenEdgeIds.length === 0) return [];
  const edges = getEdgesMap(ydoc);
  ydoc.transact(() => {
    for (const id of hiddenEdgeIds) edges.delete(id);
  }, origin);
  return [...hiddenEdgeIds];
};
