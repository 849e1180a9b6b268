import type { DocumentState, NodeView } from '@pc/document';
import { GRAPH_SCHEMA_VERSION, type GraphDocument, type GraphNode } from '@pc/graph';

let last: { nodes: DocumentState['nodes']; edges: DocumentState['edges']; graph: GraphDocument } | undefined;

/**
 * The graph as the user sees it (hidden edges left out), for the connection rules while a
 * wire is dragged. Rebuilt only when the store's nodes or edges records change.
 */
export const getVisibleGraph = (state: DocumentState): GraphDocument => {
  if (last?.nodes === state.nodes && last.edges === state.edges) return last.graph;
  const graph: GraphDocument = {
    schemaVersion: GRAPH_SCHEMA_VERSION,
    nodes: state.nodeIds.map((id) => state.nodes[id] as NodeView as GraphNode),
    edges: state.edgeIds.flatMap((id) => {
      const edge = state.edges[id];
      return edge && !edge.hidden ? [edge] : [];
    }),
  };
  last = { nodes: state.nodes, edges: state.edges, graph };
  return graph;
};
