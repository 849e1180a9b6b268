import type { GraphDocument } from '../document.js';
import { indexGraph, type GraphIndex } from '../graph-index.js';

/**
 * The graph as plain adjacency lists over the distinct node ids in document order. Edges
 * whose endpoints are missing are left out; parallel edges are kept (they count in degrees).
 */
export interface Adjacency {
  ids: string[];
  successors: Map<string, string[]>;
  predecessors: Map<string, string[]>;
}

/** Builds adjacency lists in O(nodes + edges), reusing an index when the caller has one. */
export const buildAdjacency = (doc: GraphDocument, graph: GraphIndex = indexGraph(doc)): Adjacency => {
  const ids = [...graph.nodes.keys()];
  const successors = new Map<string, string[]>();
  const predecessors = new Map<string, string[]>();
  for (const id of ids) {
    successors.set(id, (graph.outgoing.get(id) ?? []).map(({ edge }) => edge.target));
    predecessors.set(id, (graph.incoming.get(id) ?? []).map(({ edge }) => edge.source));
  }
  return { ids, successors, predecessors };
};

/** Every node reachable from `start` (inclusive of the starting nodes that exist). */
export const reachableFrom = (next: Map<string, string[]>, start: Iterable<string>): Set<string> => {
  const reached = new Set<string>();
  const queue: string[] = [];
  for (const id of start) {
    if (next.has(id) && !reached.has(id)) {
      reached.add(id);
      queue.push(id);
    }
  }
  // An index instead of shift() keeps the walk linear on long chains.
  for (let head = 0; head < queue.length; head += 1) {
    for (const neighbour of next.get(queue[head] as string) ?? []) {
      if (reached.has(neighbour)) continue;
      reached.add(neighbour);
      queue.push(neighbour);
    }
  }
  return reached;
};
