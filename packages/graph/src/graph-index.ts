import type { GraphDocument, GraphEdge, GraphNode } from './document.js';

/** A node with its position in `doc.nodes`, so issues can point into the document. */
export interface IndexedNode {
  node: GraphNode;
  index: number;
}

/** An edge with its position in `doc.edges`. */
export interface IndexedEdge {
  edge: GraphEdge;
  index: number;
}

/**
 * Lookup tables built once per pass, so every rule stays O(nodes + edges).
 *
 * When two nodes share an id, the first one in `doc.nodes` is the node edges refer to;
 * the others are reported as duplicates and otherwise ignored. `outgoing`/`incoming` hold
 * only edges whose two endpoints exist, in document order.
 */
export interface GraphIndex {
  nodes: Map<string, IndexedNode>;
  outgoing: Map<string, IndexedEdge[]>;
  incoming: Map<string, IndexedEdge[]>;
}

/**
 * The identity of a connection, ignoring its id: two edges with the same key are duplicates.
 * Ids contain no spaces and the handle length is spelled out, so the key is unambiguous
 * (and several times cheaper than JSON.stringify on large graphs).
 */
export const connectionKey = (edge: Pick<GraphEdge, 'source' | 'sourceHandle' | 'target' | 'targetHandle'>): string =>
  `${edge.source} ${edge.target} ${edge.sourceHandle.length} ${edge.sourceHandle}${edge.targetHandle}`;

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Indexes a document's nodes and connected edges (Maps, because `constructor` is a valid id). */
export const indexGraph = (doc: GraphDocument): GraphIndex => {
  const nodes = new Map<string, IndexedNode>();
  doc.nodes.forEach((node, index) => {
    if (!nodes.has(node.id)) nodes.set(node.id, { node, index });
  });
  const outgoing = new Map<string, IndexedEdge[]>();
  const incoming = new Map<string, IndexedEdge[]>();
  doc.edges.forEach((edge, index) => {
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) return;
    push(outgoing, edge.source, { edge, index });
    push(incoming, edge.target, { edge, index });
  });
  return { nodes, outgoing, incoming };
};

/** Edges arriving at `nodeId` through the input port `handle`, in document order. */
export const getIncomingEdges = (graph: GraphIndex, nodeId: string, handle: string): IndexedEdge[] =>
  (graph.incoming.get(nodeId) ?? []).filter(({ edge }) => edge.targetHandle === handle);

/**
 * The Scene a Shot covers: the source of its first Scene→Shot link, or undefined while the
 * Shot has no scene. Links from anything but a Scene's `scene` output do not count.
 */
export const getShotScene = (graph: GraphIndex, shotId: string): GraphNode | undefined => {
  for (const { edge } of getIncomingEdges(graph, shotId, 'scene')) {
    const source = graph.nodes.get(edge.source)?.node;
    if (source?.type === 'scene' && edge.sourceHandle === 'scene') return source;
  }
  return undefined;
};

/** Whether `characterId` is linked to the cast (`characters` input) of `sceneId`. */
export const isCastInScene = (graph: GraphIndex, characterId: string, sceneId: string): boolean =>
  getIncomingEdges(graph, sceneId, 'characters').some(
    ({ edge }) => edge.source === characterId && edge.sourceHandle === 'character',
  );
