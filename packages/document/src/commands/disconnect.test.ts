import { describe, expect, it } from 'vitest';
import { toGraphDocument } from '../graph-doc.js';
import { createSolo } from '../testing/peers.js';
import { scene12 } from '../testing/story.js';

describe('Disconnect', () => {
  it('removes a link and undo brings it back', () => {
    const doc = createSolo(scene12());
    const before = toGraphDocument(doc.ydoc);
    expect(doc.execute({ kind: 'Disconnect', ids: ['cast_ben_sc12'] })).toMatchObject({ ok: true, label: 'Disconnect BEN from Scene 12' });
    expect(doc.store.getState().edges['cast_ben_sc12']).toBeUndefined();
    doc.undo();
    expect(toGraphDocument(doc.ydoc)).toEqual(before);
  });

  it('may leave a Shot showing someone no longer cast: the Shot is flagged, as graph rules', () => {
    const doc = createSolo(scene12());
    doc.execute({ kind: 'Disconnect', ids: ['cast_anna_sc12'] });
    expect(doc.store.getState().issues.nodes['sh12a']?.map((issue) => issue.code)).toEqual(['shot_character_not_cast']);
    expect(doc.store.getState().edges['frame_anna_sh12a']?.hidden).toBe(false);
    doc.undo();
    expect(doc.store.getState().issues.nodes['sh12a']).toBeUndefined();
  });

  it('removes several links, drops them from the selection, and ignores ids that are gone', () => {
    const doc = createSolo(scene12());
    doc.select(['cast_anna_sc12', 'cast_ben_sc12', 'anna']);
    expect(doc.execute({ kind: 'Disconnect', ids: ['cast_anna_sc12', 'cast_ben_sc12', 'gone'] })).toMatchObject({
      ok: true,
      label: 'Disconnect 2 links',
      selection: { nodeIds: ['anna'], edgeIds: [] },
    });
    expect(doc.execute({ kind: 'Disconnect', ids: ['gone'] })).toMatchObject({ ok: false, code: 'edge_not_found' });
  });
});
