import { describe, expect, it } from 'vitest';
import { GRAPH_SCHEMA_VERSION, type GraphDocument } from '@pc/graph';
import { createCanvasStore, immediately } from './canvas-store.js';
import { toGraphDocument } from './canvas-document.js';

const sample: GraphDocument = {
  schemaVersion: GRAPH_SCHEMA_VERSION,
  nodes: [
    { id: 'anna', type: 'character', position: { x: 0, y: 0 }, data: { name: 'ANNA' } },
    { id: 'ben', type: 'character', position: { x: 0, y: 300 }, data: { name: 'BEN' } },
    { id: 'sc12', type: 'scene', position: { x: 400, y: 0 }, data: { sceneNumber: '12' } },
    { id: 'sh12a', type: 'shot', position: { x: 800, y: 0 }, data: { shotNumber: '12A' } },
  ],
  edges: [
    { id: 'e1', source: 'anna', sourceHandle: 'character', target: 'sc12', targetHandle: 'characters' },
    { id: 'e2', source: 'sc12', sourceHandle: 'scene', target: 'sh12a', targetHandle: 'scene' },
  ],
};

const openGraph = (document: GraphDocument = sample) => {
  const store = createCanvasStore({ scheduleValidation: immediately });
  store.getState().load({ id: 'g1', name: 'The Letter', revision: 3, document });
  return store;
};

describe('canvas store', () => {
  it('opens a graph clean: saved, nothing selected, issues computed', () => {
    const store = openGraph({ ...sample, nodes: [...sample.nodes, { id: 'sh12b', type: 'shot', position: { x: 800, y: 300 }, data: {} }] });
    const { session } = store.getState();
    expect(session.save.status).toBe('saved');
    expect(session.graph).toEqual({ id: 'g1', name: 'The Letter', revision: 3 });
    expect(session.selection).toEqual({ nodeIds: [], edgeIds: [] });
    expect(session.issues.byNode['sh12b']?.map((issue) => issue.code)).toEqual(['shot_missing_scene']);
    expect(session.portUsage['sc12']).toEqual({ 'in:characters': 1, 'out:scene': 1 });
  });

  it('adds a node with the catalogue defaults, selects it, and marks the graph unsaved', () => {
    const store = openGraph();
    const id = store.getState().addNode('shot', { x: 10.4, y: 20.6 });
    const node = store.getState().document.nodes[id!];
    expect(node?.type).toBe('shot');
    expect(node?.position).toEqual({ x: 10, y: 21 });
    expect(node?.data).toMatchObject({ shotSize: 'MS', lensMm: 35, status: 'todo', durationS: null });
    expect(store.getState().session.selection.nodeIds).toEqual([id]);
    expect(store.getState().session.save.status).toBe('dirty');
  });

  it('refuses to add a node type the catalogue does not know', () => {
    const store = openGraph();
    const before = store.getState().document;
    expect(store.getState().addNode('location', { x: 0, y: 0 })).toBeNull();
    expect(store.getState().document).toBe(before);
  });

  it('moves nodes once, keeping every untouched node object identical', () => {
    const store = openGraph();
    const before = store.getState().document.nodes;
    store.getState().moveNodes([{ id: 'anna', position: { x: 40.2, y: 80.7 } }]);
    const after = store.getState().document.nodes;
    expect(after['anna']?.position).toEqual({ x: 40, y: 81 });
    expect(after['anna']?.data).toBe(before['anna']?.data);
    expect(after['ben']).toBe(before['ben']);
    expect(after['sc12']).toBe(before['sc12']);
  });

  it('updates fields of one node only, and a no-op edit leaves the document untouched', () => {
    const store = openGraph();
    const before = store.getState().document;
    store.getState().updateFields('anna', { name: 'ANNA' });
    expect(store.getState().document).toBe(before);
    store.getState().updateFields('anna', { age: '34', appearance: { hair: 'auburn' } });
    const after = store.getState().document;
    expect(after.nodes['anna']?.data).toMatchObject({ name: 'ANNA', age: '34', appearance: { hair: 'auburn' } });
    expect(after.nodes['ben']).toBe(before.nodes['ben']);
    expect(after.edges).toBe(before.edges);
  });

  it('connects ports the rules allow, with a deterministic edge id', () => {
    const store = openGraph();
    const result = store.getState().connect({ source: 'ben', sourceHandle: 'character', target: 'sc12', targetHandle: 'characters' });
    expect(result.ok).toBe(true);
    const edges = Object.values(store.getState().document.edges);
    expect(edges).toHaveLength(3);
    expect(edges.at(-1)).toMatchObject({ source: 'ben', target: 'sc12', targetHandle: 'characters' });
    expect(store.getState().session.portUsage['sc12']).toEqual({ 'in:characters': 2, 'out:scene': 1 });
  });

  it('refuses an invalid connection with a reason and writes nothing', () => {
    const store = openGraph();
    const before = store.getState().document;
    const wrongType = store.getState().connect({ source: 'anna', sourceHandle: 'character', target: 'sh12a', targetHandle: 'scene' });
    expect(wrongType).toMatchObject({ ok: false, code: 'incompatible_ports' });
    const notCast = store.getState().connect({ source: 'ben', sourceHandle: 'character', target: 'sh12a', targetHandle: 'characters' });
    expect(notCast).toMatchObject({ ok: false, code: 'shot_character_not_cast' });
    expect(notCast.ok === false && notCast.reason).toContain('BEN');
    expect(store.getState().document).toBe(before);
    expect(store.getState().session.save.status).toBe('saved');
  });

  it('disconnects edges', () => {
    const store = openGraph();
    store.getState().disconnect(['e2']);
    expect(Object.keys(store.getState().document.edges)).toEqual(['e1']);
    expect(store.getState().session.issues.byNode['sh12a']?.[0]?.code).toBe('shot_missing_scene');
  });

  it('deletes the selected nodes with every edge that touches them, and clears the selection', () => {
    const store = openGraph();
    store.getState().select({ nodeIds: ['sc12'], edgeIds: [] });
    store.getState().deleteSelection();
    const { document, session } = store.getState();
    expect(Object.keys(document.nodes)).toEqual(['anna', 'ben', 'sh12a']);
    expect(document.edges).toEqual({});
    expect(session.selection).toEqual({ nodeIds: [], edgeIds: [] });
  });

  it('deleting with nothing selected is not an edit', () => {
    const store = openGraph();
    const before = store.getState().document;
    store.getState().deleteSelection();
    expect(store.getState().document).toBe(before);
  });

  it('keeps the issue arrays of unaffected nodes when re-validating', () => {
    const store = openGraph({ ...sample, nodes: [...sample.nodes, { id: 'sh12b', type: 'shot', position: { x: 0, y: 0 }, data: {} }] });
    const before = store.getState().session.issues.byNode['sh12b'];
    store.getState().updateFields('anna', { age: '35' });
    expect(store.getState().session.issues.byNode['sh12b']).toBe(before);
  });

  it('exports GraphJSON in insertion order, once per document version', () => {
    const store = openGraph();
    const doc = store.getState().document;
    const graph = toGraphDocument(doc);
    expect(graph.nodes.map((node) => node.id)).toEqual(['anna', 'ben', 'sc12', 'sh12a']);
    expect(toGraphDocument(doc)).toBe(graph);
  });

  it('selection is session state: selecting does not make the graph unsaved', () => {
    const store = openGraph();
    const before = store.getState().document;
    store.getState().select({ nodeIds: ['anna'], edgeIds: ['e1'] });
    expect(store.getState().document).toBe(before);
    expect(store.getState().session.save.status).toBe('saved');
  });
});
