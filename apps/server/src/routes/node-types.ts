import { createRoute, z } from '@hono/zod-openapi';
import { describeNodeCatalogue } from '@pc/graph';
import type { ApiApp } from '../env.js';
import { problemResponses } from '../errors/problem.js';

const portSchema = z.object({
  name: z.string(),
  label: z.string(),
  dataType: z.string(),
  required: z.boolean().optional(),
  multiple: z.boolean().optional(),
  description: z.string().optional(),
});

export const nodeTypeDescriptionSchema = z
  .object({
    type: z.string(),
    label: z.string(),
    description: z.string(),
    accent: z.string(),
    fieldsSchema: z.record(z.string(), z.unknown()).openapi({ description: 'JSON Schema (2020-12) of the node fields, as input.' }),
    fieldGroups: z.array(z.object({ title: z.string(), fields: z.array(z.string()).readonly() })).readonly(),
    summaryFields: z.array(z.string()).readonly(),
    inputs: z.array(portSchema).readonly(),
    outputs: z.array(portSchema).readonly(),
    functions: z.array(z.string()).readonly(),
  })
  .openapi('NodeTypeDescription');

export const listNodeTypesRoute = createRoute({
  method: 'get',
  path: '/node-types',
  tags: ['Node types'],
  summary: 'The node catalogue, each type with a JSON Schema of its fields',
  responses: {
    200: {
      description: 'Every node type, in a stable order',
      content: { 'application/json': { schema: z.object({ nodeTypes: z.array(nodeTypeDescriptionSchema) }).openapi('NodeTypeList') } },
    },
    ...problemResponses(),
  },
});

export function registerListNodeTypes(api: ApiApp): void {
  api.openapi(listNodeTypesRoute, (c) => {
    // The catalogue is compiled into this build: let browsers keep it for a while.
    c.header('Cache-Control', 'public, max-age=300');
    return c.json({ nodeTypes: describeNodeCatalogue() }, 200);
  });
}
