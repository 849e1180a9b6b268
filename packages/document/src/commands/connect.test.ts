import { describe, expect, it } from 'vitest';
import { toGraphDocument } from '../graph-doc.js';
import { getEdgesMap } from '../model/schema.js';
import { createSolo } from '../testing/peers.js';
import { scene12 } from '../testing/story.js';

const link = (source: string, sourceHandle: string, target: string, targetHandle: string) => ({
  kind: 'Connect' as const,
  source,
  sourceHandle,
  target,
  targetHandle,
});

describe('Connect', () => {
  it('links an output to an input with a fresh id, as one undoable step', () => {
    const doc = createSolo(scene12());
    const before = toGraphDocument(doc.ydoc);
    expect(doc.execute(link('ben', 'character', 'sc14', 'characters'))).toMatchObject({ ok: true, label: 'Connect BEN to Scene 14', created: ['solo_e_1'] });
    expect(doc.store.getState().edges['solo_e_1']).toMatchObject({ source: 'ben', target: 'sc14', hidden: false });

    doc.undo();
    expect(toGraphDocument(doc.ydoc)).toEqual(before);
    doc.redo();
    expect(getEdgesMap(doc.ydoc).get('solo_e_1')).toEqual({ source: 'ben', sourceHandle: 'character', target: 'sc14', targetHandle: 'characters' });
  });

  it('keeps edge data such as a speaking part', () => {
    const doc = createSolo(scene12());
    doc.execute({ ...link('carl', 'character', 'sc12', 'characters'), data: { speaking: true } });
    expect(doc.store.getState().edges['solo_e_1']?.data).toEqual({ speaking: true });
    expect(doc.execute({ ...link('carl', 'character', 'sc14', 'characters'), data: { speaking: 'yes' } as never })).toMatchObject({
      ok: false,
      code: 'invalid_field',
    });
  });

  it.each([
    ['a second Scene into a Shot', link('sc14', 'scene', 'sh12a', 'scene'), 'port_occupied'],
    ['a Scene into a cast input', link('sc14', 'scene', 'sc12', 'characters'), 'incompatible_ports'],
    ['the same link twice', link('anna', 'character', 'sc12', 'characters'), 'duplicate_edge'],
    ['a port that does not exist', link('anna', 'character', 'sc12', 'wardrobe'), 'unknown_port'],
    ['a missing node', link('ghost', 'character', 'sc12', 'characters'), 'dangling_edge'],
    ['a Character in frame who is not cast in the Shot’s Scene', link('carl', 'character', 'sh12a', 'characters'), 'shot_character_not_cast'],
  ])('refuses %s (%s) and writes nothing', (_, command, code) => {
    const doc = createSolo(scene12());
    const before = toGraphDocument(doc.ydoc);
    const result = doc.execute(command);
    expect(result).toMatchObject({ ok: false, code });
    expect(result.ok ? '' : result.reason).not.toBe('');
    expect(toGraphDocument(doc.ydoc)).toEqual(before);
    expect(doc.store.getState().canUndo).toBe(false);
  });

  it('explains a refused casting in the words of the script', () => {
    const doc = createSolo(scene12());
    const result = doc.execute(link('carl', 'character', 'sh12a', 'characters'));
    expect(result.ok ? '' : result.reason).toBe('Shot 12A covers Scene 12, where CARL is not cast; add CARL to the scene’s cast first.');
  });

  it('with replace, swaps the link in an occupied single input in one step', () => {
    const doc = createSolo(scene12());
    const result = doc.execute({ ...link('sc14', 'scene', 'sh12a', 'scene'), replace: true });
    expect(result).toMatchObject({ ok: true, label: 'Connect Scene 14 to Shot 12A' });
    expect(getEdgesMap(doc.ydoc).has('cover_sc12_sh12a')).toBe(false);
    doc.undo();
    expect(getEdgesMap(doc.ydoc).has('cover_sc12_sh12a')).toBe(true);
    expect(getEdgesMap(doc.ydoc).has('solo_e_1')).toBe(false);
  });
});
