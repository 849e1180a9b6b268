import { afterEach, describe, expect, it } from 'vitest';
import { createGraphDoc, toGraphDocument } from './graph-doc.js';
import { getNodeText } from './model/text.js';
import type { DocumentStore } from './store/document-store.js';
import { createPeers, syncAll, type Peers } from './testing/peers.js';
import { scene12 } from './testing/story.js';
import { deriveView } from './view/derive-view.js';
import { repairGraphDoc } from './view/repair.js';

/*
 * Collaboration semantics, on documents synced in memory. Concurrent edits are staged by
 * changing several peers while the relay holds their updates, then delivering.
 */

let peers: Peers;
afterEach(() => peers.destroy());

const twoUsers = () => {
  peers = createPeers(2, scene12());
  return peers.stores as [DocumentStore, DocumentStore];
};
const threeUsers = () => {
  peers = createPeers(3, scene12());
  return peers.stores as [DocumentStore, DocumentStore, DocumentStore];
};
const graphOf = (doc: DocumentStore) => toGraphDocument(doc.ydoc);
const expectConverged = () => {
  const [first, ...rest] = peers.docs.map((ydoc) => toGraphDocument(ydoc));
  for (const other of rest) expect(other).toEqual(first);
};
const visibleDanglingEdges = (doc: DocumentStore) => {
  const state = doc.store.getState();
  return Object.values(state.edges).filter((edge) => !edge.hidden && (!state.nodes[edge.source] || !state.nodes[edge.target]));
};

describe('concurrent edits', () => {
  it('delete a node ∥ link to it: no peer shows a dangling link, and the server’s repair removes it', () => {
    const [alice, bob] = twoUsers();
    alice.execute({ kind: 'DeleteSelection', ids: ['sc14'] });
    bob.execute({ kind: 'Connect', source: 'carl', sourceHandle: 'character', target: 'sc14', targetHandle: 'characters' });
    peers.relay.flush();

    expectConverged();
    for (const user of [alice, bob]) {
      expect(visibleDanglingEdges(user)).toEqual([]);
      expect(user.store.getState().edges['b_e_1']?.hidden).toBe(true);
    }
    const server = createGraphDoc();
    syncAll([server, ...peers.docs]);
    expect(repairGraphDoc(server)).toEqual(['b_e_1']);
    syncAll([server, ...peers.docs]);
    expect(bob.store.getState().edges['b_e_1']).toBeUndefined();
  });

  it('delete a node ∥ move it: every peer converges on the node deleted', () => {
    const [alice, bob, carol] = threeUsers();
    alice.execute({ kind: 'DeleteSelection', ids: ['sh12a'] });
    bob.execute({ kind: 'MoveNodes', moves: [{ id: 'sh12a', position: { x: 999, y: 999 } }] });
    peers.relay.flush();

    expectConverged();
    for (const user of [alice, bob, carol]) expect(user.store.getState().nodes['sh12a']).toBeUndefined();
  });

  it('move ∥ rename of the same node keeps both', () => {
    const [alice, bob] = twoUsers();
    alice.execute({ kind: 'MoveNodes', moves: [{ id: 'anna', position: { x: 50, y: 60 } }] });
    bob.execute({ kind: 'UpdateFields', id: 'anna', fields: { name: 'ANNA K.' } });
    peers.relay.flush();

    expectConverged();
    expect(alice.store.getState().nodes['anna']).toMatchObject({ position: { x: 50, y: 60 }, data: { name: 'ANNA K.' } });
  });

  it('typing ∥ typing in the same script merges both', () => {
    const [alice, bob] = twoUsers();
    alice.execute({ kind: 'UpdateFields', id: 'sc12', fields: { scriptText: 'ANNA waits.' } });
    peers.relay.flush();
    alice.execute({ kind: 'UpdateFields', id: 'sc12', fields: { scriptText: 'INT. HALL\nANNA waits.' } });
    bob.execute({ kind: 'UpdateFields', id: 'sc12', fields: { scriptText: 'ANNA waits. BEN enters.' } });
    peers.relay.flush();

    expectConverged();
    expect(String(getNodeText(alice.ydoc, 'sc12', 'scriptText'))).toBe('INT. HALL\nANNA waits. BEN enters.');
  });

  it('a field cut in the middle of an emoji reaches every peer identically', () => {
    // Found by the convergence property: a lone surrogate does not survive Yjs' UTF-8.
    const [alice, bob] = twoUsers();
    alice.execute({ kind: 'UpdateFields', id: 'anna', fields: { bio: '😀 rain' } });
    alice.execute({ kind: 'UpdateFields', id: 'anna', fields: { bio: '😀 rain'.slice(1) } });
    alice.execute({ kind: 'UpdateFields', id: 'sc12', fields: { scriptText: '😀 rain'.slice(1) } });
    peers.relay.flush();

    expectConverged();
    expect(bob.store.getState().nodes['anna']?.data['bio']).toBe('\uFFFD rain');
    expect(alice.store.getState().nodes['sc12']?.data['scriptText']).toBe('\uFFFD rain');
  });

  it('two scenes linked into one shot at once: every peer shows the same one and flags the shot', () => {
    const [alice, bob] = twoUsers();
    alice.execute({ kind: 'Disconnect', ids: ['cover_sc12_sh12a'] });
    peers.relay.flush();
    alice.execute({ kind: 'Connect', source: 'sc12', sourceHandle: 'scene', target: 'sh12a', targetHandle: 'scene' });
    bob.execute({ kind: 'Connect', source: 'sc14', sourceHandle: 'scene', target: 'sh12a', targetHandle: 'scene' });
    peers.relay.flush();

    expectConverged();
    for (const user of [alice, bob]) {
      const { edges, issues } = user.store.getState();
      expect([edges['a_e_1']?.hidden, edges['b_e_1']?.hidden]).toEqual([false, true]);
      expect(issues.nodes['sh12a']?.[0]?.code).toBe('port_occupied');
    }
    // Each undo removes only that user's link: Bob's becomes the visible one.
    alice.undo();
    peers.relay.flush();
    expect(bob.store.getState().edges['b_e_1']?.hidden).toBe(false);
    expect(bob.store.getState().edges['a_e_1']).toBeUndefined();
  });

  it('a command checks what the user sees, collaborators’ changes included', () => {
    const [alice, bob] = twoUsers();
    const showBen = { kind: 'Connect', source: 'ben', sourceHandle: 'character', target: 'sh12a', targetHandle: 'characters' } as const;
    bob.execute({ kind: 'Disconnect', ids: ['cast_ben_sc12'] });
    peers.relay.flush();
    expect(alice.execute(showBen)).toMatchObject({ ok: false, code: 'shot_character_not_cast' });
    bob.undo();
    peers.relay.flush();
    expect(alice.execute(showBen)).toMatchObject({ ok: true });
  });
});

describe('undo among collaborators', () => {
  it('reverts only the local user’s changes, never a collaborator’s', () => {
    const [alice, bob] = twoUsers();
    alice.execute({ kind: 'MoveNodes', moves: [{ id: 'anna', position: { x: 10, y: 10 } }] });
    peers.relay.flush();
    bob.execute({ kind: 'MoveNodes', moves: [{ id: 'ben', position: { x: 20, y: 20 } }] });
    bob.execute({ kind: 'UpdateFields', id: 'anna', fields: { age: '34' } });
    peers.relay.flush();
    expect(alice.store.getState().undoLabel).toBe('Move ANNA');

    expect(alice.undo()).toEqual({ ok: true, label: 'Move ANNA' });
    peers.relay.flush();

    expectConverged();
    expect(bob.store.getState().nodes['anna']).toMatchObject({ position: { x: 0, y: 0 }, data: { age: '34' } });
    expect(bob.store.getState().nodes['ben']?.position).toEqual({ x: 20, y: 20 });
    expect(alice.undo()).toMatchObject({ ok: false, code: 'nothing_to_undo' });
  });

  it('never records a collaborator’s changes in the local history', () => {
    const [alice, bob] = twoUsers();
    bob.execute({ kind: 'AddNodes', nodes: [{ type: 'shot', position: { x: 0, y: 0 } }] });
    peers.relay.flush();
    expect(alice.store.getState()).toMatchObject({ canUndo: false, undoLabel: null });
  });

  it('does not clobber a value a collaborator wrote since, and then stops: one press, one step', () => {
    const [alice, bob] = twoUsers();
    alice.execute({ kind: 'UpdateFields', id: 'sh12a', fields: { lensMm: 24 } });
    alice.stopCapturing();
    alice.execute({ kind: 'UpdateFields', id: 'sh12a', fields: { mood: 'tense' } });
    alice.stopCapturing();
    alice.execute({ kind: 'UpdateFields', id: 'sh12a', fields: { lighting: 'low key' } });
    peers.relay.flush();
    bob.execute({ kind: 'UpdateFields', id: 'sh12a', fields: { lighting: 'high key' } });
    peers.relay.flush();

    const undone = alice.undo();
    expect(undone).toMatchObject({ ok: false, code: 'overwritten' });
    expect(undone.ok ? '' : undone.reason).toContain('Edit Lighting of Shot 12A');
    peers.relay.flush();
    expect(bob.store.getState().nodes['sh12a']?.data).toMatchObject({ lighting: 'high key', mood: 'tense', lensMm: 24 });

    expect(alice.undo()).toEqual({ ok: true, label: 'Edit Mood of Shot 12A' });
    expect(alice.store.getState().nodes['sh12a']?.data).toMatchObject({ lighting: 'high key', mood: '', lensMm: 24 });
  });

  it('undoing a delete whose neighbour a collaborator removed meanwhile restores no visible dangling link', () => {
    const [alice, bob] = twoUsers();
    alice.execute({ kind: 'DeleteSelection', ids: ['sc12'] }); // takes the cast, cover and frame links with it
    peers.relay.flush();
    bob.execute({ kind: 'DeleteSelection', ids: ['anna'] });
    peers.relay.flush();

    expect(alice.undo()).toEqual({ ok: true, label: 'Delete Scene 12' });
    peers.relay.flush();

    expectConverged();
    for (const user of [alice, bob]) {
      expect(user.store.getState().nodes['sc12']).toBeDefined();
      expect(visibleDanglingEdges(user)).toEqual([]);
      expect(user.store.getState().edges['cast_ben_sc12']?.hidden).toBe(false);
    }
    expect(deriveView(graphOf(alice)).hiddenEdgeIds).toEqual(['cast_anna_sc12']);

    // If Bob brings ANNA back, her link to Scene 12 shows again.
    bob.undo();
    peers.relay.flush();
    expect(alice.store.getState().edges['cast_anna_sc12']?.hidden).toBe(false);
  });

  it('undo n times then redo n times restores the exact state, collaborators’ work included', () => {
    const [alice, bob, carol] = threeUsers();
    bob.execute({ kind: 'AddNodes', nodes: [{ type: 'character', id: 'dora', position: { x: 0, y: 600 }, data: { name: 'DORA' } }] });
    peers.relay.flush();
    alice.execute({ kind: 'Connect', source: 'dora', sourceHandle: 'character', target: 'sc14', targetHandle: 'characters' });
    alice.execute({ kind: 'MoveNodes', moves: [{ id: 'sc14', position: { x: 420, y: 320 } }] });
    carol.execute({ kind: 'UpdateFields', id: 'sc14', fields: { synopsis: 'Night falls.' } });
    alice.execute({ kind: 'UpdateFields', id: 'sc14', fields: { scriptText: 'EXT. ROOF - NIGHT' } });
    alice.execute({ kind: 'DeleteSelection', ids: ['carl'] });
    peers.relay.flush();
    const before = graphOf(alice);

    for (let i = 0; i < 4; i += 1) expect(alice.undo().ok).toBe(true);
    peers.relay.flush();
    expect(graphOf(bob).nodes.find((node) => node.id === 'sc14')?.data['synopsis']).toBe('Night falls.');
    for (let i = 0; i < 4; i += 1) expect(alice.redo().ok).toBe(true);
    peers.relay.flush();

    expect(graphOf(alice)).toEqual(before);
    expectConverged();
  });
});
