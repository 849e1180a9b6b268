import * as Y from 'yjs';
import type { GraphDocument } from '@pc/graph';
import { createGraphDoc } from '../graph-doc.js';
import { createDocumentStore, type DocumentStore } from '../store/document-store.js';

/** The origin of updates delivered by a relay: what a network provider would be. */
export const REMOTE_ORIGIN = Object.freeze({ name: 'test-relay' });

/** Deterministic ids, distinct per peer: `a_shot_1`, `b_e_2`. */
export const sequentialIds = (peer: string) => {
  let next = 0;
  return (prefix = 'id') => `${peer}_${prefix}_${(next += 1)}`;
};

/**
 * An in-memory network between Y.Docs. Each local update is queued for every other peer
 * and delivered only when the test says so (in order, or in a random order), which is how
 * concurrent edits are staged: change several peers, then deliver.
 */
export interface Relay {
  /** Updates not yet delivered. */
  pending(): number;
  /** Delivers everything queued, in order. */
  flush(): void;
  /** Delivers one queued update chosen by `pick(count)`; false when none is queued. */
  deliverOne(pick: (count: number) => number): boolean;
  destroy(): void;
}

export const connect = (docs: readonly Y.Doc[]): Relay => {
  const queue: Array<{ to: Y.Doc; update: Uint8Array }> = [];
  const handlers = docs.map((doc) => {
    const handler = (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE_ORIGIN) return;
      for (const to of docs) if (to !== doc) queue.push({ to, update });
    };
    doc.on('update', handler);
    return handler;
  });
  const deliver = (index: number) => {
    const [item] = queue.splice(index, 1);
    if (item) Y.applyUpdate(item.to, item.update, REMOTE_ORIGIN);
  };
  return {
    pending: () => queue.length,
    flush: () => {
      while (queue.length > 0) deliver(0);
    },
    deliverOne: (pick) => {
      if (queue.length === 0) return false;
      deliver(pick(queue.length));
      return true;
    },
    destroy: () => docs.forEach((doc, i) => doc.off('update', handlers[i] as (update: Uint8Array, origin: unknown) => void)),
  };
};

/** Brings every doc up to date with every other by state-vector exchange. */
export const syncAll = (docs: readonly Y.Doc[]): void => {
  for (const from of docs) {
    for (const to of docs) {
      if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), REMOTE_ORIGIN);
    }
  }
};

export interface Peers {
  readonly stores: DocumentStore[];
  readonly docs: Y.Doc[];
  readonly relay: Relay;
  destroy(): void;
}

/**
 * `count` users on one graph: the server's doc seeded with `graph`, each user's store on
 * a fresh Y.Doc synced from it, all joined by a held relay.
 */
export const createPeers = (count: number, graph?: GraphDocument, options: { historyCapacity?: number } = {}): Peers => {
  const seed = createGraphDoc(graph);
  const names = 'abcdefgh';
  const docs = Array.from({ length: count }, () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(seed), REMOTE_ORIGIN);
    return doc;
  });
  const stores = docs.map((ydoc, i) =>
    createDocumentStore({ ydoc, userId: names[i], createId: sequentialIds(names[i] ?? `p${i}`), ...options }),
  );
  const relay = connect(docs);
  return {
    stores,
    docs,
    relay,
    destroy: () => {
      relay.destroy();
      stores.forEach((store) => store.destroy());
    },
  };
};

/** One user alone on a graph. */
export const createSolo = (graph?: GraphDocument, options: { historyCapacity?: number } = {}): DocumentStore => {
  const ydoc = createGraphDoc(graph);
  return createDocumentStore({ ydoc, userId: 'solo', createId: sequentialIds('solo'), ...options });
};
