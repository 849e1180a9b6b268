import { describe, expect, it } from 'vitest';
import type { DocumentIssue, EdgeView, NodeView } from '@pc/document';
import { createEdgeMapper, type FlowEdgeSource } from './flow-edges.js';

const nodes: Record<string, NodeView> = {
  anna: { id: 'anna', type: 'character', position: { x: 0, y: 0 }, data: {} },
  sc12: { id: 'sc12', type: 'scene', position: { x: 0, y: 0 }, data: {} },
};
const cast: EdgeView = { id: 'e1', source: 'anna', sourceHandle: 'character', target: 'sc12', targetHandle: 'characters', hidden: false };

const source = (edges: Record<string, EdgeView>, issues: Record<string, DocumentIssue[]> = {}): FlowEdgeSource => ({
  edgeIds: Object.keys(edges),
  edges,
  nodes,
  issues: { edges: issues },
});

describe('React Flow edges from the document store', () => {
  it('colours an edge by the data type it carries', () => {
    const [edge] = createEdgeMapper()(source({ e1: cast }), new Set());
    expect(edge).toMatchObject({ id: 'e1', source: 'anna', sourceHandle: 'character', target: 'sc12', targetHandle: 'characters', hidden: false });
    expect(edge?.className).toBe('edge edge--CharacterRef');
  });

  it('reuses edge objects and the array while nothing changed', () => {
    const map = createEdgeMapper();
    const first = map(source({ e1: cast }), new Set());
    expect(map(source({ e1: cast }), new Set())).toBe(first);
    const selected = map(source({ e1: cast }), new Set(['e1']));
    expect(selected).not.toBe(first);
    expect(selected[0]?.selected).toBe(true);
  });

  it('passes on the derived view’s hidden flag and marks an edge with a problem as broken', () => {
    const issue: DocumentIssue = { code: 'cycle', severity: 'error', message: 'Loop', edgeId: 'e1', hidden: true };
    const [edge] = createEdgeMapper()(source({ e1: { ...cast, hidden: true } }, { e1: [issue] }), new Set());
    expect(edge?.hidden).toBe(true);
    expect(edge?.className).toContain('edge--broken');
  });
});
