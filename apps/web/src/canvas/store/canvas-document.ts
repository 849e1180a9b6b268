import { GRAPH_SCHEMA_VERSION, type GraphDocument, type GraphEdge, type GraphNode } from '@pc/graph';

/**
 * The document part of the canvas: GraphJSON keyed by id. Keyed maps (not arrays) so a
 * node component finds itself in O(1) and an edit replaces one entry, leaving every other
 * node object identical. They mirror the Y.Maps packages/document will use.
 */
export interface CanvasDocument {
  schemaVersion: typeof GRAPH_SCHEMA_VERSION;
  nodes: Record<string, GraphNode>;
  edges: Record<string, GraphEdge>;
}

export const emptyCanvasDocument = (): CanvasDocument => ({ schemaVersion: GRAPH_SCHEMA_VERSION, nodes: {}, edges: {} });

export const fromGraphDocument = (doc: GraphDocument): CanvasDocument => ({
  schemaVersion: GRAPH_SCHEMA_VERSION,
  nodes: Object.fromEntries(doc.nodes.map((node) => [node.id, node])),
  edges: Object.fromEntries(doc.edges.map((edge) => [edge.id, edge])),
});

const exported = new WeakMap<CanvasDocument, GraphDocument>();

/**
 * GraphJSON for saving and for the rules in @pc/graph. Memoised per document object, so
 * validation, connection checks and autosave share one conversion per edit.
 */
export const toGraphDocument = (doc: CanvasDocument): GraphDocument => {
  let graph = exported.get(doc);
  if (!graph) {
    graph = { schemaVersion: doc.schemaVersion, nodes: Object.values(doc.nodes), edges: Object.values(doc.edges) };
    exported.set(doc, graph);
  }
  return graph;
};
