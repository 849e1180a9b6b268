import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { toClipboard } from '../clipboard.js';
import { toGraphDocument } from '../graph-doc.js';
import { getNodeText } from '../model/text.js';
import { createSolo } from '../testing/peers.js';
import { cover, graphOf, scene, scene12, shot } from '../testing/story.js';

const clipboardOfScene12 = () => toClipboard(createSolo(scene12()), ['anna', 'sc12', 'sh12a']);

describe('Paste', () => {
  it('inserts the nodes with fresh ids at the given point, with their internal links, as one step', () => {
    const doc = createSolo();
    const result = doc.execute({ kind: 'Paste', clipboard: clipboardOfScene12(), at: { x: 1000, y: 500 } });
    expect(result).toMatchObject({ ok: true, label: 'Paste 3 nodes', selection: { nodeIds: ['solo_character_1', 'solo_scene_2', 'solo_shot_3'] } });
    expect(result.ok && result.created).toHaveLength(6);

    const pasted = toGraphDocument(doc.ydoc);
    expect(pasted.nodes.map((node) => [node.id, node.position])).toEqual([
      ['solo_character_1', { x: 1000, y: 500 }],
      ['solo_scene_2', { x: 1400, y: 500 }],
      ['solo_shot_3', { x: 1800, y: 500 }],
    ]);
    expect(pasted.edges.map((edge) => `${edge.source}->${edge.target}`).sort()).toEqual([
      'solo_character_1->solo_scene_2',
      'solo_character_1->solo_shot_3',
      'solo_scene_2->solo_shot_3',
    ]);
    expect(getNodeText(doc.ydoc, 'solo_scene_2', 'scriptText')).toBeInstanceOf(Y.Text);

    expect(doc.undo()).toEqual({ ok: true, label: 'Paste 3 nodes' });
    expect(toGraphDocument(doc.ydoc).nodes).toEqual([]);
    expect(doc.redo()).toMatchObject({ ok: true });
    expect(toGraphDocument(doc.ydoc)).toEqual(pasted);
  });

  it('pastes next to the originals when no point is given', () => {
    const doc = createSolo(scene12());
    doc.execute({ kind: 'Paste', clipboard: toClipboard(doc, ['anna']) });
    expect(doc.store.getState().nodes['solo_character_1']?.position).toEqual({ x: 40, y: 40 });
  });

  it('refuses clipboard data that is not ours or would break the graph, and writes nothing', () => {
    const doc = createSolo(scene12());
    const before = toGraphDocument(doc.ydoc);
    expect(doc.execute({ kind: 'Paste', clipboard: { format: 'x' } as never })).toMatchObject({ ok: false, code: 'invalid_clipboard' });
    const twoScenes = toClipboard(createSolo(graphOf([scene('s1', '1'), scene('s2', '2'), shot('h', '1A')], [cover('s1', 'h'), cover('s2', 'h')])), ['s1', 's2', 'h']);
    // The store's own copy leaves out the hidden second link; a hand-written one may not.
    const handWritten = { ...twoScenes, edges: [...twoScenes.edges, cover('s2', 'h')] };
    expect(doc.execute({ kind: 'Paste', clipboard: handWritten })).toMatchObject({ ok: false, code: 'port_occupied' });
    const alien = { ...twoScenes, nodes: [{ id: 'p', type: 'storyboard', position: { x: 0, y: 0 }, data: {} }], edges: [] };
    expect(doc.execute({ kind: 'Paste', clipboard: alien })).toMatchObject({ ok: false, code: 'unknown_node_type' });
    expect(toGraphDocument(doc.ydoc)).toEqual(before);
  });
});
