import {
  describeNode,
  getInputPort,
  getNodeType,
  getOutputPort,
  type GraphEdge,
  type GraphNode,
  type IssueCode,
  type IssueSeverity,
  type PortDefinition,
} from '@pc/graph';
import { catalogueAllowsCycles, findEdgesClosingCycles } from './cycles.js';
import { findShotIssues } from './shot-rules.js';

/**
 * A problem the derived view found in the live document, placed on a node and/or an edge.
 * Codes are packages/graph's, so the UI maps them to icons once.
 */
export interface DocumentIssue {
  readonly code: IssueCode;
  readonly severity: IssueSeverity;
  /** Written for the film creator who reads it on the canvas. */
  readonly message: string;
  readonly nodeId?: string;
  readonly edgeId?: string;
  /** The edge `edgeId` is hidden from the canvas, and the server's repair deletes it. */
  readonly hidden: boolean;
}

/** What the canvas may show of a document: the edges to hide, and every issue. */
export interface DerivedView {
  /** Sorted. Exactly what {@link repairGraphDoc} deletes. */
  readonly hiddenEdgeIds: readonly string[];
  readonly issues: readonly DocumentIssue[];
}

/** The part of a graph the derived view reads: node ids, types and names, and the edges. */
export interface DerivableGraph {
  readonly nodes: Iterable<Pick<GraphNode, 'id' | 'type' | 'data'> & Partial<GraphNode>>;
  readonly edges: Iterable<GraphEdge>;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A key for several strings, unambiguous whatever they contain (each is length-prefixed). */
const keyOf = (...parts: string[]): string => {
  let key = '';
  for (const part of parts) key += `${part.length}:${part}`;
  return key;
};

/**
 * Hides or flags what concurrent edits (and undo after them) can leave invalid. Commands
 * refuse all of this on the state they see; the document merges other peers' commands
 * without checking, so the view re-checks the merged state, deterministically: every peer
 * and the server hide the same edges for the same document.
 *
 * Hidden, in this order (edges visited by ascending id):
 * 1. dangling edges (an end node is gone), self loops, unknown ports, incompatible ports;
 * 2. duplicates of the same connection: the lowest id stays;
 * 3. several links into a single input: the lowest id stays;
 * 4. cycles: the largest id of each cycle is hidden until none is left.
 *
 * Flagged but shown (unfinished work, as `validateGraph` reports it): nodes of an unknown
 * type (edges to them are kept: a newer client may understand them), Shots without a
 * Scene, Characters in frame who are not cast in the Shot's Scene.
 *
 * Field values are not checked here: commands validate every field they write, and a
 * field is a last-writer-wins value that concurrency cannot break.
 *
 * @example
 * const { hiddenEdgeIds } = deriveView(toGraphDocument(ydoc));
 * @remarks O(nodes + edges·log edges) for an acyclic graph. The store re-derives only when
 * nodes or edges are added or removed, never on a move.
 */
export const deriveView = (graph: DerivableGraph): DerivedView => {
  const nodes = new Map<string, Pick<GraphNode, 'id' | 'type' | 'data'>>();
  for (const node of graph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  const edges = [...graph.edges].sort(byId);
  const issues: DocumentIssue[] = [];
  const hidden = new Set<string>();
  const name = (id: string) => describeNode(nodes.get(id) as GraphNode);
  const hide = (edge: GraphEdge, code: IssueCode, message: string, onNode = true) => {
    hidden.add(edge.id);
    issues.push({ code, severity: 'warning', message, edgeId: edge.id, ...(onNode ? { nodeId: edge.target } : {}), hidden: true });
  };

  // 1. Edges that cannot stand on their own.
  const kept: GraphEdge[] = [];
  const inputOf = new Map<string, PortDefinition>(); // by id: frozen objects make slow Map keys in V8
  for (const edge of edges) {
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (!source || !target) {
      hide(edge, 'dangling_edge', 'A link to a node that was deleted is hidden.', false);
      continue;
    }
    if (source.id === target.id) {
      hide(edge, 'self_loop', `${name(source.id)} was linked to itself; the link is hidden.`);
      continue;
    }
    if (getNodeType(source.type) && getNodeType(target.type)) {
      const output = getOutputPort(source.type, edge.sourceHandle);
      const input = getInputPort(target.type, edge.targetHandle);
      if (!output || !input) {
        const [node, port] = output ? [target, edge.targetHandle] : [source, edge.sourceHandle];
        hide(edge, 'unknown_port', `${name(node.id)} has no port called “${port}”; a link to it is hidden.`);
        continue;
      }
      if (output.dataType !== input.dataType) {
        hide(edge, 'incompatible_ports', `${name(source.id)} cannot feed ${name(target.id)}’s ${input.label} input; the link is hidden.`);
        continue;
      }
      inputOf.set(edge.id, input);
    }
    kept.push(edge);
  }

  // 2 and 3. Duplicates, then second links into single inputs: the lowest id wins.
  const connections = new Set<string>();
  const singleInputs = new Map<string, GraphEdge>();
  const unique: GraphEdge[] = [];
  for (const edge of kept) {
    const key = keyOf(edge.source, edge.sourceHandle, edge.target, edge.targetHandle);
    if (connections.has(key)) {
      hide(edge, 'duplicate_edge', `${name(edge.source)} was linked to ${name(edge.target)} twice at once; one link is kept.`);
      continue;
    }
    connections.add(key);
    const input = inputOf.get(edge.id);
    if (input && !input.multiple) {
      const slot = keyOf(edge.target, edge.targetHandle);
      const winner = singleInputs.get(slot);
      if (winner) {
        hide(
          edge,
          'port_occupied',
          `${name(edge.target)}’s ${input.label} input takes one link but got two at once; the one from ${name(winner.source)} is kept and the one from ${name(edge.source)} is hidden.`,
        );
        continue;
      }
      singleInputs.set(slot, edge);
    }
    unique.push(edge);
  }

  // 4. Cycles closed by concurrent links (only possible if the catalogue's types can loop,
  // or through nodes of unknown types, whose links are not port-checked).
  const unchecked = (id: string) => !getNodeType((nodes.get(id) as GraphNode).type);
  const mayLoop = catalogueAllowsCycles() || unique.some((edge) => unchecked(edge.source) || unchecked(edge.target));
  const closing = new Set(mayLoop ? findEdgesClosingCycles([...nodes.keys()].sort(), unique).map((edge) => edge.id) : []);
  const visible: GraphEdge[] = [];
  for (const edge of unique) {
    if (closing.has(edge.id)) {
      hide(edge, 'cycle', `Linking ${name(edge.source)} to ${name(edge.target)} closed a loop with another change made at the same time; the link is hidden.`);
    } else {
      visible.push(edge);
    }
  }

  // Flags on what stays visible.
  for (const node of [...nodes.values()].sort(byId)) {
    if (!getNodeType(node.type)) {
      issues.push({
        code: 'unknown_node_type',
        severity: 'error',
        message: `Node ${node.id} is of type “${node.type}”, which this version of Production Canvas does not know.`,
        nodeId: node.id,
        hidden: false,
      });
    }
  }
  issues.push(...findShotIssues(nodes, visible));
  return { hiddenEdgeIds: [...hidden].sort(), issues };
};
