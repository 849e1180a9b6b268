import { describe, expect, it } from 'vitest';
import { NODE_WIDTH } from '../placement.js';
import { toNodeLayer } from './node-layer.js';

describe('the minimap node layer', () => {
  it('draws every node, unmeasured ones at card size, hidden ones not at all, the selection on top', () => {
    const layer = toNodeLayer([
      { type: 'scene', selected: true, position: { x: 0, y: 0 }, measured: { width: 264, height: 300 } },
      { type: 'character', position: { x: 400, y: 0 } },
      { type: 'shot', hidden: true, position: { x: 5000, y: 5000 } },
      { type: 'location', position: { x: -100, y: 50 }, measured: { width: 200, height: 100 } },
    ]);
    expect(layer.nodes.map((node) => node.x)).toEqual([400, -100, 0]);
    expect(layer.nodes[0]).toMatchObject({ width: NODE_WIDTH, color: '#e0795b' });
    expect(layer.nodes[2]?.color).not.toBe(layer.nodes[1]?.color);
    expect(layer.bounds).toEqual({ x: -100, y: 0, width: 400 + NODE_WIDTH + 100, height: 300 });
  });

  it('has no bounds for an empty graph', () => {
    expect(toNodeLayer([])).toEqual({ nodes: [], bounds: null });
  });
});
