import { topologicalOrder, type GraphDocument, type GraphEdge } from '@pc/graph';
import { nodeCacheKey } from './cache-key.js';

/**
 * The cache key of every node of a document that has one, without validating the graph
 * as a whole (a half-wired Shot elsewhere still leaves the others keyed). A node whose data
 * does not fit its type has no key, nor has anything downstream of it; a cycle leaves the
 * whole document unkeyed. Pure, no IO: the canvas compares the keys of the document it
 * shows with those of a run's revision to mark outputs stale.
 *
 * `getFunctionVersion` defaults to 0 for every type: keys computed with the same versions
 * compare, they are not the server's keys (which also carry the real function versions and
 * the generation back end).
 * @example
 * const stale = graphCacheKeys(current).get('shot-12a') !== graphCacheKeys(revision).get('shot-12a');
 */
export const graphCacheKeys = (document: GraphDocument, getFunctionVersion: (type: string) => number = () => 0): Map<string, string> => {
  const keys = new Map<string, string>();
  let order: string[];
  try {
    order = topologicalOrder(document);
  } catch {
    return keys;
  }
  const nodes = new Map(document.nodes.map((node) => [node.id, node]));
  const incoming = new Map<string, GraphEdge[]>();
  for (const edge of document.edges) {
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    incoming.set(edge.target, [...(incoming.get(edge.target) ?? []), edge]);
  }
  for (const nodeId of order) {
    const node = nodes.get(nodeId);
    if (!node) continue;
    const inputs = (incoming.get(nodeId) ?? []).map((edge) => ({ edge, upstreamKey: keys.get(edge.source) }));
    if (inputs.some((input) => input.upstreamKey === undefined)) continue;
    try {
      keys.set(nodeId, nodeCacheKey(node, getFunctionVersion(node.type), inputs as { edge: GraphEdge; upstreamKey: string }[]));
    } catch {
      // Invalid data: no key, so neither have its dependants.
    }
  }
  return keys;
};
