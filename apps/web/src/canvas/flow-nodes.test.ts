import { describe, expect, it } from 'vitest';
import { createDocumentStore, createGraphDoc } from '@pc/document';
import { GRAPH_SCHEMA_VERSION, type Position } from '@pc/graph';
import { resetToDocument, syncFlowNodes, type FlowNode } from './flow-nodes.js';

const openDocument = () => {
  const doc = createDocumentStore({
    ydoc: createGraphDoc({
      schemaVersion: GRAPH_SCHEMA_VERSION,
      nodes: [
        { id: 'anna', type: 'character', position: { x: 0, y: 0 }, data: { name: 'ANNA' } },
        { id: 'ben', type: 'character', position: { x: 0, y: 300 }, data: { name: 'BEN' } },
        { id: 'sc12', type: 'scene', position: { x: 400, y: 0 }, data: { sceneNumber: '12' } },
      ],
      edges: [],
    }),
  });
  const positions = new Map<string, Position>();
  let flow: FlowNode[] = [];
  const sync = () => {
    const state = doc.store.getState();
    flow = syncFlowNodes(flow, state, new Set(state.selection.nodeIds), positions);
    return flow;
  };
  return { doc, positions, sync, measure: () => (flow = flow.map((node) => ({ ...node, measured: { width: 264, height: 180 } }))) };
};

describe('React Flow nodes from the document store', () => {
  it('returns the same array when nothing changed', () => {
    const { sync } = openDocument();
    const first = sync();
    expect(first.map((node) => node.id)).toEqual(['anna', 'ben', 'sc12']);
    expect(sync()).toBe(first);
  });

  it('replaces only the node a MoveNodes moved, keeping React Flow’s measurements', () => {
    const { doc, sync, measure } = openDocument();
    sync();
    const first = measure();
    doc.execute({ kind: 'MoveNodes', moves: [{ id: 'anna', position: { x: 100, y: 20 } }] });
    const next = sync();
    expect(next[0]).not.toBe(first[0]);
    expect(next[0]).toMatchObject({ position: { x: 100, y: 20 }, measured: { width: 264, height: 180 } });
    expect(next[1]).toBe(first[1]);
    expect(next[2]).toBe(first[2]);
  });

  it('keeps every node object when a field changes: cards read their data from the store', () => {
    const { doc, sync } = openDocument();
    const first = sync();
    doc.execute({ kind: 'UpdateFields', id: 'anna', fields: { name: 'ANNA K' } });
    expect(sync()).toBe(first);
  });

  it('merges the selection without recreating untouched nodes', () => {
    const { doc, sync } = openDocument();
    const first = sync();
    doc.select(['ben']);
    const next = sync();
    expect(next[1]).toMatchObject({ id: 'ben', selected: true });
    // anna hands the Tab stop to ben; sc12 is untouched.
    expect(next[0]).toMatchObject({ id: 'anna', focusable: false });
    expect(next[2]).toBe(first[2]);
  });

  it('keeps a live drag position until the document itself moves the node', () => {
    const { doc, sync } = openDocument();
    const [anna, ...rest] = sync();
    const dragging = [{ ...anna!, position: { x: 55, y: 5 }, dragging: true }, ...rest];
    doc.select(['anna']);
    const state = doc.store.getState();
    const positions = new Map<string, Position>(dragging.map((node) => [node.id, state.nodes[node.id]!.position]));
    const next = syncFlowNodes(dragging, state, new Set(state.selection.nodeIds), positions);
    expect(next[0]).toMatchObject({ position: { x: 55, y: 5 }, selected: true, dragging: true });
  });

  it('puts a refused drag back where the document has the node', () => {
    const { doc, sync } = openDocument();
    const [anna, ...rest] = sync();
    const dragged = [{ ...anna!, position: { x: 55, y: 5 } }, ...rest];
    const reset = resetToDocument(dragged, doc.store.getState(), new Set(['anna']));
    expect(reset[0]?.position).toEqual({ x: 0, y: 0 });
    expect(reset[1]).toBe(dragged[1]);
  });

  it('adds and removes nodes with the document, new nodes last', () => {
    const { doc, sync, positions } = openDocument();
    sync();
    doc.execute({ kind: 'DeleteSelection', ids: ['ben'] });
    const added = doc.execute({ kind: 'AddNodes', nodes: [{ type: 'shot', position: { x: 800, y: 0 } }] });
    const next = sync();
    const shotId = added.ok ? added.created[0] : '';
    expect(next.map((node) => [node.id, Boolean(node.selected)])).toEqual([
      ['anna', false],
      ['sc12', false],
      [shotId, true],
    ]);
    expect([...positions.keys()].sort()).toEqual(['anna', 'sc12', shotId].sort());
  });

  it('makes one card the canvas\'s Tab stop: the first selected, else the first, following the selection', () => {
    const { doc, sync } = openDocument();
    const focusable = () => sync().filter((node) => node.focusable).map((node) => node.id);
    expect(focusable()).toEqual(['anna']);
    doc.select({ nodeIds: ['sc12'], edgeIds: [] });
    const selected = sync();
    expect(focusable()).toEqual(['sc12']);
    // Only the two cards whose Tab stop changed are new objects.
    doc.select({ nodeIds: ['ben'], edgeIds: [] });
    const next = sync();
    expect(next[0]).toBe(selected[0]);
    expect(focusable()).toEqual(['ben']);
    doc.execute({ kind: 'DeleteSelection', ids: ['ben'] });
    expect(focusable()).toEqual(['anna']);
  });
});
