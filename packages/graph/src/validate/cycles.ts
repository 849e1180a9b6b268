import { describeNode, listNames } from '../describe.js';
import type { GraphDocument } from '../document.js';
import type { GraphIndex } from '../graph-index.js';
import type { ValidationIssue } from '../issues.js';
import { buildAdjacency } from '../topology/adjacency.js';
import { findLoopComponents } from '../topology/cycles.js';

/**
 * Reports every edge that lies on a cycle, each naming the nodes of its loop. Self loops
 * are left to the `self_loop` rule so a node linked to itself is reported once.
 */
export const validateCycles = (doc: GraphDocument, graph: GraphIndex): ValidationIssue[] => {
  const componentOf = findLoopComponents(buildAdjacency(doc, graph));
  if (componentOf.size === 0) return [];

  const names = new Map<number, string[]>();
  for (const [id, { node }] of graph.nodes) {
    const component = componentOf.get(id);
    if (component === undefined) continue;
    names.set(component, [...(names.get(component) ?? []), describeNode(node)]);
  }

  const issues: ValidationIssue[] = [];
  doc.edges.forEach((edge, index) => {
    const component = componentOf.get(edge.source);
    if (component === undefined || edge.source === edge.target || componentOf.get(edge.target) !== component) return;
    issues.push({
      code: 'cycle',
      severity: 'error',
      message: `This link closes a loop between ${listNames(names.get(component) ?? [])}; work must flow one way.`,
      nodeId: edge.target,
      edgeId: edge.id,
      path: ['edges', index],
    });
  });
  return issues;
};
