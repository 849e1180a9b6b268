import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '@pc/graph';
import { createEdgeMapper } from './flow-edges.js';

const nodes: Record<string, GraphNode> = {
  anna: { id: 'anna', type: 'character', position: { x: 0, y: 0 }, data: {} },
  sc12: { id: 'sc12', type: 'scene', position: { x: 0, y: 0 }, data: {} },
};
const cast: GraphEdge = { id: 'e1', source: 'anna', sourceHandle: 'character', target: 'sc12', targetHandle: 'characters' };

describe('mapping document edges to React Flow edges', () => {
  it('colours an edge by the data type it carries', () => {
    const [edge] = createEdgeMapper()({ e1: cast }, nodes, new Set(), {});
    expect(edge).toMatchObject({ id: 'e1', source: 'anna', sourceHandle: 'character', target: 'sc12', targetHandle: 'characters' });
    expect(edge?.className).toBe('edge edge--CharacterRef');
  });

  it('reuses edge objects and the array while nothing changed', () => {
    const map = createEdgeMapper();
    const first = map({ e1: cast }, nodes, new Set(), {});
    expect(map({ e1: cast }, nodes, new Set(), {})).toBe(first);
    const selected = map({ e1: cast }, nodes, new Set(['e1']), {});
    expect(selected).not.toBe(first);
    expect(selected[0]?.selected).toBe(true);
  });

  it('marks an edge with a validation problem as broken', () => {
    const issue = { code: 'cycle' as const, severity: 'error' as const, message: 'Loop', edgeId: 'e1', path: ['edges', 0] };
    const [edge] = createEdgeMapper()({ e1: cast }, nodes, new Set(), { e1: [issue] });
    expect(edge?.className).toContain('edge--broken');
  });
});
