import { canonicalJson, normalizeNodeData, sha256Hex, type GraphEdge, type GraphNode } from '@pc/graph';

/** One wire into a node, with the cache key of the node it comes from. */
export interface CacheKeyInput {
  edge: Pick<GraphEdge, 'sourceHandle' | 'targetHandle' | 'data'>;
  upstreamKey: string;
}

// Edge data (a cast edge's `speaking`) changes what a Scene's breakdown says, so it is
// part of the input; undefined fields are dropped so `{}` and `{speaking: undefined}` agree.
/**
 * Fields that exist for people's workflow only (review status, tags, colour, notes): no
 * function reads them, so they are not part of a node's params and changing them re-runs
 * nothing. A function that starts reading one must take it out of this list (and bump
 * its version).
 */
export const WORKFLOW_ONLY_FIELDS: readonly string[] = ['notes', 'tags', 'status', 'color'];

const edgeParams = (data: GraphEdge['data']): Record<string, unknown> =>
  Object.fromEntries(Object.entries(data ?? {}).filter(([, value]) => value !== undefined));

/**
 * A node's cache key: what its output depends on, hashed (ComfyUI's input signature,
 * made linear by hashing upstream keys instead of the whole ancestry).
 *
 * `sha256Hex(canonicalJson({type, functionVersion, params, inputs, derivedFrom?}))` where
 * - `params` is the node's data completed with defaults (`{}` and explicit defaults
 *   agree; position and id are not content, so moving or copying a node keeps its key),
 *   without the {@link WORKFLOW_ONLY_FIELDS} (a note or a review status changes no output);
 * - `inputs` is `[targetHandle, upstream cache key, sourceHandle, edge data]` per wire,
 *   sorted, so wire order and edge ids do not matter;
 * - `derivedFrom` is the node id, present only when `data.seed` is null: the function
 *   then derives its seed from the node id, so two otherwise equal unseeded Shots make
 *   different frames and must not share an output. A fixed seed makes the node id
 *   irrelevant and copies share their output.
 *
 * - `context` is what else the output depends on, present only when given: the
 *   fingerprint of the workspace's generation back end for nodes that generate, so a
 *   changed back end re-runs them and the built-in frame keeps its key.
 *
 * Every other field counts: the engine cannot know which fields a function reads, and a
 * needless re-run is cheaper than a stale frame.
 *
 * @throws {Error} when the node's data does not fit its type (the planner validates first).
 * @example
 * nodeCacheKey(shot, 3, [{ edge: coverEdge, upstreamKey: sceneKey }]) // '9f2c…' (64 hex digits)
 */
export const nodeCacheKey = (
  node: Pick<GraphNode, 'id' | 'type' | 'data'>,
  functionVersion: number,
  inputs: readonly CacheKeyInput[],
  context?: unknown,
): string => {
  const normalized = normalizeNodeData(node.type, node.data);
  if (!normalized.ok) throw new Error(`Node ${node.id} has invalid data; validate the graph before planning`);
  return keyOfNormalized({ nodeId: node.id, type: node.type, data: normalized.data, functionVersion, inputs, context }, sha256Hex);
};

/** What {@link keyOfNormalized} hashes: a node whose data is already completed with defaults. */
export interface NormalizedKeyInput {
  nodeId: string;
  type: string;
  /** The node's data as `normalizeNodeData` returns it (validated, defaults filled in). */
  data: Record<string, unknown>;
  functionVersion: number;
  inputs: readonly CacheKeyInput[];
  context?: unknown;
}

/** SHA-256 of a text's UTF-8 bytes as 64 lowercase hex digits; every implementation gives the same digest. */
export type Sha256Hex = (text: string) => string;

/**
 * {@link nodeCacheKey} of data the caller already normalized (the planner keeps what
 * validation parsed), with the SHA-256 the caller has: the server passes node:crypto's,
 * many times faster than the pure-JS one the browser uses; the key is the same.
 */
export const keyOfNormalized = ({ nodeId, type, data, functionVersion, inputs, context }: NormalizedKeyInput, hash: Sha256Hex): string => {
  const params = Object.fromEntries(Object.entries(data).filter(([field]) => !WORKFLOW_ONLY_FIELDS.includes(field)));
  const unsorted = inputs.map(({ edge, upstreamKey }) => [edge.targetHandle, upstreamKey, edge.sourceHandle, edgeParams(edge.data)] as const);
  // Most nodes have one wire in: nothing to sort, so no sort keys to serialise.
  const wires =
    unsorted.length < 2
      ? unsorted
      : unsorted
          .map((wire) => ({ wire, sortKey: canonicalJson(wire) }))
          .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0))
          .map(({ wire }) => wire);
  const signature: Record<string, unknown> = { type, functionVersion, params, inputs: wires };
  if (params['seed'] === null) signature['derivedFrom'] = nodeId;
  if (context !== undefined) signature['context'] = context;
  return hash(canonicalJson(signature));
};
