import { describeFieldIssues, getNodeType, type GraphDocument } from '@pc/graph';
import type { z } from 'zod';

/** Node fields to override for one run: `{nodeId: {field: value}}`. */
export type NodeOverrides = Record<string, Record<string, unknown>>;

/** A problem with one override, pointed at by `items.<i>.overrides.<nodeId>.<field>` in the API. */
export interface OverrideIssue {
  /** Path below the item's `overrides`: `[nodeId]` or `[nodeId, field]`. */
  path: [string] | [string, string];
  code: 'unknown_node' | 'unknown_field' | 'invalid_value';
  message: string;
}

/** The document with `overrides` merged into its nodes' data; untouched nodes are shared, not copied. */
export function applyNodeOverrides(document: GraphDocument, overrides: NodeOverrides): GraphDocument {
  if (Object.keys(overrides).length === 0) return document;
  return {
    ...document,
    nodes: document.nodes.map((node) => {
      const fields = Object.hasOwn(overrides, node.id) ? overrides[node.id] : undefined;
      return fields ? { ...node, data: { ...node.data, ...fields } } : node;
    }),
  };
}

/**
 * Checks overrides against a revision: the node exists, its type's catalogue has the
 * field, and the value is one the field accepts. Returns every issue (empty when valid).
 * Build one checker per revision and call it per item: node lookups are indexed once.
 */
export function createOverrideChecker(document: GraphDocument): (overrides: NodeOverrides) => OverrideIssue[] {
  const types = new Map(document.nodes.map((node) => [node.id, node.type]));
  return (overrides) => {
    const issues: OverrideIssue[] = [];
    for (const [nodeId, fields] of Object.entries(overrides)) {
      const type = types.get(nodeId);
      const definition = type === undefined ? undefined : getNodeType(type);
      if (!definition) {
        issues.push({ path: [nodeId], code: 'unknown_node', message: `The revision has no node ${nodeId}` });
        continue;
      }
      const shape = definition.fields.shape as Record<string, z.ZodType>;
      for (const [field, value] of Object.entries(fields)) {
        const schema = Object.hasOwn(shape, field) ? shape[field] : undefined;
        if (!schema) {
          issues.push({ path: [nodeId, field], code: 'unknown_field', message: `A ${definition.type} node has no field ${field}` });
          continue;
        }
        const parsed = schema.safeParse(value);
        if (parsed.success) continue;
        // The catalogue's words, as the canvas says them ("Lens (mm) must be at least 4"), not zod's ("Too small: expected number to be >=4").
        const [problem] = describeFieldIssues(definition.fields, parsed.error.issues.map((issue) => ({ ...issue, path: [field, ...issue.path] })));
        issues.push({ path: [nodeId, field], code: 'invalid_value', message: `${problem?.message ?? `${field} has an invalid value`}.` });
      }
    }
    return issues;
  };
}
