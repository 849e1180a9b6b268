import { createRoute, z } from '@hono/zod-openapi';
import { findGraphRevision, snapshotGraph } from '@pc/db';
import { RunPlanError } from '@pc/engine';
import { graphFor, signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { ApiError, notFound } from '../../errors/api-error.js';
import { problemResponses } from '../../errors/problem.js';
import { locationHeader } from '../../openapi/headers.js';
import type { RouteDeps } from '../deps.js';
import { graphIdParams } from '../graphs/schemas.js';
import { runAcceptedSchema, startRunBody } from './schemas.js';

export const startRunRoute = createRoute({
  ...signedIn('run'),
  method: 'post',
  path: '/graphs/{id}/runs',
  tags: ['Runs'],
  summary: 'Run a graph (or selected nodes and everything downstream of them)',
  description:
    'Runs an immutable revision. Without `revision`, the current document is snapshotted first (an existing snapshot of that revision is reused). ' +
    'Nodes whose cache key already has an output complete as `cached` without running. Editors and owners; API keys need the `run` scope.',
  request: {
    params: graphIdParams,
    body: { required: false, content: { 'application/json': { schema: startRunBody } } },
  },
  responses: {
    202: {
      description: 'The run was accepted; follow it at `Location`',
      headers: z.object({ Location: locationHeader('/api/v1/runs/run0f3k8q2m9v1x7c4d2h8j') }),
      content: { 'application/json': { schema: runAcceptedSchema } } },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'forbidden', 'csrf_rejected', 'not_found', 'invalid_json', 'unsupported_media_type', 'validation_failed', 'graph_not_runnable'),
  },
});

export function registerStartRun(api: ApiApp, { database, runs, collab }: RouteDeps): void {
  api.openapi(startRunRoute, async (c) => {
    const { id } = c.req.valid('param');
    const graph = await graphFor(database.db, c.var.actor, id, 'write');
    const body = c.req.valid('json') ?? {};
    let revision: number;
    if (body.revision === undefined) {
      // Run what collaborators see now, not a projection up to 2 s old.
      await collab.beforeDocumentWrite(id);
      const snapshot = await snapshotGraph(database.db, { graphId: id });
      if (snapshot.kind !== 'snapshot') throw notFound(`Graph ${id}`);
      revision = snapshot.revision.revision;
    } else {
      if (!(await findGraphRevision(database.db, id, body.revision))) throw notFound(`Revision ${body.revision} of graph ${id}`);
      revision = body.revision;
    }
    try {
      const run = await runs.engine.submitRun({ graphId: id, workspaceId: graph.workspaceId, revision, nodeIds: body.nodeIds, requestedBy: c.var.actor.user.id });
      c.header('Location', `/api/v1/runs/${run.id}`);
      return c.json(run, 202);
    } catch (error) {
      if (!(error instanceof RunPlanError)) throw error;
      throw new ApiError('graph_not_runnable', {
        detail: error.message,
        errors: [
          ...error.unknownNodeIds.map((nodeId) => ({ path: 'nodeIds', message: `The graph has no node ${nodeId}`, code: 'unknown_node', nodeId })),
          ...error.issues.map((issue) => ({
            path: ['document', ...issue.path].join('.'),
            message: issue.message,
            code: issue.code,
            ...(issue.nodeId ? { nodeId: issue.nodeId } : {}),
            ...(issue.edgeId ? { edgeId: issue.edgeId } : {}),
          })),
        ],
      });
    }
  });
}
