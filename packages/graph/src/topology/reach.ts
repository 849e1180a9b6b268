import type { GraphDocument } from '../document.js';
import { buildAdjacency, reachableFrom } from './adjacency.js';

/**
 * The given nodes and all their descendants: what must re-run when they change.
 * Ids not in the document are ignored; so are edges whose endpoints are missing.
 *
 * @example
 * downstreamOf(doc, ['scene-12']) // Set { 'scene-12', 'shot-12a', 'shot-12b' }
 * @remarks O(nodes + edges).
 */
export const downstreamOf = (doc: GraphDocument, nodeIds: Iterable<string>): Set<string> =>
  reachableFrom(buildAdjacency(doc).successors, nodeIds);

/**
 * The given nodes and all their ancestors: what a node needs before it can run.
 * Ids not in the document are ignored; so are edges whose endpoints are missing.
 *
 * @example
 * upstreamOf(doc, ['shot-12a']) // Set { 'shot-12a', 'scene-12', 'char-anna' }
 * @remarks O(nodes + edges).
 */
export const upstreamOf = (doc: GraphDocument, nodeIds: Iterable<string>): Set<string> =>
  reachableFrom(buildAdjacency(doc).predecessors, nodeIds);
