import type { GraphDocument, GraphNode } from '../document.js';
import { indexGraph } from '../graph-index.js';
import type { ValidationIssue } from '../issues.js';
import { sameJsonValue } from '../json-equal.js';
import { validateCasting } from './casting.js';
import { validateCycles } from './cycles.js';
import { validateEdges } from './edges.js';
import { checkFields, createCachedCheckFields, createKeepingCheckFields, createNodeIdCheckFields, validateNodes, type CheckFields } from './nodes.js';

/** The rules between nodes: edges, cycles, Shot/Scene continuity. */
const topologyRules = (doc: GraphDocument): ValidationIssue[] => {
  const graph = indexGraph(doc);
  return [...validateEdges(doc, graph), ...validateCycles(doc, graph), ...validateCasting(doc, graph)];
};

const runRules = (doc: GraphDocument, check: CheckFields): ValidationIssue[] => [...validateNodes(doc, check), ...topologyRules(doc)];

/**
 * Whether the topology rules must give `b` the same issues as `a`: the same nodes (id, type,
 * data: messages name nodes by their data) and edges, in the same order (paths are indices).
 * Positions are the one thing left out: no rule reads them.
 */
const sameTopologyInput = (a: GraphDocument, b: GraphDocument): boolean => {
  if (a.nodes.length !== b.nodes.length || a.edges.length !== b.edges.length) return false;
  for (let index = 0; index < a.nodes.length; index += 1) {
    const before = a.nodes[index]!;
    const after = b.nodes[index]!;
    if (before.id !== after.id || before.type !== after.type || !sameJsonValue(before.data, after.data)) return false;
  }
  for (let index = 0; index < a.edges.length; index += 1) if (!sameJsonValue(a.edges[index], b.edges[index])) return false;
  return true;
};

/**
 * Every problem in a graph document, in a stable order: node issues, edge issues, cycles,
 * then Shot/Scene continuity. Never throws for a document that passed `graphDocumentSchema`.
 *
 * Cycles are reported once per edge on a cycle (an edge whose two ends lie in the same
 * strongly connected component), each message naming the nodes of that loop; a self loop
 * is reported as `self_loop` only.
 *
 * @param doc - a parsed GraphJSON document.
 * @returns the issues; empty when the graph is valid and complete. Filter with
 * `isBlockingIssue` to decide whether a write must be refused.
 * @example
 * const issues = validateGraph(doc);
 * const onShot = issues.filter((issue) => issue.nodeId === 'shot-12a');
 * @remarks O(nodes + edges), plus one zod parse per node; 5,000 nodes take a few ms.
 */
export const validateGraph = (doc: GraphDocument): ValidationIssue[] => runRules(doc, checkFields);

/** The outcome of {@link validateGraphKeepingData}. */
export interface ValidatedGraph {
  issues: ValidationIssue[];
  /** Each node whose data fits its type, with that data completed with defaults (as `normalizeNodeData` gives it). */
  normalizedData: Map<GraphNode, Record<string, unknown>>;
}

/**
 * `validateGraph` that also hands back the data its field checks parsed, for a caller that
 * needs both (the run planner's cache keys): each node's data is parsed once instead of twice.
 *
 * @example
 * const { issues, normalizedData } = validateGraphKeepingData(doc);
 * normalizedData.get(doc.nodes[0]) // { name: 'ANNA', appearance: '', … } when valid
 */
export const validateGraphKeepingData = (doc: GraphDocument): ValidatedGraph => {
  const normalizedData = new Map<GraphNode, Record<string, unknown>>();
  return { issues: runRules(doc, createKeepingCheckFields(normalizedData)), normalizedData };
};

/**
 * A `validateGraph` for a long-lived read model (the canvas store): it remembers the field
 * problems of each node `data` object by identity, so after an edit only the changed
 * nodes are parsed again. Use it only where node data is immutable (immer, Yjs-derived
 * snapshots); a `data` object mutated in place after validation would keep its old result.
 *
 * @example
 * const validate = createGraphValidator();
 * store.subscribe((state) => setIssues(validate(state.document)));
 * @remarks Memory is released with the data objects (a WeakMap).
 */
export const createGraphValidator = (): ((doc: GraphDocument) => ValidationIssue[]) => {
  const check = createCachedCheckFields();
  return (doc) => runRules(doc, check);
};

/**
 * A `validateGraph` for successive versions of one graph that arrive as fresh objects (the
 * server's REST writes of a graph): it remembers each node's field problems by node id
 * with the data it checked, so a node whose type and data deep-equal the last version's
 * skips its zod parse (a 1,000-node write that moves one node parses one), and the last
 * version's edge, cycle and continuity issues, which a version that differs from it only
 * in positions gets again without running those rules (a moved node, the commonest
 * write). Keep one per graph: node ids are unique within a graph only. Validated
 * documents must not be mutated.
 *
 * @remarks Holds the last version and its issues until dropped.
 */
export const createGraphVersionValidator = (): ((doc: GraphDocument) => ValidationIssue[]) => {
  const check = createNodeIdCheckFields();
  let last: { doc: GraphDocument; topology: ValidationIssue[] } | undefined;
  return (doc) => {
    const nodeIssues = validateNodes(doc, check);
    const topology = last && sameTopologyInput(last.doc, doc) ? last.topology : topologyRules(doc);
    last = { doc, topology };
    return [...nodeIssues, ...topology];
  };
};
