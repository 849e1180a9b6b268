import { GRAPH_LIMITS, graphEdgeSchema, graphNodeSchema, type GraphEdge, type GraphNode } from '@pc/graph';
import { z } from 'zod';
import type { EdgeView, NodeView } from './model/views.js';

/** The `format` tag of Production Canvas clipboard data. */
export const CLIPBOARD_FORMAT = 'production-canvas/nodes' as const;

/** Clipboard data: nodes with their positions and fields, and the links between them. */
export const clipboardPayloadSchema = z.strictObject({
  format: z.literal(CLIPBOARD_FORMAT),
  version: z.literal(1),
  nodes: z.array(graphNodeSchema).max(GRAPH_LIMITS.maxNodes),
  edges: z.array(graphEdgeSchema).max(GRAPH_LIMITS.maxEdges),
});

export type ClipboardPayload = z.infer<typeof clipboardPayloadSchema>;

/** What copying reads: the store's state, or anything with the same nodes and edges. */
export interface ClipboardSource {
  readonly nodes: Readonly<Record<string, NodeView>>;
  readonly nodeIds: readonly string[];
  readonly edges: Readonly<Record<string, EdgeView>>;
  readonly edgeIds: readonly string[];
}

const plainNode = (node: NodeView): GraphNode => ({
  id: node.id,
  type: node.type,
  position: { x: node.position.x, y: node.position.y },
  data: structuredClone(Object.fromEntries(Object.entries(node.data))),
});

const plainEdge = (edge: EdgeView): GraphEdge => ({
  id: edge.id,
  source: edge.source,
  sourceHandle: edge.sourceHandle,
  target: edge.target,
  targetHandle: edge.targetHandle,
  ...(edge.data ? { data: { ...edge.data } } : {}),
});

/**
 * Copies nodes, and the visible links between two of them, as clipboard data. Links to
 * nodes outside `ids` are left out. Serialise with `JSON.stringify` for the system clipboard.
 *
 * @param source - a document store, or its state (`store.store.getState()`).
 * @param ids - node ids (edge ids in it are ignored: edges follow their nodes).
 * @example
 * navigator.clipboard.writeText(JSON.stringify(toClipboard(doc, state.selection.nodeIds)));
 */
export const toClipboard = (
  source: ClipboardSource | { readonly store: { getState(): ClipboardSource } },
  ids: Iterable<string>,
): ClipboardPayload => {
  const state = 'store' in source ? source.store.getState() : source;
  const wanted = new Set(ids);
  const nodes = state.nodeIds.filter((id) => wanted.has(id)).map((id) => plainNode(state.nodes[id] as NodeView));
  const edges = state.edgeIds
    .map((id) => state.edges[id] as EdgeView)
    .filter((edge) => !edge.hidden && wanted.has(edge.source) && wanted.has(edge.target))
    .map(plainEdge);
  return { format: CLIPBOARD_FORMAT, version: 1, nodes, edges };
};

/**
 * Reads clipboard text: the payload when it is Production Canvas data, otherwise null
 * (plain text, another app's JSON, a payload from an incompatible version).
 */
export const parseClipboard = (text: string): ClipboardPayload | null => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = clipboardPayloadSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
};
