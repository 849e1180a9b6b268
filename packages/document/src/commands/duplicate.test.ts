import { describe, expect, it } from 'vitest';
import { toGraphDocument } from '../graph-doc.js';
import { createSolo } from '../testing/peers.js';
import { scene12 } from '../testing/story.js';

describe('Duplicate', () => {
  it('copies the selected nodes and the links between them, offset, and selects the copies', () => {
    const doc = createSolo(scene12());
    const before = toGraphDocument(doc.ydoc);
    doc.select(['sc12', 'sh12a']);
    expect(doc.execute({ kind: 'Duplicate' })).toMatchObject({
      ok: true,
      label: 'Duplicate 2 nodes',
      selection: { nodeIds: ['solo_scene_1', 'solo_shot_2'] },
    });
    const state = doc.store.getState();
    expect(state.nodes['solo_scene_1']).toMatchObject({ position: { x: 440, y: 40 }, data: { sceneNumber: '12' } });
    expect(Object.values(state.edges).filter((edge) => edge.source === 'solo_scene_1').map((edge) => edge.target)).toEqual(['solo_shot_2']);
    expect(state.selection.nodeIds).toEqual(['solo_scene_1', 'solo_shot_2']);

    expect(doc.undo()).toEqual({ ok: true, label: 'Duplicate 2 nodes' });
    expect(toGraphDocument(doc.ydoc)).toEqual(before);
    expect(doc.store.getState().selection.nodeIds).toEqual(['sc12', 'sh12a']);
  });

  it('takes explicit ids and an offset, and refuses an empty selection', () => {
    const doc = createSolo(scene12());
    doc.execute({ kind: 'Duplicate', ids: ['anna'], offset: { x: 0, y: 600 } });
    expect(doc.store.getState().nodes['solo_character_1']?.position).toEqual({ x: 0, y: 600 });
    doc.select([]);
    expect(doc.execute({ kind: 'Duplicate' })).toMatchObject({ ok: false, code: 'nothing_to_do' });
  });
});
