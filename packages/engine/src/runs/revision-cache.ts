import { graphRevisions, type Db } from '@pc/db';
import type { GraphDocument, GraphEdge, GraphNode } from '@pc/graph';
import { and, eq } from 'drizzle-orm';
import { Lru } from './lru.js';

/** A revision with the lookups a node execution needs, built once per revision. */
export interface LoadedRevision {
  document: GraphDocument;
  nodesById: ReadonlyMap<string, GraphNode>;
  /** Edges by target node, in document order. */
  incoming: ReadonlyMap<string, readonly GraphEdge[]>;
}

export interface RevisionCache {
  /** The revision, from memory or one read; undefined when it does not exist. */
  get(graphId: string, revision: number): Promise<LoadedRevision | undefined>;
}

/** A document with its node and incoming-edge lookups. */
export const indexRevision = (document: GraphDocument): LoadedRevision => {
  const incoming = new Map<string, GraphEdge[]>();
  for (const edge of document.edges) {
    const into = incoming.get(edge.target);
    if (into) into.push(edge);
    else incoming.set(edge.target, [edge]);
  }
  return { document, nodesById: new Map(document.nodes.map((node) => [node.id, node])), incoming };
};

/**
 * Revisions are immutable, so every node job of a run can share one read of the jsonb
 * document and one index of it. Concurrent misses of the same revision share one read.
 * `max` bounds memory: a 1,000-node revision is about 1 MB parsed.
 */
export const createRevisionCache = (db: Db, max = 256): RevisionCache => {
  const loaded = new Lru<string, Promise<LoadedRevision | undefined>>(max);
  return {
    get(graphId, revision) {
      const key = `${graphId}@${revision}`;
      const hit = loaded.get(key);
      if (hit) return hit;
      const load = db
        .select({ document: graphRevisions.document })
        .from(graphRevisions)
        .where(and(eq(graphRevisions.graphId, graphId), eq(graphRevisions.revision, revision)))
        .then(([row]) => (row ? indexRevision(row.document) : undefined));
      // A failed or missing read is not remembered: the next job asks the database again.
      const settled = load.then(
        (value) => {
          if (!value) loaded.delete(key);
          return value;
        },
        (error: unknown) => {
          loaded.delete(key);
          throw error;
        },
      );
      loaded.set(key, settled);
      return settled;
    },
  };
};
