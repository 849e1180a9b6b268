import * as Y from 'yjs';
import type { GraphEdge, Position } from '@pc/graph';

/*
 * The shape of a graph's Y.Doc. Three top-level maps, created lazily by name and never
 * replaced:
 *
 *   meta:  Y.Map { schemaVersion }                       (written by the server)
 *   nodes: Y.Map<nodeId, Y.Map>  keys: type (immutable), position {x,y} as ONE value,
 *                                data: Y.Map<field, json | Y.Text>
 *   edges: Y.Map<edgeId, EdgeValue>                      (plain values; change = delete + add)
 *
 * A node's Y.Map is set once, at creation. Re-setting it would let a concurrent delete be
 * undone by a stale copy (a concurrent `set` beats a `delete` on a Y.Map key).
 */

export const META_KEY = 'meta';
export const NODES_KEY = 'nodes';
export const EDGES_KEY = 'edges';

/** Keys of a node's Y.Map. */
export const NODE_TYPE = 'type';
export const NODE_POSITION = 'position';
export const NODE_DATA = 'data';

/** A node as stored: a Y.Map whose `data` key holds a nested Y.Map. */
export type YNode = Y.Map<unknown>;
/** A node's fields: JSON values, or Y.Text for collaborative text fields. */
export type YNodeData = Y.Map<unknown>;

/** An edge as stored under its id: an immutable plain value. */
export type EdgeValue = Omit<GraphEdge, 'id'>;

/** The document's `meta` map (`schemaVersion`), written by the server only. */
export const getMetaMap = (ydoc: Y.Doc): Y.Map<unknown> => ydoc.getMap(META_KEY);

/**
 * The document's nodes: `nodeId → Y.Map`. For reading, persistence and providers; write
 * through commands (or `loadGraphDocument` on the server), never directly.
 */
export const getNodesMap = (ydoc: Y.Doc): Y.Map<YNode> => ydoc.getMap(NODES_KEY);

/** The document's edges: `edgeId → EdgeValue` (plain, immutable). Write through commands. */
export const getEdgesMap = (ydoc: Y.Doc): Y.Map<EdgeValue> => ydoc.getMap(EDGES_KEY);

/** A node's data map, or undefined for a malformed node written by a foreign client. */
export const getNodeData = (node: YNode): YNodeData | undefined => {
  const data = node.get(NODE_DATA);
  return data instanceof Y.Map ? (data as YNodeData) : undefined;
};

/**
 * The origin of the server's own transactions (loading, restoring, repairing). It is in
 * no user's tracked origins, so nothing the server writes can be undone by a user.
 */
export const SERVER_ORIGIN: object = Object.freeze({ name: 'production-canvas/server' });

/** Reads a stored position defensively: a malformed value reads as the origin. */
export const readPosition = (value: unknown): Position => {
  if (typeof value === 'object' && value !== null) {
    const { x, y } = value as Record<string, unknown>;
    if (typeof x === 'number' && Number.isFinite(x) && typeof y === 'number' && Number.isFinite(y)) {
      return value as Position;
    }
  }
  return { x: 0, y: 0 };
};
