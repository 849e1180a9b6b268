import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getNodeType, isBlockingIssue, validateGraph, type GraphDocument } from '@pc/graph';
import { toClipboard } from './clipboard.js';
import type { Command } from './commands/types.js';
import { createGraphDoc, toGraphDocument } from './graph-doc.js';
import type { DocumentStore } from './store/document-store.js';
import { createPeers, syncAll } from './testing/peers.js';
import { scene12 } from './testing/story.js';
import { deriveView } from './view/derive-view.js';
import { repairGraphDoc } from './view/repair.js';

/*
 * The property behind collaboration: whatever three users do, in whatever order their
 * updates arrive, every peer ends with the same document, the read model matches it, and
 * the derived view shows nothing invalid. Commands are drawn from random numbers against
 * the acting peer's own state, so they are the kind of thing a user could do there.
 */

const OUTPUTS = ['character', 'scene', 'shot', 'prompt'];
const INPUTS = ['characters', 'scene'];
const TYPES = ['character', 'scene', 'shot'];
const WORDS = ['rain', 'MAYA', 'door', 'night', '😀'];

interface Step {
  peer: number;
  action: number;
  a: number;
  b: number;
  c: number;
  d: number;
}

const step = fc.record({ peer: fc.nat(2), action: fc.nat(99), a: fc.nat(999), b: fc.nat(999), c: fc.nat(999), d: fc.nat(999) });

const pick = <T>(items: readonly T[], n: number): T | undefined => (items.length === 0 ? undefined : items[n % items.length]);

/** A command a user could issue on `store`'s current state, or undefined for "do nothing". */
const commandFor = (store: DocumentStore, { action, a, b, c, d }: Step): Command | undefined => {
  const state = store.store.getState();
  const nodeIds = state.nodeIds;
  const edgeIds = state.edgeIds.filter((id) => !state.edges[id]?.hidden);
  switch (action % 10) {
    case 0:
      return { kind: 'AddNodes', nodes: [{ type: pick(TYPES, a) as string, position: { x: b, y: c } }] };
    case 1: {
      const ids = [pick(nodeIds, a), d % 2 === 0 ? pick(edgeIds, b) : undefined].filter((id): id is string => id !== undefined);
      return { kind: 'DeleteSelection', ids };
    }
    case 2:
      return {
        kind: 'MoveNodes',
        moves: [pick(nodeIds, a), pick(nodeIds, b)].filter((id): id is string => id !== undefined).map((id) => ({ id, position: { x: c, y: d } })),
      };
    case 3: {
      const id = pick(nodeIds, a);
      const node = id ? state.nodes[id] : undefined;
      if (!node) return undefined;
      const field = node.type === 'scene' ? 'scriptText' : node.type === 'shot' ? 'action' : 'bio';
      const text = String(node.data[field] ?? '');
      const at = c % (text.length + 1);
      const next = b % 3 === 0 ? text.slice(0, at) + text.slice(at + 1) : `${text.slice(0, at)}${pick(WORDS, b)} ${text.slice(at)}`;
      return { kind: 'UpdateFields', id: node.id, fields: d % 2 === 0 ? { [field]: next } : { name: pick(WORDS, d) as string } };
    }
    case 4: {
      // A Scene dropped on a Shot's single Scene input, replacing what is there: two users
      // doing this at once is the single-input conflict the derived view must settle.
      const scene = pick(nodeIds.filter((id) => state.nodes[id]?.type === 'scene'), a);
      const shot = pick(nodeIds.filter((id) => state.nodes[id]?.type === 'shot'), b);
      if (!scene || !shot) return undefined;
      return { kind: 'Connect', source: scene, sourceHandle: 'scene', target: shot, targetHandle: 'scene', replace: true };
    }
    case 5: {
      const source = pick(nodeIds, a);
      const target = pick(b % 7 === 0 ? nodeIds : nodeIds.filter((id) => state.nodes[id]?.type !== 'character'), b);
      if (!source || !target) return undefined;
      // Mostly real port names of these node types, sometimes anything.
      const outputs = getNodeType(state.nodes[source]?.type ?? '')?.outputs.map((port) => port.name) ?? [];
      const inputs = getNodeType(state.nodes[target]?.type ?? '')?.inputs.map((port) => port.name) ?? [];
      const sourceHandle = (c % 5 === 0 ? pick(OUTPUTS, c) : pick(outputs, c)) ?? 'character';
      const targetHandle = (d % 5 === 0 ? pick(INPUTS, d) : pick(inputs, d)) ?? 'characters';
      return { kind: 'Connect', source, sourceHandle, target, targetHandle, replace: d % 3 === 0 };
    }
    case 6:
      return { kind: 'Disconnect', ids: [pick(edgeIds, a)].filter((id): id is string => id !== undefined) };
    case 7: {
      const ids = [pick(nodeIds, a), pick(nodeIds, b), pick(nodeIds, c)].filter((id): id is string => id !== undefined);
      return d % 2 === 0 ? { kind: 'Paste', clipboard: toClipboard(store, ids), at: { x: d, y: a } } : { kind: 'Duplicate', ids };
    }
    case 8:
      return d % 5 === 0 ? { kind: 'AutoLayout' } : undefined;
    default:
      return undefined;
  }
};

/** The store's view of the document, shaped as GraphJSON for comparison. */
const fromStore = (store: DocumentStore): GraphDocument => {
  const state = store.store.getState();
  const byId = <T extends { id: string }>(items: T[]) => items.sort((x, y) => (x.id < y.id ? -1 : 1));
  return {
    schemaVersion: 1,
    nodes: byId(state.nodeIds.map((id) => state.nodes[id]).map((node) => ({ ...node!, data: Object.fromEntries(Object.entries(node!.data).sort()) }))),
    edges: byId(state.edgeIds.map((id) => state.edges[id]!).map(({ hidden: _hidden, ...edge }) => edge)),
  };
};

describe('convergence', () => {
  it('three peers applying random commands, undo and redo, synced in random order, converge on the same valid state', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 5, maxLength: 60, size: 'max' }), (steps) => {
        const peers = createPeers(3, scene12());
        try {
          for (const s of steps) {
            const store = peers.stores[s.peer] as DocumentStore;
            const kind = s.action % 100;
            if (kind >= 88) peers.relay.deliverOne((count) => s.a % count);
            else if (kind >= 86) peers.relay.flush();
            else if (kind >= 75) store.undo();
            else if (kind >= 70) store.redo();
            else if (kind >= 68) store.stopCapturing();
            else {
              const command = commandFor(store, s);
              if (command) store.execute(command);
            }
          }
          peers.relay.flush();

          // 1. Every peer holds the same document, and each read model matches it.
          const graph = toGraphDocument(peers.docs[0]!);
          const view = deriveView(graph);
          for (const [i, store] of peers.stores.entries()) {
            expect(toGraphDocument(peers.docs[i]!)).toEqual(graph);
            expect(fromStore(store)).toEqual(graph);
            const state = store.store.getState();
            expect(state.edgeIds.filter((id) => state.edges[id]?.hidden).sort()).toEqual(view.hiddenEdgeIds);
          }

          // 2. What the derived view shows breaks no rule.
          const hidden = new Set(view.hiddenEdgeIds);
          const visible = { ...graph, edges: graph.edges.filter((edge) => !hidden.has(edge.id)) };
          expect(validateGraph(visible).filter(isBlockingIssue)).toEqual([]);

          // 3. The server's repair deletes exactly what was hidden, and every peer follows.
          const server = createGraphDoc();
          syncAll([server, ...peers.docs]);
          expect(repairGraphDoc(server)).toEqual(view.hiddenEdgeIds);
          syncAll([server, ...peers.docs]);
          expect(toGraphDocument(peers.docs[2]!)).toEqual(visible);
          expect(peers.stores[1]!.store.getState().edgeIds.every((id) => !hidden.has(id))).toBe(true);
        } finally {
          peers.destroy();
        }
      }),
      { numRuns: 120 },
    );
  }, 30_000);
});
