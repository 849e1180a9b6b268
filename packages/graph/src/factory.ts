import { defaultNodeData, type NodeFields, type NodeTypeName } from './catalogue/index.js';
import type { GraphEdge, GraphNode, Position } from './document.js';
import { connectionKey } from './graph-index.js';
import { sha256Hex } from './hash.js';

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/**
 * A random id that satisfies `graphIdSchema`: 21 characters from a 64-letter alphabet
 * (126 bits), from `crypto.getRandomValues`, which browsers and Node 20 both provide.
 *
 * @param prefix - optional readable prefix such as `shot`; joined with `_`.
 */
export const createId = (prefix?: string): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(21));
  // 256 is a multiple of 64, so masking to 6 bits keeps every letter equally likely.
  let id = '';
  for (const byte of bytes) id += ID_ALPHABET[byte & 63];
  return prefix ? `${prefix}_${id}` : id;
};

/**
 * A deterministic edge id derived from the edge's ends: `e_` and 24 hex digits of their
 * hash. Two peers adding the same connection at once write the same key instead of a
 * duplicate edge. (Joining the ids would be ambiguous, since ids may contain `_` and `-`.)
 *
 * @example
 * createEdgeId({ source: 'sc12', sourceHandle: 'scene', target: 'sh12a', targetHandle: 'scene' }) // 'e_…' (26 chars)
 */
export const createEdgeId = (edge: Pick<GraphEdge, 'source' | 'sourceHandle' | 'target' | 'targetHandle'>): string =>
  `e_${sha256Hex(connectionKey(edge)).slice(0, 24)}`;

/** Options for {@link createNode}. */
export interface CreateNodeOptions<T extends NodeTypeName> {
  id?: string;
  position: Position;
  data?: Partial<NodeFields<T>>;
}

/**
 * A new node of a catalogue type with every field at its default, overlaid with `data`
 * (a shallow merge: a nested `appearance` given here replaces the default one wholesale).
 * The result is not validated; run `validateGraph` or `normalizeNodeData` on input you
 * do not control.
 *
 * @example
 * createNode('shot', { id: 'sh12a', position: { x: 0, y: 0 }, data: { shotNumber: '12A', shotSize: 'MCU' } })
 */
export const createNode = <T extends NodeTypeName>(type: T, options: CreateNodeOptions<T>): GraphNode => ({
  id: options.id ?? createId(type),
  type,
  position: { ...options.position },
  data: { ...defaultNodeData(type), ...options.data } as Record<string, unknown>,
});
