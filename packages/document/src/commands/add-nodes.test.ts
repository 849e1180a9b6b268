import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { toGraphDocument } from '../graph-doc.js';
import { getNodesMap } from '../model/schema.js';
import { createSolo } from '../testing/peers.js';
import { scene12 } from '../testing/story.js';

describe('AddNodes', () => {
  it('adds a node with its fields defaulted, selects it, and undoes as one step', () => {
    const doc = createSolo(scene12());
    doc.select(['anna']);
    const before = toGraphDocument(doc.ydoc);

    const result = doc.execute({ kind: 'AddNodes', nodes: [{ type: 'shot', position: { x: 900, y: 300 }, data: { shotNumber: '12B' } }] });

    expect(result).toEqual({ ok: true, label: 'Add Shot 12B', selection: { nodeIds: ['solo_shot_1'], edgeIds: [] }, created: ['solo_shot_1'] });
    const added = doc.store.getState().nodes['solo_shot_1'];
    expect(added).toMatchObject({ type: 'shot', position: { x: 900, y: 300 }, data: { shotNumber: '12B', lensMm: 35, action: '' } });
    expect(doc.store.getState().selection.nodeIds).toEqual(['solo_shot_1']);

    expect(doc.undo()).toEqual({ ok: true, label: 'Add Shot 12B' });
    expect(toGraphDocument(doc.ydoc)).toEqual(before);
    expect(doc.store.getState().selection.nodeIds).toEqual(['anna']);
    expect(doc.redo()).toEqual({ ok: true, label: 'Add Shot 12B' });
    expect(doc.store.getState().nodes['solo_shot_1']?.data['shotNumber']).toBe('12B');
    expect(doc.store.getState().selection.nodeIds).toEqual(['solo_shot_1']);
  });

  it('names an unnumbered Shot by the camera line its card is titled with, as messages do', () => {
    const doc = createSolo();
    expect(doc.execute({ kind: 'AddNodes', nodes: [{ type: 'scene', position: { x: 0, y: 0 } }] })).toMatchObject({ label: 'Add Scene' });
    expect(doc.execute({ kind: 'AddNodes', nodes: [{ type: 'shot', position: { x: 0, y: 0 }, id: 'wide' }] })).toMatchObject({ label: 'Add Shot “MS · EYE · 35mm”' });
    expect(doc.execute({ kind: 'MoveNodes', moves: [{ id: 'wide', position: { x: 5, y: 5 } }] })).toMatchObject({ label: 'Move Shot “MS · EYE · 35mm”' });
  });

  it('names an unnamed node by its type, and several by their count', () => {
    const doc = createSolo();
    expect(doc.execute({ kind: 'AddNodes', nodes: [{ type: 'character', position: { x: 0, y: 0 } }] })).toMatchObject({ label: 'Add Character' });
    const three = doc.execute({
      kind: 'AddNodes',
      nodes: [
        { type: 'character', position: { x: 0, y: 0 } },
        { type: 'scene', position: { x: 0, y: 0 } },
        { type: 'shot', position: { x: 0, y: 0 }, id: 'shot-1' },
      ],
    });
    expect(three).toMatchObject({ ok: true, label: 'Add 3 nodes', selection: { nodeIds: ['solo_character_2', 'solo_scene_3', 'shot-1'] } });
  });

  it('creates collaborative text fields as Y.Text', () => {
    const doc = createSolo();
    doc.execute({ kind: 'AddNodes', nodes: [{ type: 'scene', id: 'sc1', position: { x: 0, y: 0 }, data: { scriptText: 'INT. HALL' } }] });
    const script = (getNodesMap(doc.ydoc).get('sc1')?.get('data') as Y.Map<unknown>).get('scriptText');
    expect(script).toBeInstanceOf(Y.Text);
    expect(String(script)).toBe('INT. HALL');
  });

  it.each([
    [{ type: 'storyboard', position: { x: 0, y: 0 } }, 'unknown_node_type'],
    [{ type: 'shot', position: { x: 0, y: 0 }, data: { lensMm: 1 } }, 'invalid_field'],
    [{ type: 'shot', position: { x: 0, y: 0 }, data: { focus: 'soft' } }, 'invalid_field'],
    [{ type: 'shot', position: { x: Number.NaN, y: 0 } }, 'invalid_position'],
    [{ type: 'shot', position: { x: 0, y: 0 }, id: 'sh12a' }, 'duplicate_id'],
    [{ type: 'shot', position: { x: 0, y: 0 }, id: 'no spaces' }, 'invalid_id'],
  ])('refuses %o with %s and writes nothing', (node, code) => {
    const doc = createSolo(scene12());
    const before = toGraphDocument(doc.ydoc);
    const result = doc.execute({ kind: 'AddNodes', nodes: [node] });
    expect(result).toMatchObject({ ok: false, code });
    expect(toGraphDocument(doc.ydoc)).toEqual(before);
    expect(doc.store.getState().canUndo).toBe(false);
  });

  it('explains an invalid field in words', () => {
    const doc = createSolo();
    const result = doc.execute({ kind: 'AddNodes', nodes: [{ type: 'shot', position: { x: 0, y: 0 }, data: { lensMm: 1 } }] });
    expect(result.ok ? '' : result.reason).toBe('Shot: Lens (mm) must be at least 4.');
  });
});
