import { describe, expect, it } from 'vitest';
import { createGraphDoc, toGraphDocument } from '../graph-doc.js';
import { createSolo } from '../testing/peers.js';
import { scene12 } from '../testing/story.js';
import { createCommandContext, executeCommand } from './execute.js';

const stacked = () => {
  const graph = scene12();
  graph.nodes = graph.nodes.map((node, i) => ({ ...node, position: { x: 100, y: 100 + i * 10 } }));
  return graph;
};

describe('AutoLayout', () => {
  it('arranges nodes left to right along their links, keeping the top-left corner, as one step', () => {
    const doc = createSolo(stacked());
    const before = toGraphDocument(doc.ydoc);
    expect(doc.execute({ kind: 'AutoLayout' })).toMatchObject({ ok: true, label: 'Auto-layout 6 nodes' });

    const at = (id: string) => doc.store.getState().nodes[id]?.position as { x: number; y: number };
    expect(at('anna').x).toBeLessThan(at('sc12').x);
    expect(at('sc12').x).toBeLessThan(at('sh12a').x);
    const all = Object.values(doc.store.getState().nodes).map((node) => node.position);
    expect(Math.min(...all.map((p) => p.x))).toBe(100);
    expect(Math.min(...all.map((p) => p.y))).toBe(100);

    expect(doc.undo()).toEqual({ ok: true, label: 'Auto-layout 6 nodes' });
    expect(toGraphDocument(doc.ydoc)).toEqual(before);
  });

  it('never overlaps nodes of their measured size', () => {
    const doc = createSolo(stacked());
    const size = { width: 300, height: 220 };
    const ids = ['anna', 'ben', 'carl', 'sc12', 'sc14', 'sh12a'];
    doc.execute({ kind: 'AutoLayout', sizes: Object.fromEntries(ids.map((id) => [id, size])) });
    const boxes = ids.map((id) => doc.store.getState().nodes[id]?.position as { x: number; y: number });
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        expect(Math.abs(a.x - b.x) >= size.width || Math.abs(a.y - b.y) >= size.height).toBe(true);
      }
    }
  });

  it('is deterministic, lays out only the given nodes, and refuses fewer than two', () => {
    const a = createGraphDoc(stacked());
    const b = createGraphDoc(stacked());
    for (const ydoc of [a, b]) executeCommand(ydoc, { kind: 'AutoLayout', ids: ['anna', 'sc12', 'sh12a'] }, createCommandContext(ydoc, { origin: null }));
    expect(toGraphDocument(a)).toEqual(toGraphDocument(b));
    expect(toGraphDocument(a).nodes.find((node) => node.id === 'ben')?.position).toEqual({ x: 100, y: 110 });

    const doc = createSolo(stacked());
    expect(doc.execute({ kind: 'AutoLayout', ids: ['anna'] })).toMatchObject({ ok: false, code: 'nothing_to_do' });
  });
});
