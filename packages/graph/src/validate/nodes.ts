import type { NodeTypeDefinition } from '../catalogue/types.js';
import { getNodeType } from '../catalogue/index.js';
import { describeNode } from '../describe.js';
import type { GraphDocument, GraphNode } from '../document.js';
import type { ValidationIssue } from '../issues.js';
import { sameJsonValue } from '../json-equal.js';
import { describeFieldIssues, type FieldProblem } from './field-issues.js';

/** Checks one node's data against its type; the costly part of validation (a zod parse). */
export type CheckFields = (node: GraphNode, definition: NodeTypeDefinition) => readonly FieldProblem[];

/** Parses the node's data with its type's fields, every time. */
export const checkFields: CheckFields = (node, definition) => {
  const parsed = definition.fields.safeParse(node.data);
  return parsed.success ? [] : describeFieldIssues(definition.fields, parsed.error.issues);
};

/**
 * Parses like {@link checkFields} and keeps each valid node's parsed data (its data completed
 * with the catalogue's defaults: what `normalizeNodeData` returns) in `parsed`, keyed by node.
 */
export const createKeepingCheckFields = (parsed: Map<GraphNode, Record<string, unknown>>): CheckFields => (node, definition) => {
  const result = definition.fields.safeParse(node.data);
  if (!result.success) return describeFieldIssues(definition.fields, result.error.issues);
  parsed.set(node, result.data as Record<string, unknown>);
  return [];
};

/**
 * Remembers each data object's problems, keyed by identity. Sound only while data objects
 * are never mutated after being validated, as in an immer read model where an edit makes
 * a new object; that turns revalidating 5,000 nodes after one edit into one parse.
 */
export const createCachedCheckFields = (): CheckFields => {
  const cache = new WeakMap<object, { definition: NodeTypeDefinition; problems: readonly FieldProblem[] }>();
  return (node, definition) => {
    const hit = cache.get(node.data);
    if (hit?.definition === definition) return hit.problems;
    const problems = checkFields(node, definition);
    cache.set(node.data, { definition, problems });
    return problems;
  };
};

/**
 * Remembers each node's problems by node id, with the data it checked: a node whose type
 * and data deep-equal the remembered ones is not parsed again. For successive versions
 * of one graph that arrive as fresh objects (REST writes, where identity says nothing);
 * `checkFields` is a pure function of type and data, so a hit is the same answer. Sound
 * only while validated data objects are never mutated afterwards.
 */
export const createNodeIdCheckFields = (): CheckFields => {
  const seen = new Map<string, { definition: NodeTypeDefinition; data: GraphNode['data']; problems: readonly FieldProblem[] }>();
  return (node, definition) => {
    const hit = seen.get(node.id);
    if (hit?.definition === definition && sameJsonValue(hit.data, node.data)) return hit.problems;
    const problems = checkFields(node, definition);
    seen.set(node.id, { definition, data: node.data, problems });
    return problems;
  };
};

/** Node rules: duplicate ids, unknown types, and each node's fields against its type. */
export const validateNodes = (doc: GraphDocument, check: CheckFields = checkFields): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  doc.nodes.forEach((node, index) => {
    if (seen.has(node.id)) {
      issues.push({
        code: 'duplicate_id',
        severity: 'error',
        message: `${describeNode(node)} has the same id as another node (“${node.id}”); every node needs its own.`,
        nodeId: node.id,
        path: ['nodes', index, 'id'],
      });
    }
    seen.add(node.id);

    const definition = getNodeType(node.type);
    if (!definition) {
      issues.push({
        code: 'unknown_node_type',
        severity: 'error',
        message: `Node ${node.id} is of type “${node.type}”, which this version of Production Canvas does not know.`,
        nodeId: node.id,
        path: ['nodes', index, 'type'],
      });
      return;
    }
    const problems = check(node, definition);
    if (problems.length === 0) return;
    const label = describeNode(node);
    for (const problem of problems) {
      issues.push({
        code: 'invalid_field',
        severity: 'error',
        message: `${label}: ${problem.message}.`,
        nodeId: node.id,
        path: ['nodes', index, 'data', ...problem.path],
      });
    }
  });
  return issues;
};
