import type { GraphDocument, GraphNode } from '../document.js';
import { indexGraph } from '../graph-index.js';
import type { ValidationIssue } from '../issues.js';
import { validateCasting } from './casting.js';
import { validateCycles } from './cycles.js';
import { validateEdges } from './edges.js';
import { checkFields, createCachedCheckFields, createKeepingCheckFields, createNodeIdCheckFields, validateNodes, type CheckFields } from './nodes.js';

const runRules = (doc: GraphDocument, check: CheckFields): ValidationIssue[] => {
  const graph = indexGraph(doc);
  return [
    ...validateNodes(doc, check),
    ...validateEdges(doc, graph),
    ...validateCycles(doc, graph),
    ...validateCasting(doc, graph),
  ];
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
 * skips its zod parse (a 1,000-node write that moves one node parses one). Keep one per
 * graph: node ids are unique within a graph only. Validated data must not be mutated.
 *
 * @remarks Holds the last version's node data until dropped.
 */
export const createGraphVersionValidator = (): ((doc: GraphDocument) => ValidationIssue[]) => {
  const check = createNodeIdCheckFields();
  return (doc) => runRules(doc, check);
};
