import { z } from '@hono/zod-openapi';
import { graphDocumentSchema, issueCodes, type ValidationIssue } from '@pc/graph';
import type { GraphRecord, GraphRevisionRecord, GraphRevisionSummary, GraphSummary } from '@pc/db';

/*
 * The shapes of the graph API: request bodies, responses, and the mappers from database
 * records to responses. Route modules import from here, so a shape is declared once and
 * the OpenAPI document, the validation and the TypeScript types cannot drift apart.
 */

export const graphDocument = graphDocumentSchema.openapi('GraphDocument', {
  description: 'GraphJSON: the exchange format of a graph. Node `data` is checked against the node type by the graph validator.',
});

export const graphName = z.string().trim().min(1).max(200).openapi({ example: 'Harbour — pilot' });
export const workspaceId = z.string().min(1).max(64).openapi({ example: 'ws_0f3k8q2m9v1x7c4d' });

export const graphIdParams = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'The graph’s id (`gr_…`), as creating, importing or listing graphs answers it.', example: 'gr_0f3k8q2m9v1x7c4d' }),
});

export const revisionParams = graphIdParams.extend({
  rev: z.coerce
    .number()
    .int()
    .min(1)
    .max(2_147_483_647)
    .openapi({ param: { name: 'rev', in: 'path' }, type: 'integer', description: 'A snapshot’s revision number (1 or more), as `GET /graphs/{id}/revisions` lists them.', example: 3 }),
});

/** `?limit=&cursor=` as browsers and scripts send them: a blank parameter means "not given". */
const blankAsMissing = (value: unknown) => (value === '' ? undefined : value);

/** `?limit=&cursor=` of a cursor-paginated list: at most 100 a page, `defaultLimit` when not given. */
export const pageQueryWith = (defaultLimit: number) =>
  z.object({
    limit: z
      .preprocess(blankAsMissing, z.coerce.number().int().min(1).max(100).default(defaultLimit))
      .openapi({
        type: 'integer',
        minimum: 1,
        maximum: 100,
        default: defaultLimit,
        description: `Page size: at most this many entries in this page, 1–100 (${defaultLimit} when omitted). Pass the answer’s \`nextCursor\` back as \`cursor\` for the next page.`,
      }),
    cursor: z
      .preprocess(blankAsMissing, z.string().max(512).optional())
      .openapi({ type: 'string', description: 'The `nextCursor` of the previous page; omit for the first page.' }),
  });

export const pageQuery = pageQueryWith(20);

export const graphListQuery = pageQuery.extend({
  workspaceId: z
    .preprocess(blankAsMissing, z.string().min(1).max(64).optional())
    .openapi({ type: 'string', description: 'Only this workspace’s graphs.' }),
});

export const validationIssue = z
  .object({
    code: z.enum(issueCodes),
    severity: z.enum(['error', 'warning']),
    message: z.string(),
    nodeId: z.string().optional(),
    edgeId: z.string().optional(),
    path: z.array(z.union([z.string(), z.int()])).openapi({ example: ['nodes', 3, 'data', 'lensMm'] }),
  })
  .openapi('ValidationIssue');

const timestamps = {
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
};

export const graphSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    workspaceId,
    revision: z.int().openapi({ description: 'Counts writes of the document (a rename keeps it); the ETag is this number in quotes.' }),
    document: graphDocument,
    issues: z.array(validationIssue).openapi({ description: 'Every issue of the document; blocking ones are refused on write.' }),
    ...timestamps,
  })
  .openapi('Graph');
export type GraphResponse = z.infer<typeof graphSchema>;

export const graphSummarySchema = z
  .object({ id: z.string(), name: z.string(), workspaceId, revision: z.int(), nodeCount: z.int(), edgeCount: z.int(), ...timestamps })
  .openapi('GraphSummary');
export type GraphSummaryResponse = z.infer<typeof graphSummarySchema>;

export const graphListSchema = z
  .object({ graphs: z.array(graphSummarySchema), nextCursor: z.string().nullable() })
  .openapi('GraphList');
export type GraphListResponse = z.infer<typeof graphListSchema>;

export const graphRevisionSchema = z
  .object({
    graphId: z.string(),
    revision: z.int(),
    message: z.string().nullable(),
    createdAt: z.iso.datetime(),
    document: graphDocument,
  })
  .openapi('GraphRevision');
export type GraphRevisionResponse = z.infer<typeof graphRevisionSchema>;

export const graphRevisionSummarySchema = z
  .object({ revision: z.int(), message: z.string().nullable(), createdAt: z.iso.datetime(), nodeCount: z.int() })
  .openapi('GraphRevisionSummary');
export type GraphRevisionSummaryResponse = z.infer<typeof graphRevisionSummarySchema>;

export const graphRevisionListSchema = z
  .object({
    revisions: z.array(graphRevisionSummarySchema),
    nextCursor: z.string().nullable(),
    graphRevision: z.number().int().openapi({
      description:
        'The graph’s revision now (on the first page, after writing what collaborators did in the last moments). The snapshot with this revision is the graph as it is: restoring it would only save the same state again.',
    }),
  })
  .openapi('GraphRevisionList');
export type GraphRevisionListResponse = z.infer<typeof graphRevisionListSchema>;

export const toGraphResponse = (graph: GraphRecord, issues: ValidationIssue[]): GraphResponse => ({
  id: graph.id,
  name: graph.name,
  workspaceId: graph.workspaceId,
  revision: graph.revision,
  document: graph.document,
  issues,
  createdAt: graph.createdAt.toISOString(),
  updatedAt: graph.updatedAt.toISOString(),
});

/**
 * `JSON.stringify(toGraphResponse(graph, issues))`, given the document's JSON: a PUT
 * serialises its 190 KB document once, for Postgres and for its answer.
 */
export const graphResponseJson = (graph: GraphRecord, issues: ValidationIssue[], documentJson: string): string => {
  const { document: _document, issues: _issues, createdAt, updatedAt, ...head } = toGraphResponse(graph, issues);
  return `${JSON.stringify(head).slice(0, -1)},"document":${documentJson},${JSON.stringify({ issues, createdAt, updatedAt }).slice(1)}`;
};

export const toGraphSummaryResponse = (graph: GraphSummary): GraphSummaryResponse => ({
  ...graph,
  createdAt: graph.createdAt.toISOString(),
  updatedAt: graph.updatedAt.toISOString(),
});

export const toRevisionResponse = (revision: GraphRevisionRecord): GraphRevisionResponse => ({
  graphId: revision.graphId,
  revision: revision.revision,
  message: revision.message,
  createdAt: revision.createdAt.toISOString(),
  document: revision.document,
});

export const toRevisionSummaryResponse = (revision: GraphRevisionSummary): GraphRevisionSummaryResponse => ({
  revision: revision.revision,
  message: revision.message,
  createdAt: revision.createdAt.toISOString(),
  nodeCount: revision.nodeCount,
});

