import { describe, expect, it } from 'vitest';
import { createNode, validateGraph, type GraphNode } from '@pc/graph';
import { toGraphDocument } from '../graph-doc.js';
import { createSolo } from '../testing/peers.js';
import { cast, character, graphOf, scene } from '../testing/story.js';

const twoHander = () =>
  graphOf(
    [
      character('anna', 'ANNA'),
      character('ben', 'BEN', { x: 0, y: 200 }),
      scene('sc12', '12', { x: 400, y: 100 }),
      createNode('prop', { id: 'letter', position: { x: 0, y: 400 }, data: { name: 'THE LETTER', importance: 'hero' } }),
    ],
    [
      { ...cast('anna', 'sc12'), data: { speaking: true } },
      { ...cast('ben', 'sc12'), data: { speaking: true } },
      { id: 'prop_letter', source: 'letter', sourceHandle: 'prop', target: 'sc12', targetHandle: 'props' },
    ],
  );

/** No shot within a grown card of another node (x: a card's width; y: a grown card's height above or below). */
const expectApart = (nodes: readonly GraphNode[], shots: readonly GraphNode[]) => {
  for (const shot of shots) {
    for (const other of nodes.filter((node) => node.id !== shot.id)) {
      const [upper, lower] = shot.position.y <= other.position.y ? [shot, other] : [other, shot];
      const apart = Math.abs(shot.position.x - other.position.x) >= 280 || lower.position.y - upper.position.y >= (upper.type === 'shot' ? 500 : 250);
      expect(apart, `${String(shot.data['shotNumber'])} over ${other.id}`).toBe(true);
    }
  }
};

describe('AddStarterCoverage', () => {
  it('adds numbered, wired shots beside the scene as one undoable step with its label', () => {
    const doc = createSolo(twoHander());
    const before = toGraphDocument(doc.ydoc);

    const result = doc.execute({ kind: 'AddStarterCoverage', sceneId: 'sc12' });

    expect(result).toMatchObject({ ok: true, label: 'Add starter coverage to Scene 12 (6 shots)' });
    const after = toGraphDocument(doc.ydoc);
    const shots = after.nodes
      .filter((node) => node.type === 'shot')
      .sort((a, b) => String(a.data['shotNumber']).localeCompare(String(b.data['shotNumber'])));
    expect(shots.map((node) => [node.data['shotNumber'], node.data['shotType'], node.data['shotSize']])).toEqual([
      ['12A', 'master', 'WS'],
      ['12B', 'single', 'MCU'],
      ['12C', 'single', 'MCU'],
      ['12D', 'OTS', 'MS'],
      ['12E', 'OTS', 'MS'],
      ['12F', 'insert', 'INSERT'],
    ]);
    expect(shots.map((node) => node.position)).toEqual([0, 1, 2, 3, 4, 5].map((i) => ({ x: 780, y: 100 + i * 540 })));
    const into = (id: string | undefined) => after.edges.filter((edge) => edge.target === id).map((edge) => `${edge.source}>${edge.targetHandle}`);
    expect(into(shots[0]?.id)).toEqual(['sc12>scene', 'anna>characters', 'ben>characters']);
    expect(into(shots[5]?.id)).toEqual(['sc12>scene', 'letter>props']);
    expect(validateGraph(after)).toEqual([]);
    expect([...doc.store.getState().selection.nodeIds].sort()).toEqual(shots.map((node) => node.id).sort());

    expect(doc.undo()).toEqual({ ok: true, label: 'Add starter coverage to Scene 12 (6 shots)' });
    expect(toGraphDocument(doc.ydoc)).toEqual(before);
    expect(doc.redo()).toMatchObject({ ok: true });
    expect(toGraphDocument(doc.ydoc)).toEqual(after);
  });

  it('puts the column under the scene in an imported row of scenes instead of past the whole row', () => {
    // An import lays scenes out closer than a column gap (every 320 px), a node may sit after
    // them: searching right, the first clear column was past every one of them, off screen.
    const row = twoHander();
    row.nodes.push(
      scene('sc13', '13', { x: 720, y: 100 }),
      scene('sc14', '14', { x: 1040, y: 100 }),
      createNode('location', { id: 'kitchen', position: { x: 1440, y: 100 }, data: { name: 'KITCHEN' } }),
    );
    const doc = createSolo(row);

    expect(doc.execute({ kind: 'AddStarterCoverage', sceneId: 'sc12' })).toMatchObject({ ok: true });

    const after = toGraphDocument(doc.ydoc);
    const shots = after.nodes.filter((node) => node.type === 'shot');
    // Scene 12's own column, below the scene grown by a run (250) and a gap; the prop at
    // x 0 is clear of it.
    expect(shots.map((node) => node.position).sort((a, b) => a.y - b.y)).toEqual([0, 1, 2, 3, 4, 5].map((i) => ({ x: 400, y: 390 + i * 540 })));
    expectApart(after.nodes, shots);
  });

  it('goes below whatever already sits under the scene, a second row of scenes included', () => {
    const grid = twoHander();
    grid.nodes.push(scene('sc13', '13', { x: 720, y: 100 }), scene('sc20', '20', { x: 400, y: 390 }));
    const doc = createSolo(grid);

    expect(doc.execute({ kind: 'AddStarterCoverage', sceneId: 'sc12' })).toMatchObject({ ok: true });

    const after = toGraphDocument(doc.ydoc);
    const shots = after.nodes.filter((node) => node.type === 'shot');
    expect(new Set(shots.map((node) => node.position.x))).toEqual(new Set([400]));
    expect(Math.min(...shots.map((node) => node.position.y))).toBe(390 + 250 + 40);
    expectApart(after.nodes, shots);
  });

  it('continues the numbering on a second press only with what is missing, and refuses when nothing is', () => {
    const doc = createSolo(twoHander());
    doc.execute({ kind: 'AddStarterCoverage', sceneId: 'sc12' });
    expect(doc.execute({ kind: 'AddStarterCoverage', sceneId: 'sc12' })).toEqual({
      ok: false,
      code: 'nothing_to_do',
      reason: 'Scene 12 already has its starter coverage.',
    });
    doc.execute({ kind: 'AddNodes', nodes: [{ type: 'character', id: 'carl', position: { x: 0, y: 600 }, data: { name: 'CARL' } }] });
    doc.execute({ kind: 'Connect', source: 'carl', sourceHandle: 'character', target: 'sc12', targetHandle: 'characters', data: { speaking: true } });
    const third = doc.execute({ kind: 'AddStarterCoverage', sceneId: 'sc12' });
    expect(third).toMatchObject({ ok: true, label: 'Add starter coverage to Scene 12 (2 shots)' });
    const added = toGraphDocument(doc.ydoc)
      .nodes.filter((node) => third.ok && third.created.includes(node.id))
      .sort((a, b) => String(a.data['shotNumber']).localeCompare(String(b.data['shotNumber'])));
    // A new master (the cast changed) and CARL's single, after 12F.
    expect(added.map((node) => [node.data['shotNumber'], node.data['shotType'], node.data['order']])).toEqual([
      ['12G', 'master', 7],
      ['12H', 'single', 8],
    ]);
  });

  it('refuses a node that is not a scene and a scene without a number, writing nothing', () => {
    const doc = createSolo(graphOf([character('anna'), scene('sc', '')]));
    const before = toGraphDocument(doc.ydoc);
    expect(doc.execute({ kind: 'AddStarterCoverage', sceneId: 'anna' })).toMatchObject({ ok: false, code: 'node_not_found' });
    expect(doc.execute({ kind: 'AddStarterCoverage', sceneId: 'sc' })).toMatchObject({ ok: false, code: 'invalid_field' });
    expect(toGraphDocument(doc.ydoc)).toEqual(before);
  });
});
