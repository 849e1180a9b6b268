import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { defaultNodeData, GRAPH_SCHEMA_VERSION } from '@pc/graph';
import { applyParsedGraphDocument, createGraphDoc, loadGraphDocument, toGraphDocument } from './graph-doc.js';
import { getEdgesMap, getMetaMap, getNodesMap, SERVER_ORIGIN } from './model/schema.js';
import { REMOTE_ORIGIN, syncAll } from './testing/peers.js';
import { cast, character, graphOf, scene, scene12, shot } from './testing/story.js';

const nodeMap = (ydoc: Y.Doc, id: string) => getNodesMap(ydoc).get(id) as Y.Map<unknown>;
const dataMap = (ydoc: Y.Doc, id: string) => nodeMap(ydoc, id).get('data') as Y.Map<unknown>;

describe('createGraphDoc and toGraphDocument', () => {
  it('round-trips GraphJSON, sorted by id', () => {
    const graph = scene12();
    const projected = toGraphDocument(createGraphDoc(graph));
    const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
    expect(projected).toEqual({ ...graph, nodes: byId(graph.nodes), edges: byId(graph.edges) });
    expect(projected.nodes.map((node) => node.id)).toEqual(['anna', 'ben', 'carl', 'sc12', 'sc14', 'sh12a']);
  });

  it('stores a node as a nested Y.Map with one position value and collaborative text as Y.Text', () => {
    const ydoc = createGraphDoc(scene12());
    const node = nodeMap(ydoc, 'sh12a');
    expect(node.get('type')).toBe('shot');
    expect(node.get('position')).toEqual({ x: 800, y: 0 });
    expect(dataMap(ydoc, 'sh12a').get('action')).toBeInstanceOf(Y.Text);
    expect(dataMap(ydoc, 'sc12').get('scriptText')).toBeInstanceOf(Y.Text);
    expect(dataMap(ydoc, 'sh12a').get('shotNumber')).toBe('12A');
    expect(toGraphDocument(ydoc).nodes.find((n) => n.id === 'sh12a')?.data['action']).toBe('');
  });

  it('gives even a sparse node a Y.Text for every collaborative field, so two typists share one text', () => {
    const ydoc = createGraphDoc(graphOf([{ id: 'sc1', type: 'scene', position: { x: 0, y: 0 }, data: {} }]));
    expect(dataMap(ydoc, 'sc1').get('scriptText')).toBeInstanceOf(Y.Text);
  });

  it('writes the schema version and edges as plain values keyed by id', () => {
    const ydoc = createGraphDoc(scene12());
    expect(getMetaMap(ydoc).get('schemaVersion')).toBe(GRAPH_SCHEMA_VERSION);
    expect(getEdgesMap(ydoc).get('cast_anna_sc12')).toEqual({ source: 'anna', sourceHandle: 'character', target: 'sc12', targetHandle: 'characters' });
  });

  it('keeps ids such as __proto__ and constructor as ordinary ids', () => {
    const graph = graphOf([character('__proto__'), scene('constructor', '1')], [cast('__proto__', 'constructor', 'toString')]);
    const projected = toGraphDocument(createGraphDoc(graph));
    expect(projected.nodes.map((node) => node.id)).toEqual(['__proto__', 'constructor']);
    expect(projected.edges[0]?.source).toBe('__proto__');
  });

  it('writes under the server origin, as one transaction', () => {
    const ydoc = new Y.Doc();
    const origins: unknown[] = [];
    ydoc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    loadGraphDocument(ydoc, scene12());
    expect(origins).toEqual([SERVER_ORIGIN]);
  });

  it('refuses a document that is not GraphJSON', () => {
    expect(() => loadGraphDocument(new Y.Doc(), { schemaVersion: 1, nodes: [{ id: 'bad id' }], edges: [] } as never)).toThrow();
  });
});

describe('loadGraphDocument into a live document', () => {
  it('changes only what differs, keeping each surviving node’s Y.Map', () => {
    const ydoc = createGraphDoc(scene12());
    const annaBefore = nodeMap(ydoc, 'anna');
    const next = scene12();
    next.nodes = next.nodes.filter((node) => node.id !== 'carl');
    (next.nodes.find((node) => node.id === 'anna') as { data: Record<string, unknown> }).data['age'] = '34';
    next.edges = next.edges.filter((edge) => edge.id !== 'cast_ben_sc12');
    next.nodes.push(shot('sh12b', '12B'));

    loadGraphDocument(ydoc, next);

    expect(nodeMap(ydoc, 'anna')).toBe(annaBefore);
    const projected = toGraphDocument(ydoc);
    expect(projected.nodes.map((node) => node.id)).toEqual(['anna', 'ben', 'sc12', 'sc14', 'sh12a', 'sh12b']);
    expect(projected.nodes[0]?.data['age']).toBe('34');
    expect(projected.edges.map((edge) => edge.id)).not.toContain('cast_ben_sc12');
  });

  it('merges a restore with a collaborator typing in the same script', () => {
    const server = createGraphDoc(scene12());
    const client = new Y.Doc();
    syncAll([server, client]);
    const script = dataMap(client, 'sc12').get('scriptText') as Y.Text;
    script.insert(0, 'MAYA waits.');
    syncAll([server, client]);

    // The restored revision rewrites the script; the collaborator keeps typing meanwhile.
    const restored = toGraphDocument(server);
    (restored.nodes.find((node) => node.id === 'sc12') as { data: Record<string, unknown> }).data['scriptText'] = 'MAYA waits. Rain.';
    loadGraphDocument(server, restored);
    script.insert(0, 'INT. HALL\n');
    syncAll([server, client]);

    expect((dataMap(server, 'sc12').get('scriptText') as Y.Text).toString()).toBe('INT. HALL\nMAYA waits. Rain.');
    expect(toGraphDocument(server)).toEqual(toGraphDocument(client));
  });

  it('recreates a node whose type changed and replaces a changed edge', () => {
    const ydoc = createGraphDoc(scene12());
    const next = scene12();
    next.nodes = next.nodes.map((node) => (node.id === 'carl' ? { ...node, type: 'scene', data: defaultNodeData('scene') } : node));
    next.edges = next.edges.map((edge) => (edge.id === 'cast_ben_sc12' ? { ...edge, data: { speaking: true } } : edge));
    loadGraphDocument(ydoc, next);
    const projected = toGraphDocument(ydoc);
    expect(projected.nodes.find((node) => node.id === 'carl')?.type).toBe('scene');
    expect(projected.edges.find((edge) => edge.id === 'cast_ben_sc12')?.data).toEqual({ speaking: true });
  });

  it('with the document it is known to equal, makes the same changes and skips only what is unchanged', () => {
    const changes = (next: ReturnType<typeof scene12>) => {
      next.nodes = next.nodes.filter((node) => node.id !== 'carl').map((node) => (node.id === 'anna' ? { ...node, position: { x: 5, y: 6 }, data: { ...node.data, age: '34' } } : node));
      next.nodes.push(shot('sh12b', '12B'));
      next.edges = next.edges.filter((edge) => edge.id !== 'cast_ben_sc12').map((edge) => (edge.id === 'cast_anna_sc12' ? { ...edge, data: { speaking: true } } : edge));
      return next;
    };
    const plain = createGraphDoc(scene12());
    const known = createGraphDoc(scene12());
    let knownUpdates = 0;
    known.on('update', () => (knownUpdates += 1));
    loadGraphDocument(plain, changes(scene12()));
    applyParsedGraphDocument(known, changes(scene12()), SERVER_ORIGIN, scene12());
    expect(toGraphDocument(known)).toEqual(toGraphDocument(plain));
    expect(knownUpdates).toBe(1);
    // Nothing changed since the document it equals: nothing written.
    applyParsedGraphDocument(known, changes(scene12()), SERVER_ORIGIN, changes(scene12()));
    expect(knownUpdates).toBe(1);
  });

  it('with a known document, does not read back the nodes equal to it', () => {
    // The Y.Doc holds ANNA at (0, 0); `known` claims (9, 9), as the new document has it: trusted, ANNA is not rewritten.
    const ydoc = createGraphDoc(scene12());
    const claimed = scene12();
    claimed.nodes = claimed.nodes.map((node) => (node.id === 'anna' ? { ...node, position: { x: 9, y: 9 } } : node));
    const next = scene12();
    next.nodes = next.nodes.map((node) => (node.id === 'anna' ? { ...node, position: { x: 9, y: 9 } } : node.id === 'ben' ? { ...node, position: { x: 7, y: 7 } } : node));
    applyParsedGraphDocument(ydoc, next, SERVER_ORIGIN, claimed);
    expect(nodeMap(ydoc, 'anna').get('position')).toEqual({ x: 0, y: 0 });
    expect(nodeMap(ydoc, 'ben').get('position')).toEqual({ x: 7, y: 7 });
  });

  it('writes nothing when the document already matches', () => {
    const ydoc = createGraphDoc(scene12());
    let updates = 0;
    ydoc.on('update', () => (updates += 1));
    loadGraphDocument(ydoc, scene12());
    expect(updates).toBe(0);
  });

  it('writes nothing for an equal object field whose keys come in another order', () => {
    const doc = graphOf([character('anna')]);
    doc.nodes[0]!.data['extra'] = { b: 1, a: [1, { c: 'x', d: null }] };
    const ydoc = createGraphDoc(doc);
    let updates = 0;
    ydoc.on('update', () => (updates += 1));
    const reordered = graphOf([character('anna')]);
    reordered.nodes[0]!.data['extra'] = { a: [1, { d: null, c: 'x' }], b: 1 };
    loadGraphDocument(ydoc, reordered);
    expect(updates).toBe(0);
    reordered.nodes[0]!.data['extra'] = { a: [1, { d: null, c: 'y' }], b: 1 };
    loadGraphDocument(ydoc, reordered);
    expect(updates).toBe(1);
    expect(dataMap(ydoc, 'anna').get('extra')).toEqual({ a: [1, { d: null, c: 'y' }], b: 1 });
  });

  it('stores a lone surrogate as U+FFFD even when the same malformed value is already there', () => {
    const doc = graphOf([character('anna')]);
    const ydoc = createGraphDoc(doc);
    // Only a foreign client could have stored this; equal input must still be repaired.
    dataMap(ydoc, 'anna').set('extra', { note: 'rain \uD800' });
    doc.nodes[0]!.data['extra'] = { note: 'rain \uD800' };
    loadGraphDocument(ydoc, doc);
    expect(dataMap(ydoc, 'anna').get('extra')).toEqual({ note: 'rain \uFFFD' });
  });

  it('reaches peers as ordinary changes', () => {
    const server = createGraphDoc(scene12());
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server), REMOTE_ORIGIN);
    loadGraphDocument(server, graphOf([character('anna')]));
    syncAll([server, client]);
    expect(toGraphDocument(client).nodes.map((node) => node.id)).toEqual(['anna']);
  });
});
