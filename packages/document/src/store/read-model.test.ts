import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createGraphDoc, toGraphDocument } from '../graph-doc.js';
import { getEdgesMap, getMetaMap, getNodesMap } from '../model/schema.js';
import { createPeers, createSolo } from '../testing/peers.js';
import { cast, character, cover, graphOf, scene, scene12 } from '../testing/story.js';
import { createDocumentStore } from './document-store.js';

describe('the read model', () => {
  it('projects the document', () => {
    const doc = createSolo(scene12());
    const state = doc.store.getState();
    expect(state.nodeIds).toEqual(['anna', 'ben', 'carl', 'sc12', 'sc14', 'sh12a']);
    expect(state.nodes['sc12']).toEqual({ id: 'sc12', type: 'scene', position: { x: 400, y: 0 }, data: expect.objectContaining({ sceneNumber: '12', scriptText: '' }) });
    expect(state.edges['cast_anna_sc12']).toEqual({ ...cast('anna', 'sc12'), hidden: false });
    expect(Object.isFrozen(state.nodes['sc12'])).toBe(true);
  });

  it('keeps every untouched node, and the untouched half of a touched one, by identity', () => {
    const doc = createSolo(scene12());
    const before = doc.store.getState();
    doc.execute({ kind: 'MoveNodes', moves: [{ id: 'anna', position: { x: 5, y: 5 } }] });
    const moved = doc.store.getState();
    expect(moved.nodes['anna']).not.toBe(before.nodes['anna']);
    expect(moved.nodes['anna']?.data).toBe(before.nodes['anna']?.data);
    for (const id of ['ben', 'carl', 'sc12', 'sc14', 'sh12a']) expect(moved.nodes[id]).toBe(before.nodes[id]);
    expect(moved.edges).toBe(before.edges);
    expect(moved.nodeIds).toBe(before.nodeIds);
    expect(moved.issues).toBe(before.issues);

    doc.execute({ kind: 'UpdateFields', id: 'sc12', fields: { synopsis: 'Rain.' } });
    const edited = doc.store.getState();
    expect(edited.nodes['sc12']?.position).toBe(moved.nodes['sc12']?.position);
    expect(edited.nodes['anna']).toBe(moved.nodes['anna']);

    doc.execute({ kind: 'Connect', source: 'carl', sourceHandle: 'character', target: 'sc14', targetHandle: 'characters' });
    const linked = doc.store.getState();
    expect(linked.nodes).toBe(edited.nodes);
    expect(linked.edges['cast_anna_sc12']).toBe(edited.edges['cast_anna_sc12']);
  });

  it('follows remote changes with one store update per transaction', () => {
    const { stores, relay, docs, destroy } = createPeers(2, scene12());
    const [a, b] = stores as [ReturnType<typeof createSolo>, ReturnType<typeof createSolo>];
    let notifications = 0;
    b.store.subscribe(() => (notifications += 1));
    a.execute({
      kind: 'MoveNodes',
      moves: [
        { id: 'anna', position: { x: 1, y: 1 } },
        { id: 'ben', position: { x: 2, y: 2 } },
        { id: 'carl', position: { x: 3, y: 3 } },
      ],
    });
    relay.flush();
    expect(notifications).toBe(1);
    expect(b.store.getState().nodes['carl']?.position).toEqual({ x: 3, y: 3 });
    expect(toGraphDocument(docs[1] as Y.Doc)).toEqual(toGraphDocument(docs[0] as Y.Doc));
    destroy();
  });

  it('updates the store once per command and once per undo, selection included', () => {
    const doc = createSolo(scene12());
    let notifications = 0;
    doc.store.subscribe(() => (notifications += 1));
    doc.execute({ kind: 'AddNodes', nodes: [{ type: 'shot', position: { x: 0, y: 0 } }, { type: 'shot', position: { x: 0, y: 0 } }] });
    expect(notifications).toBe(1);
    doc.undo();
    expect(notifications).toBe(2);
  });

  it('reads typing into a Y.Text made by an editor binding', () => {
    const doc = createSolo(scene12());
    const script = (getNodesMap(doc.ydoc).get('sc12')?.get('data') as Y.Map<unknown>).get('scriptText') as Y.Text;
    doc.select(['anna']);
    doc.ydoc.transact(() => script.insert(0, 'INT. HALL'), doc.origin);
    expect(doc.store.getState().nodes['sc12']?.data['scriptText']).toBe('INT. HALL');
    expect(doc.store.getState().undoLabel).toBe('Edit Script of Scene 12');
    expect(doc.undo()).toMatchObject({ ok: true, label: 'Edit Script of Scene 12' });
    expect(doc.store.getState().selection.nodeIds).toEqual(['anna']);
    expect(doc.store.getState().nodes['sc12']?.data['scriptText']).toBe('');
  });

  it('marks hidden edges and groups issues by node and edge, keeping unchanged issue lists', () => {
    const doc = createSolo(scene12());
    getEdgesMap(doc.ydoc).set('a_cover', cover('sc14', 'sh12a'));
    const state = doc.store.getState();
    expect(state.edges['cover_sc12_sh12a']?.hidden).toBe(true);
    expect(state.edges['a_cover']?.hidden).toBe(false);
    expect(state.issues.nodes['sh12a']?.map((issue) => issue.code)).toEqual(['port_occupied', 'shot_character_not_cast']);
    expect(state.issues.edges['cover_sc12_sh12a']?.[0]?.hidden).toBe(true);

    doc.execute({ kind: 'MoveNodes', moves: [{ id: 'sh12a', position: { x: 1, y: 1 } }] });
    expect(doc.store.getState().issues).toBe(state.issues);
    getNodesMap(doc.ydoc).delete('carl');
    expect(doc.store.getState().issues.nodes['sh12a']).toBe(state.issues.nodes['sh12a']);

    getEdgesMap(doc.ydoc).delete('a_cover');
    expect(doc.store.getState().edges['cover_sc12_sh12a']?.hidden).toBe(false);
    expect(doc.store.getState().issues.all).toEqual([]);
  });

  it('keeps the messages current when a flagged node is renamed', () => {
    const doc = createSolo(graphOf([character('anna'), scene('sc1', '1')], [cast('anna', 'sc1'), cast('ghost', 'sc1', 'e_ghost')]));
    doc.execute({ kind: 'AddNodes', nodes: [{ type: 'shot', id: 'h1', position: { x: 0, y: 0 } }] });
    expect(doc.store.getState().issues.nodes['h1']?.[0]?.message).toMatch(/^Shot “MS · EYE · 35mm” is not part of a scene/);
    doc.execute({ kind: 'UpdateFields', id: 'h1', fields: { shotNumber: '1A' } });
    expect(doc.store.getState().issues.nodes['h1']?.[0]?.message).toMatch(/^Shot 1A is not part of a scene/);
  });

  it('handles ids such as __proto__ and constructor', () => {
    const doc = createSolo(graphOf([character('__proto__'), scene('constructor', '1')], [cast('__proto__', 'constructor', 'hasOwnProperty')]));
    doc.execute({ kind: 'MoveNodes', moves: [{ id: '__proto__', position: { x: 9, y: 9 } }] });
    const state = doc.store.getState();
    expect(state.nodes['__proto__']?.position).toEqual({ x: 9, y: 9 });
    expect(state.edges['hasOwnProperty']?.source).toBe('__proto__');
    doc.execute({ kind: 'DeleteSelection', ids: ['__proto__'] });
    expect(doc.store.getState().nodeIds).toEqual(['constructor']);
  });
});

describe('session state', () => {
  it('selection never reaches the document', () => {
    const doc = createSolo(scene12());
    let updates = 0;
    doc.ydoc.on('update', () => (updates += 1));
    doc.select(['anna', 'cast_anna_sc12', 'nope']);
    expect(doc.store.getState().selection).toEqual({ nodeIds: ['anna'], edgeIds: ['cast_anna_sc12'] });
    expect(updates).toBe(0);
  });

  it('takes a selection as React Flow reports it, nodes and links apart', () => {
    const doc = createSolo(scene12());
    doc.select({ nodeIds: ['anna', 'gone'], edgeIds: ['cast_anna_sc12'] });
    expect(doc.store.getState().selection).toEqual({ nodeIds: ['anna'], edgeIds: ['cast_anna_sc12'] });
  });

  it('drops from the selection what a collaborator deletes', () => {
    const { stores, relay, destroy } = createPeers(2, scene12());
    const [a, b] = stores as [ReturnType<typeof createSolo>, ReturnType<typeof createSolo>];
    b.select(['anna', 'ben']);
    a.execute({ kind: 'DeleteSelection', ids: ['ben'] });
    relay.flush();
    expect(b.store.getState().selection.nodeIds).toEqual(['anna']);
    destroy();
  });
});

describe('read-only stores', () => {
  it('refuse every write for a viewer', () => {
    const doc = createDocumentStore({ ydoc: createGraphDoc(scene12()), readOnly: true });
    expect(doc.store.getState().readOnly).toBe(true);
    expect(doc.execute({ kind: 'DeleteSelection', ids: ['anna'] })).toMatchObject({ ok: false, code: 'read_only' });
    expect(doc.undo()).toMatchObject({ ok: false, code: 'read_only' });
  });

  it('turn read-only mid-session (access lost), refusing commands and undo from then on', () => {
    const doc = createSolo(scene12());
    expect(doc.execute({ kind: 'DeleteSelection', ids: ['ben'] })).toMatchObject({ ok: true });
    doc.setReadOnly(true);
    expect(doc.store.getState().readOnly).toBe(true);
    expect(doc.execute({ kind: 'DeleteSelection', ids: ['anna'] })).toMatchObject({ ok: false, code: 'read_only' });
    expect(doc.undo()).toMatchObject({ ok: false, code: 'read_only' });
    expect(doc.store.getState().nodeIds).toContain('anna');
    doc.setReadOnly(false);
    expect(doc.undo()).toMatchObject({ ok: true });
  });

  it('turn read-only when the document comes from a newer schema version', () => {
    const doc = createSolo(scene12());
    getMetaMap(doc.ydoc).set('schemaVersion', 99);
    expect(doc.store.getState().readOnly).toBe(true);
    expect(doc.execute({ kind: 'DeleteSelection', ids: ['anna'] })).toMatchObject({ ok: false, code: 'read_only' });
  });

  it('start from an empty doc and fill in on sync', () => {
    const server = createGraphDoc(scene12());
    const ydoc = new Y.Doc();
    const doc = createDocumentStore({ ydoc });
    expect(doc.store.getState().nodeIds).toEqual([]);
    Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(server));
    expect(doc.store.getState().nodeIds).toHaveLength(6);
    expect(doc.store.getState().canUndo).toBe(false);
  });
});
