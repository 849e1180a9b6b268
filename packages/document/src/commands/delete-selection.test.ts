import { describe, expect, it } from 'vitest';
import { toGraphDocument } from '../graph-doc.js';
import { getEdgesMap } from '../model/schema.js';
import { createSolo } from '../testing/peers.js';
import { scene12 } from '../testing/story.js';

describe('DeleteSelection', () => {
  it('deletes the selected node with every link touching it; one undo restores all and reselects it', () => {
    const doc = createSolo(scene12());
    const before = toGraphDocument(doc.ydoc);
    doc.select(['sc12']);
    expect(doc.execute({ kind: 'DeleteSelection' })).toMatchObject({ ok: true, label: 'Delete Scene 12' });

    const state = doc.store.getState();
    expect(state.nodes['sc12']).toBeUndefined();
    expect(state.edgeIds).toEqual(['frame_anna_sh12a']);
    expect(state.selection).toEqual({ nodeIds: [], edgeIds: [] });

    expect(doc.undo()).toEqual({ ok: true, label: 'Delete Scene 12' });
    expect(toGraphDocument(doc.ydoc)).toEqual(before);
    expect(doc.store.getState().selection.nodeIds).toEqual(['sc12']);
    expect(doc.redo()).toEqual({ ok: true, label: 'Delete Scene 12' });
    expect(doc.store.getState().nodes['sc12']).toBeUndefined();
  });

  it('deletes nodes and links given by id and counts them in the label', () => {
    const doc = createSolo(scene12());
    expect(doc.execute({ kind: 'DeleteSelection', ids: ['carl', 'sc14', 'cast_ben_sc12'] })).toMatchObject({
      label: 'Delete 2 nodes and 1 link',
    });
    expect(doc.execute({ kind: 'DeleteSelection', ids: ['frame_anna_sh12a'] })).toMatchObject({ label: 'Delete 1 link' });
  });

  it('reads "Cut …" in the history when the nodes went to the clipboard', () => {
    const doc = createSolo(scene12());
    expect(doc.execute({ kind: 'DeleteSelection', ids: ['carl', 'sc14'], cut: true })).toMatchObject({ ok: true, label: 'Cut 2 nodes' });
    expect(doc.store.getState().undoLabel).toBe('Cut 2 nodes');
    expect(doc.undo()).toEqual({ ok: true, label: 'Cut 2 nodes' });
    expect(doc.store.getState().nodes['sc14']).toBeDefined();
    expect(doc.execute({ kind: 'DeleteSelection', ids: ['sc12'], cut: true })).toMatchObject({ label: 'Cut Scene 12' });
  });

  it('also removes hidden links to the node', () => {
    const doc = createSolo(scene12());
    getEdgesMap(doc.ydoc).set('e_dup', { source: 'anna', sourceHandle: 'character', target: 'sc12', targetHandle: 'characters' });
    doc.execute({ kind: 'DeleteSelection', ids: ['anna'] });
    expect(getEdgesMap(doc.ydoc).has('e_dup')).toBe(false);
  });

  it('refuses when nothing is selected', () => {
    const doc = createSolo(scene12());
    expect(doc.execute({ kind: 'DeleteSelection' })).toMatchObject({ ok: false, code: 'nothing_to_do' });
    expect(doc.execute({ kind: 'DeleteSelection', ids: ['gone'] })).toMatchObject({ ok: false, code: 'nothing_to_do' });
  });
});
