import { describe, expect, it, vi } from 'vitest';
import { toGraphDocument } from '../graph-doc.js';
import { getNodesMap } from '../model/schema.js';
import { createSolo } from '../testing/peers.js';
import { scene12 } from '../testing/story.js';

const positions = (doc: ReturnType<typeof createSolo>) =>
  Object.fromEntries(toGraphDocument(doc.ydoc).nodes.map((node) => [node.id, node.position]));

describe('MoveNodes', () => {
  it('commits a whole drag as one step that undo and redo replay exactly', () => {
    const doc = createSolo(scene12());
    const before = positions(doc);
    const moves = [
      { id: 'anna', position: { x: 10, y: 20 } },
      { id: 'ben', position: { x: 10, y: 220 } },
      { id: 'sc12', position: { x: 410, y: 20 } },
    ];

    expect(doc.execute({ kind: 'MoveNodes', moves })).toMatchObject({ ok: true, label: 'Move 3 nodes' });
    const after = positions(doc);
    expect(after).toMatchObject({ anna: { x: 10, y: 20 }, ben: { x: 10, y: 220 }, sc12: { x: 410, y: 20 } });

    expect(doc.undo()).toEqual({ ok: true, label: 'Move 3 nodes' });
    expect(positions(doc)).toEqual(before);
    expect(doc.redo()).toEqual({ ok: true, label: 'Move 3 nodes' });
    expect(positions(doc)).toEqual(after);
  });

  it('names a single moved node', () => {
    const doc = createSolo(scene12());
    expect(doc.execute({ kind: 'MoveNodes', moves: [{ id: 'sh12a', position: { x: 1, y: 1 } }] })).toMatchObject({ label: 'Move Shot 12A' });
  });

  it('skips nodes a collaborator deleted during the drag', () => {
    const doc = createSolo(scene12());
    getNodesMap(doc.ydoc).delete('ben');
    const result = doc.execute({
      kind: 'MoveNodes',
      moves: [
        { id: 'anna', position: { x: 1, y: 1 } },
        { id: 'ben', position: { x: 2, y: 2 } },
      ],
    });
    expect(result).toMatchObject({ ok: true, label: 'Move ANNA' });
    expect(getNodesMap(doc.ydoc).has('ben')).toBe(false);
  });

  it('leaves nodes dropped where they were alone, and refuses moves off the canvas or of nothing', () => {
    const doc = createSolo(scene12());
    expect(doc.execute({ kind: 'MoveNodes', moves: [{ id: 'anna', position: { x: 0, y: 0 } }] })).toMatchObject({ ok: false, code: 'nothing_to_do' });
    expect(doc.execute({ kind: 'MoveNodes', moves: [{ id: 'gone', position: { x: 1, y: 1 } }] })).toMatchObject({ ok: false, code: 'node_not_found' });
    expect(doc.execute({ kind: 'MoveNodes', moves: [{ id: 'anna', position: { x: 1e9, y: 0 } }] })).toMatchObject({ ok: false, code: 'invalid_position' });
    expect(doc.store.getState().canUndo).toBe(false);
  });

  it('merges successive nudges of the same nodes into one step, and nothing else', () => {
    vi.useFakeTimers();
    try {
      const doc = createSolo(scene12());
      const nudge = (ids: string[], dx: number) => {
        const state = doc.store.getState();
        const moves = ids.flatMap((id) => {
          const at = state.nodes[id]?.position;
          return at ? [{ id, position: { x: at.x + dx, y: at.y } }] : [];
        });
        vi.advanceTimersByTime(30);
        return doc.execute({ kind: 'MoveNodes', moves, nudge: true });
      };
      const before = positions(doc);
      for (let i = 0; i < 20; i += 1) expect(nudge(['anna', 'ben'], 1)).toMatchObject({ ok: true, label: 'Move 2 nodes' });
      nudge(['ben', 'anna'], -1);
      nudge(['carl'], 1);
      doc.execute({ kind: 'MoveNodes', moves: [{ id: 'carl', position: { x: 500, y: 500 } }] });
      nudge(['carl'], 1);

      expect(doc.undo()).toMatchObject({ label: 'Move CARL' });
      expect(doc.undo()).toMatchObject({ label: 'Move CARL' });
      expect(positions(doc)['carl']).toEqual({ x: 1, y: 400 });
      expect(doc.undo()).toMatchObject({ label: 'Move CARL' });
      expect(doc.undo()).toEqual({ ok: true, label: 'Move 2 nodes' });
      expect(positions(doc)).toEqual(before);
      expect(doc.store.getState().canUndo).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
