import { describe, expect, it } from 'vitest';
import { checkConnection, type ProposedConnection } from './connection.js';
import type { GraphDocument } from './document.js';
import { character, cover, graphOf, link, scene, scene12, shot } from './testing/story.js';

const wire = (source: string, sourceHandle: string, target: string, targetHandle: string): ProposedConnection => ({
  source,
  sourceHandle,
  target,
  targetHandle,
});

const refusal = (doc: GraphDocument, connection: ProposedConnection) => {
  const check = checkConnection(doc, connection);
  if (check.ok) throw new Error('expected the connection to be refused');
  return check;
};

describe('checkConnection', () => {
  it('allows casting a character in a scene', () => {
    expect(checkConnection(scene12(), wire('ben', 'character', 'sc12', 'characters'))).toEqual({ ok: true });
  });

  it('allows a Scene into a Shot that has no scene yet', () => {
    const doc = graphOf([scene('sc12', '12'), shot('sh12a', '12A')]);
    expect(checkConnection(doc, wire('sc12', 'scene', 'sh12a', 'scene'))).toEqual({ ok: true });
  });

  it('allows a cast character into a Shot of that scene', () => {
    const doc = scene12();
    doc.edges.pop(); // ANNA leaves the frame, then comes back
    expect(checkConnection(doc, wire('anna', 'character', 'sh12a', 'characters'))).toEqual({ ok: true });
  });

  it('allows a character into a Shot whose scene is not connected yet', () => {
    const doc = graphOf([character('ben'), shot('sh12a', '12A')]);
    expect(checkConnection(doc, wire('ben', 'character', 'sh12a', 'characters'))).toEqual({ ok: true });
  });

  it('refuses a character who is not cast in the Shot’s scene, saying why', () => {
    const check = refusal(scene12(), wire('ben', 'character', 'sh12a', 'characters'));
    expect(check.code).toBe('shot_character_not_cast');
    expect(check.reason).toBe('Shot 12A covers Scene 12, where BEN is not cast; add BEN to the scene’s cast first.');
  });

  it('refuses an output into an input of another data type, saying what the input expects', () => {
    const check = refusal(scene12(), wire('sc12', 'scene', 'sh12a', 'characters'));
    expect(check).toEqual({
      ok: false,
      code: 'incompatible_ports',
      reason: 'A Scene output cannot feed a Shot’s In frame input: it expects a Character.',
    });
  });

  it('refuses a second scene into a Shot, naming the scene it already covers', () => {
    const doc = scene12();
    doc.nodes.push(scene('sc13', '13'));
    const check = refusal(doc, wire('sc13', 'scene', 'sh12a', 'scene'));
    expect(check.code).toBe('port_occupied');
    expect(check.reason).toContain('already linked to Scene 12');
  });

  it('refuses the same connection twice', () => {
    expect(refusal(scene12(), wire('anna', 'character', 'sc12', 'characters')).code).toBe('duplicate_edge');
  });

  it('refuses a node feeding itself', () => {
    expect(refusal(scene12(), wire('sh12a', 'shot', 'sh12a', 'scene')).code).toBe('self_loop');
  });

  it('refuses a link that would close a loop', () => {
    // Today's catalogue cannot form a loop with well-typed links, so the document already
    // holds a mis-typed Shot → Scene link; the new, well-typed link would close the loop.
    const doc = graphOf([scene('sc1', '1'), shot('sh1', '1A')], [link('sh1', 'shot', 'sc1', 'characters')]);
    const check = refusal(doc, wire('sc1', 'scene', 'sh1', 'scene'));
    expect(check).toEqual({ ok: false, code: 'cycle', reason: 'Linking Scene 1 to Shot 1A would create a loop; work must flow one way.' });
  });

  it('refuses unknown nodes, unknown types and unknown ports', () => {
    const doc = scene12();
    doc.nodes.push({ id: 'loc1', type: 'matte_painting', position: { x: 0, y: 0 }, data: {} });
    expect(refusal(doc, wire('carla', 'character', 'sc12', 'characters')).code).toBe('dangling_edge');
    expect(refusal(doc, wire('anna', 'character', 'sc99', 'characters')).code).toBe('dangling_edge');
    expect(refusal(doc, wire('loc1', 'location', 'sc12', 'characters')).code).toBe('unknown_node_type');
    expect(refusal(doc, wire('anna', 'portrait', 'sc12', 'characters')).code).toBe('unknown_port');
    expect(refusal(doc, wire('anna', 'character', 'sc12', 'extras')).code).toBe('unknown_port');
  });

  it('ignores dangling edges when judging an occupied input', () => {
    const doc = graphOf([scene('sc12', '12'), shot('sh12a', '12A')], [cover('gone', 'sh12a')]);
    expect(checkConnection(doc, wire('sc12', 'scene', 'sh12a', 'scene'))).toEqual({ ok: true });
  });
});
