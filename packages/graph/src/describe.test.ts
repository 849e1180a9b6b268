import { describe, expect, it } from 'vitest';
import { createNode } from './factory.js';
import { describeNode } from './describe.js';

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
    expect(describeNode(createNode('shot', { id: 'sh_x', position: at }))).toBe('Unnamed Shot');
    expect(describeNode({ id: 'n', type: 'storyboard', position: at, data: {} })).toBe('Unnamed node');
  });
});
