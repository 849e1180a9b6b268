import { canonicalJson, createNode, GRAPH_LIMITS, type GraphDocument, type GraphEdge, type GraphNode, type NodeFields, type NodeTypeName, type Position } from '@pc/graph';
import type { ImportWarning } from '../analyze/types.js';

/** What a re-import changed, by node id; every list is in document order of the change. */
export interface ImportChanges {
  addedNodes: string[];
  updatedNodes: string[];
  /** Scenes the script no longer has, tagged {@link REMOVED_FROM_SCRIPT_TAG}. */
  flaggedScenes: string[];
  addedEdges: string[];
  /** Links replaced: a speaking flag turned on, or a Scene moved to another Location. */
  replacedEdges: string[];
}

/**
 * The document being built: a copy of the existing one, changed in place, with its nodes
 * indexed and the graph limits kept (a node or edge over a limit is dropped with one
 * warning instead of producing a document the server would refuse).
 */
export const createDraft = (existing: GraphDocument, warnings: ImportWarning[]) => {
  const doc: GraphDocument = structuredClone(existing);
  const nodes = new Map<string, GraphNode>();
  for (const node of doc.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  const edgeIds = new Set(doc.edges.map((edge) => edge.id));
  const changes: ImportChanges = { addedNodes: [], updatedNodes: [], flaggedScenes: [], addedEdges: [], replacedEdges: [] };
  const over = { nodes: false, edges: false };
  const full = (kind: 'nodes' | 'edges') => {
    if (!over[kind]) warnings.push({ code: 'truncated', message: `The graph reached its limit of ${kind === 'nodes' ? GRAPH_LIMITS.maxNodes : GRAPH_LIMITS.maxEdges} ${kind}; the rest of the script was not imported.` });
    over[kind] = true;
  };

  return {
    doc,
    changes,
    getNode: (id: string) => nodes.get(id),
    nodesOfType: (type: string) => [...nodes.values()].filter((node) => node.type === type),
    /** A free id: `id`, or `id` with a counter when a node already has it. */
    freeId(id: string): string {
      let candidate = id;
      for (let n = 2; nodes.has(candidate); n += 1) candidate = `${id.slice(0, 60)}_${n}`;
      return candidate;
    },
    /** Adds a node; undefined when the graph is full. */
    addNode<T extends NodeTypeName>(type: T, id: string, position: Position, data: Partial<NodeFields<T>>): GraphNode | undefined {
      if (doc.nodes.length >= GRAPH_LIMITS.maxNodes) {
        full('nodes');
        return undefined;
      }
      const node = createNode(type, { id, position, data });
      doc.nodes.push(node);
      nodes.set(id, node);
      changes.addedNodes.push(id);
      return node;
    },
    /** Sets fields of an existing node, recording it as updated when a value changed. */
    updateNode(node: GraphNode, data: Record<string, unknown>): void {
      let changed = false;
      for (const [key, value] of Object.entries(data)) {
        if (canonicalJson(node.data[key] ?? null) === canonicalJson(value ?? null)) continue;
        node.data[key] = value;
        changed = true;
      }
      if (changed && !changes.updatedNodes.includes(node.id) && !changes.addedNodes.includes(node.id)) changes.updatedNodes.push(node.id);
    },
    addEdge(edge: GraphEdge): void {
      if (edgeIds.has(edge.id)) return;
      if (doc.edges.length >= GRAPH_LIMITS.maxEdges) return full('edges');
      doc.edges.push(edge);
      edgeIds.add(edge.id);
      changes.addedEdges.push(edge.id);
    },
    /** Replaces the edge at `index` (same connection or not); recorded once per new id. */
    replaceEdge(index: number, edge: GraphEdge): void {
      const old = doc.edges[index];
      if (!old) return;
      edgeIds.delete(old.id);
      doc.edges.splice(index, 1, edge);
      edgeIds.add(edge.id);
      changes.replacedEdges.push(edge.id);
    },
  };
};

export type Draft = ReturnType<typeof createDraft>;
