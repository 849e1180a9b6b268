import { z } from 'zod';

/** Explicit graph limits: a request beyond them is refused, never truncated. */
export const GRAPH_LIMITS = {
  maxNodes: 5_000,
  maxEdges: 20_000,
  maxIdLength: 64,
  maxCoordinate: 10_000_000,
} as const;

export const GRAPH_SCHEMA_VERSION = 1 as const;

/**
 * Node and edge ids: letters, digits, `_` and `-`. No `:` because ids become part of
 * queue job ids, and no spaces because they travel in URLs.
 */
export const graphIdSchema = z
  .string()
  .min(1)
  .max(GRAPH_LIMITS.maxIdLength)
  .regex(/^[A-Za-z0-9_-]+$/, 'Ids use letters, digits, "_" and "-" only');

const coordinate = z.number().finite().min(-GRAPH_LIMITS.maxCoordinate).max(GRAPH_LIMITS.maxCoordinate);

export const positionSchema = z.strictObject({ x: coordinate, y: coordinate });
export type Position = z.infer<typeof positionSchema>;

/**
 * A node as stored and exchanged. `data` is checked against the node type's fields by
 * `validateGraph`, not here, so one bad field is reported with its path instead of
 * failing the whole parse.
 */
export const graphNodeSchema = z.strictObject({
  id: graphIdSchema,
  type: z.string().min(1).max(64),
  position: positionSchema,
  data: z.record(z.string(), z.unknown()).default({}),
});
export type GraphNode = z.infer<typeof graphNodeSchema>;

/** Per-edge data: on a cast edge into a Scene, whether the character speaks. */
export const edgeDataSchema = z.strictObject({ speaking: z.boolean().optional() });

/** Edges are immutable: a change is a delete and an add. Handles are port names. */
export const graphEdgeSchema = z.strictObject({
  id: graphIdSchema,
  source: graphIdSchema,
  sourceHandle: z.string().min(1).max(64),
  target: graphIdSchema,
  targetHandle: z.string().min(1).max(64),
  data: edgeDataSchema.optional(),
});
export type GraphEdge = z.infer<typeof graphEdgeSchema>;

/** GraphJSON: the exchange format of a graph (REST, import/export, runs). */
export const graphDocumentSchema = z.strictObject({
  schemaVersion: z.literal(GRAPH_SCHEMA_VERSION),
  nodes: z.array(graphNodeSchema).max(GRAPH_LIMITS.maxNodes),
  edges: z.array(graphEdgeSchema).max(GRAPH_LIMITS.maxEdges),
});
export type GraphDocument = z.infer<typeof graphDocumentSchema>;

export const emptyGraphDocument = (): GraphDocument => ({ schemaVersion: GRAPH_SCHEMA_VERSION, nodes: [], edges: [] });
