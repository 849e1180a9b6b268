import { describe, expect, it } from 'vitest';
import { createNode } from './factory.js';
import { describeNode, hasPlaceholderName } from './describe.js';
import { titleNode } from './node-title.js';

const at = { x: 0, y: 0 };

describe('describeNode', () => {
  it('names nodes the way a film crew does', () => {
    expect(describeNode(createNode('shot', { id: 'a', position: at, data: { shotNumber: '12A' } }))).toBe('Shot 12A');
    expect(describeNode(createNode('scene', { id: 'b', position: at, data: { sceneNumber: '12' } }))).toBe('Scene 12');
    expect(describeNode(createNode('character', { id: 'c', position: at, data: { name: 'BEN' } }))).toBe('BEN');
  });

  it('never shows a random id to the reader', () => {
    const id = 'character_33kGA3xyz';
    expect(describeNode(createNode('character', { id, position: at }))).toBe('Unnamed Character');
    expect(describeNode({ id: 'n', type: 'storyboard', position: at, data: {} })).toBe('Unnamed node');
  });

  it('names an unnumbered node by the title its card shows, not "Unnamed Shot"', () => {
    const shot = createNode('shot', { id: 'sh_x', position: at });
    expect(titleNode('shot', shot.data).title).toBe('MS · EYE · 35mm');
    expect(describeNode(shot)).toBe('Shot “MS · EYE · 35mm”');
    expect(describeNode(createNode('shot', { id: 'sh_y', position: at, data: { shotSize: 'MCU', angle: 'worms_eye', lensMm: 24 } }))).toBe('Shot “MCU · WORM’S EYE · 24mm”');
    expect(describeNode(createNode('shot', { id: 'sh_z', position: at, data: { name: 'The reveal' } }))).toBe('Shot “The reveal”');

    const kitchen = createNode('scene', { id: 'sc', position: at, data: { intExt: 'EXT', locationName: 'Kitchen', timeOfDay: 'night' } });
    expect(titleNode('scene', kitchen.data).title).toBe('EXT. KITCHEN - NIGHT');
    expect(describeNode(kitchen)).toBe('Scene “EXT. KITCHEN - NIGHT”');
    expect(describeNode(createNode('scene', { id: 'sc2', position: at }))).toBe('Scene “INT. LOCATION TBD”');

    // The card's placeholder and the message's are one string, capitalised as the palette spells the type.
    const nobody = createNode('character', { id: 'ch', position: at });
    expect(titleNode('character', nobody.data)).toEqual({ title: 'Unnamed Character', untitled: true });
    expect(describeNode(createNode('audio', { id: 'au', position: at }))).toBe(titleNode('audio', {}).title);
  });

  it('knows when all it has is a placeholder, so an undo label can say the bare type', () => {
    expect(hasPlaceholderName(createNode('character', { id: 'c', position: at }))).toBe(true);
    expect(hasPlaceholderName(createNode('scene', { id: 's', position: at }))).toBe(true);
    expect(hasPlaceholderName(createNode('scene', { id: 's', position: at, data: { locationName: 'Pier' } }))).toBe(false);
    expect(hasPlaceholderName(createNode('shot', { id: 'h', position: at }))).toBe(false);
    expect(hasPlaceholderName(createNode('sequence', { id: 'q', position: at, data: { number: '3' } }))).toBe(false);
  });
});
