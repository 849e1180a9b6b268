import type * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createGraphDoc, toGraphDocument } from '../graph-doc.js';
import { getEdgesMap, SERVER_ORIGIN } from '../model/schema.js';
import { createDocumentStore } from '../store/document-store.js';
import { cast, cover, scene12 } from '../testing/story.js';
import { deriveView } from './derive-view.js';
import { repairGraphDoc } from './repair.js';

const brokenScene12 = () => {
  const graph = scene12();
  graph.edges.push(cast('ghost', 'sc12', 'e_dangling'), cover('sc14', 'sh12a', 'a_cover'), cast('carl', 'sc14', 'e_2'), cast('carl', 'sc14', 'e_1'));
  return graph;
};

describe('repairGraphDoc', () => {
  it('deletes exactly what the derived view hides and keeps what it shows', () => {
    const ydoc = createGraphDoc(brokenScene12());
    const before = deriveView(toGraphDocument(ydoc));
    const visibleBefore = toGraphDocument(ydoc).edges.filter((edge) => !before.hiddenEdgeIds.includes(edge.id));

    expect(repairGraphDoc(ydoc)).toEqual(['cover_sc12_sh12a', 'e_2', 'e_dangling']);
    expect(toGraphDocument(ydoc).edges).toEqual(visibleBefore);
    expect(deriveView(toGraphDocument(ydoc)).hiddenEdgeIds).toEqual([]);
  });

  it('is idempotent and writes nothing on a valid document', () => {
    const ydoc = createGraphDoc(brokenScene12());
    repairGraphDoc(ydoc);
    let updates = 0;
    ydoc.on('update', () => (updates += 1));
    expect(repairGraphDoc(ydoc)).toEqual([]);
    expect(updates).toBe(0);
  });

  it('runs under the server origin, so no user can undo it', () => {
    const ydoc = createGraphDoc(scene12());
    const user = createDocumentStore({ ydoc });
    user.execute({ kind: 'MoveNodes', moves: [{ id: 'anna', position: { x: 5, y: 5 } }] });
    getEdgesMap(ydoc).set('e_dangling', { source: 'ghost', sourceHandle: 'character', target: 'sc12', targetHandle: 'characters' });
    const origins: unknown[] = [];
    ydoc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));

    repairGraphDoc(ydoc);
    expect(origins).toEqual([SERVER_ORIGIN]);
    expect(user.undo()).toEqual({ ok: true, label: 'Move ANNA' });
    expect(getEdgesMap(ydoc).has('e_dangling')).toBe(false);
    expect(user.store.getState().canUndo).toBe(false);
  });
});
