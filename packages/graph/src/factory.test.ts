import { describe, expect, it } from 'vitest';
import { defaultNodeData } from './catalogue/index.js';
import { graphIdSchema, graphNodeSchema } from './document.js';
import { createEdgeId, createId, createNode } from './factory.js';

describe('createNode', () => {
  it('creates a node with every field at its default, overlaid with the given data', () => {
    const node = createNode('shot', { id: 'sh12a', position: { x: 10, y: 20 }, data: { shotNumber: '12A', shotSize: 'MCU' } });
    expect(node).toEqual({
      id: 'sh12a',
      type: 'shot',
      position: { x: 10, y: 20 },
      data: { ...defaultNodeData('shot'), shotNumber: '12A', shotSize: 'MCU' },
    });
    expect(graphNodeSchema.parse(node)).toEqual(node);
  });

  it('gives the node a fresh id when none is given', () => {
    const node = createNode('character', { position: { x: 0, y: 0 } });
    expect(node.id).toMatch(/^character_[A-Za-z0-9_-]{21}$/);
  });
});

describe('createId', () => {
  it('makes valid, distinct ids', () => {
    const ids = Array.from({ length: 1_000 }, () => createId());
    expect(new Set(ids).size).toBe(1_000);
    for (const id of ids) expect(graphIdSchema.safeParse(id).success).toBe(true);
  });
});

describe('createEdgeId', () => {
  const edge = { source: 'sc12', sourceHandle: 'scene', target: 'sh12a', targetHandle: 'scene' };

  it('is the same for the same connection, so two peers adding it write one edge', () => {
    expect(createEdgeId(edge)).toBe(createEdgeId({ ...edge }));
    expect(graphIdSchema.safeParse(createEdgeId(edge)).success).toBe(true);
  });

  it('differs for connections that naive joining would confuse', () => {
    const a = { source: 'a_b', sourceHandle: 'c', target: 'd', targetHandle: 'e' };
    const b = { source: 'a', sourceHandle: 'b_c', target: 'd', targetHandle: 'e' };
    expect(createEdgeId(a)).not.toBe(createEdgeId(b));
  });
});
