import { getNodeType } from '../catalogue/index.js';
import { describeNode } from '../describe.js';
import type { GraphDocument } from '../document.js';
import type { ValidationIssue } from '../issues.js';
import { describeFieldIssues } from './field-issues.js';

/** Node rules: duplicate ids, unknown types, and each node's fields against its type. */
export const validateNodes = (doc: GraphDocument): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  doc.nodes.forEach((node, index) => {
    const label = describeNode(node);
    if (seen.has(node.id)) {
      issues.push({
        code: 'duplicate_id',
        severity: 'error',
        message: `${label} has the same id as another node (“${node.id}”); every node needs its own.`,
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
    const parsed = definition.fields.safeParse(node.data);
    if (parsed.success) return;
    for (const problem of describeFieldIssues(definition.fields, parsed.error.issues)) {
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
