import { describe, expect, it } from 'vitest';
import { toGraphDocument } from '../graph-doc.js';
import { createSolo } from '../testing/peers.js';
import { scene12 } from '../testing/story.js';

describe('history', () => {
  it('labels the next undo and redo', () => {
    const doc = createSolo(scene12());
    expect(doc.store.getState()).toMatchObject({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
    doc.execute({ kind: 'MoveNodes', moves: [{ id: 'anna', position: { x: 1, y: 1 } }, { id: 'ben', position: { x: 1, y: 1 } }] });
    doc.execute({ kind: 'Disconnect', ids: ['cast_ben_sc12'] });
    expect(doc.store.getState()).toMatchObject({ canUndo: true, canRedo: false, undoLabel: 'Disconnect BEN from Scene 12', redoLabel: null });
    doc.undo();
    expect(doc.store.getState()).toMatchObject({ canUndo: true, canRedo: true, undoLabel: 'Move 2 nodes', redoLabel: 'Disconnect BEN from Scene 12' });
    doc.execute({ kind: 'UpdateFields', id: 'anna', fields: { age: '30' } });
    expect(doc.store.getState()).toMatchObject({ canRedo: false, redoLabel: null, undoLabel: 'Edit Age of ANNA' });
  });

  it('restores the selection the user had before the step on undo, and after it on redo', () => {
    const doc = createSolo(scene12());
    doc.select(['sc12', 'sh12a']);
    doc.execute({ kind: 'Duplicate' });
    doc.select(['anna']);
    doc.undo();
    expect(doc.store.getState().selection.nodeIds).toEqual(['sc12', 'sh12a']);
    doc.select([]);
    doc.redo();
    expect(doc.store.getState().selection.nodeIds).toEqual(['solo_scene_1', 'solo_shot_2']);
  });

  it('keeps selection, and anything else that is not the document, out of the history', () => {
    const doc = createSolo(scene12());
    doc.execute({ kind: 'MoveNodes', moves: [{ id: 'anna', position: { x: 1, y: 1 } }] });
    doc.select(['ben']);
    doc.select(['carl']);
    expect(doc.undo()).toEqual({ ok: true, label: 'Move ANNA' });
    expect(doc.undo()).toEqual({ ok: false, code: 'nothing_to_undo', reason: 'There is nothing to undo.' });
    expect(doc.redo()).toEqual({ ok: true, label: 'Move ANNA' });
    expect(doc.redo()).toMatchObject({ ok: false, code: 'nothing_to_redo' });
  });

  it('forgets steps beyond its capacity', () => {
    const doc = createSolo(scene12(), { historyCapacity: 3 });
    for (let i = 1; i <= 5; i += 1) doc.execute({ kind: 'MoveNodes', moves: [{ id: 'anna', position: { x: i, y: 0 } }] });
    let undone = 0;
    while (doc.undo().ok) undone += 1;
    expect(undone).toBe(3);
    expect(doc.store.getState().nodes['anna']?.position).toEqual({ x: 2, y: 0 });
  });

  it('undo n times then redo n times restores the exact state', () => {
    const doc = createSolo(scene12());
    doc.execute({ kind: 'AddNodes', nodes: [{ type: 'shot', id: 'sh12b', position: { x: 800, y: 300 } }] });
    doc.execute({ kind: 'Connect', source: 'sc12', sourceHandle: 'scene', target: 'sh12b', targetHandle: 'scene' });
    doc.execute({ kind: 'UpdateFields', id: 'sh12b', fields: { action: 'BEN runs.', shotNumber: '12B' } });
    doc.execute({ kind: 'MoveNodes', moves: [{ id: 'sh12b', position: { x: 900, y: 320 } }] });
    doc.execute({ kind: 'DeleteSelection', ids: ['carl', 'cast_ben_sc12'] });
    doc.execute({ kind: 'AutoLayout' });
    const final = toGraphDocument(doc.ydoc);
    for (let i = 0; i < 6; i += 1) expect(doc.undo().ok).toBe(true);
    expect(toGraphDocument(doc.ydoc)).toEqual(toGraphDocument(createSolo(scene12()).ydoc));
    for (let i = 0; i < 6; i += 1) expect(doc.redo().ok).toBe(true);
    expect(toGraphDocument(doc.ydoc)).toEqual(final);
  });
});
