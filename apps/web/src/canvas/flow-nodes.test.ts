import { describe, expect, it } from 'vitest';
import type { GraphNode, Position } from '@pc/graph';
import { syncFlowNodes } from './flow-nodes.js';

const node = (id: string, x = 0): GraphNode => ({ id, type: 'character', position: { x, y: 0 }, data: {} });

describe('syncing React Flow nodes with the document', () => {
  it('returns the same array when nothing changed', () => {
    const positions = new Map<string, Position>();
    const nodes = { a: node('a'), b: node('b') };
    const first = syncFlowNodes([], nodes, new Set(), positions);
    expect(syncFlowNodes(first, nodes, new Set(), positions)).toBe(first);
  });

  it('replaces only the node that moved in the document, keeping React Flow’s measurements', () => {
    const positions = new Map<string, Position>();
    const before = { a: node('a'), b: node('b') };
    const first = syncFlowNodes([], before, new Set(), positions).map((n) => ({ ...n, measured: { width: 264, height: 180 } }));
    const after = { ...before, a: node('a', 100) };
    const next = syncFlowNodes(first, after, new Set(), positions);
    expect(next[0]).not.toBe(first[0]);
    expect(next[0]).toMatchObject({ position: { x: 100, y: 0 }, measured: { width: 264, height: 180 } });
    expect(next[1]).toBe(first[1]);
  });

  it('keeps a live drag position until the document itself moves the node', () => {
    const positions = new Map<string, Position>();
    const doc = { a: node('a') };
    const [synced] = syncFlowNodes([], doc, new Set(), positions);
    const dragging = [{ ...synced!, position: { x: 55, y: 5 }, dragging: true }];
    const next = syncFlowNodes(dragging, doc, new Set(['a']), positions);
    expect(next[0]).toMatchObject({ position: { x: 55, y: 5 }, selected: true, dragging: true });
  });

  it('adds and removes nodes with the document', () => {
    const positions = new Map<string, Position>();
    const first = syncFlowNodes([], { a: node('a') }, new Set(), positions);
    const next = syncFlowNodes(first, { b: node('b') }, new Set(['b']), positions);
    expect(next.map((n) => [n.id, n.selected])).toEqual([['b', true]]);
    expect([...positions.keys()]).toEqual(['b']);
  });
});
