import { z } from 'zod';
import { nodeCatalogue, nodeTypeNames, type NodeTypeName } from './catalogue/index.js';
import type { PortDefinition } from './ports.js';

/** A node type as the UI and scripts see it: JSON Schema for its fields, plus its ports. */
export interface NodeTypeDescription {
  type: NodeTypeName;
  label: string;
  description: string;
  accent: string;
  fieldsSchema: Record<string, unknown>;
  fieldGroups: ReadonlyArray<{ title: string; fields: readonly string[] }>;
  summaryFields: readonly string[];
  inputs: readonly PortDefinition[];
  outputs: readonly PortDefinition[];
  functions: readonly string[];
}

const cache = new Map<NodeTypeName, NodeTypeDescription>();

/**
 * Describes one node type with a JSON Schema (draft 2020-12) of its fields. The schema
 * is the input shape: every field is optional on input because each has a default.
 */
export const describeNodeType = (type: NodeTypeName): NodeTypeDescription => {
  const cached = cache.get(type);
  if (cached) return cached;
  const definition = nodeCatalogue[type];
  const description: NodeTypeDescription = {
    type,
    label: definition.label,
    description: definition.description,
    accent: definition.accent,
    fieldsSchema: z.toJSONSchema(definition.fields, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
    fieldGroups: definition.fieldGroups,
    summaryFields: definition.summaryFields,
    inputs: definition.inputs,
    outputs: definition.outputs,
    functions: definition.functions,
  };
  cache.set(type, description);
  return description;
};

/** The whole catalogue, in a stable order, as served by `GET /api/v1/node-types`. */
export const describeNodeCatalogue = (): NodeTypeDescription[] => nodeTypeNames.map(describeNodeType);
