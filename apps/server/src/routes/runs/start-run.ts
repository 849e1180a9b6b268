import { createRoute, z } from '@hono/zod-openapi';
import { claimRunRequest, findGraphRevision, releaseRunRequest, settleRunRequest, snapshotGraph } from '@pc/db';
import { RunPlanError } from '@pc/engine';
import { canonicalJson, sha256Hex } from '@pc/graph';
import { graphFor, signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { ApiError, notFound } from '../../errors/api-error.js';
import { problemResponses } from '../../errors/problem.js';
import { locationHeader, replayedResponse } from '../../openapi/headers.js';
import type { RouteDeps } from '../deps.js';
import { missingSnapshot } from '../revisions/missing-snapshot.js';
import { graphIdParams } from '../graphs/schemas.js';
import { runAcceptedSchema, startRunBody, startRunHeaders, type StartRunBody } from './schemas.js';

export const startRunRoute = createRoute({
  ...signedIn('run'),
  method: 'post',
  path: '/graphs/{id}/runs',
  tags: ['Runs'],
  summary: 'Run a graph (or selected nodes and everything downstream of them)',
  description:
    'Runs an immutable revision. Without `revision`, the current document is snapshotted first (an existing snapshot of that revision is reused). ' +
    'Nodes whose cache key already has an output complete as `cached` without running. Editors and owners; API keys need the `run` scope. ' +
    'With an `Idempotency-Key`, a retry (after a timeout, a dropped connection) never starts a second run: the same key and body answer 200 with the run ' +
    'the first request started and `Idempotent-Replayed: true`, even when the graph changed since; the same key with another graph or body, 422 ' +
    '`idempotency_key_reused`; while the first request with the key is still starting its run, 409 `idempotency_request_in_progress` with `Retry-After`. ' +
    'A request that fails (422, 404) starts nothing and leaves the key free.',
  request: {
    params: graphIdParams,
    headers: startRunHeaders,
    body: { required: false, content: { 'application/json': { schema: startRunBody } } },
  },
  responses: {
    202: {
      description: 'The run was accepted; follow it at `Location`',
      headers: z.object({ Location: locationHeader('/api/v1/runs/run0f3k8q2m9v1x7c4d2h8j') }),
      content: { 'application/json': { schema: runAcceptedSchema } } },
    200: replayedResponse(
      'A replay of an earlier request with this `Idempotency-Key` and body (`Idempotent-Replayed: true`): the run it started, with its status now',
      runAcceptedSchema,
      '/api/v1/runs/run0f3k8q2m9v1x7c4d2h8j',
    ),
    ...problemResponses(
      'unauthenticated',
      'insufficient_scope',
      'forbidden',
      'csrf_rejected',
      'not_found',
      'invalid_json',
      'unsupported_media_type',
      'validation_failed',
      'graph_not_runnable',
      'idempotency_key_reused',
      'idempotency_request_in_progress',
    ),
  },
});

export function registerStartRun(api: ApiApp, { database, runs, collab }: RouteDeps): void {
  const db = database.db;
  /** Snapshots (or finds) the revision and submits the run; a graph that cannot run is a 422 naming each problem. */
  const start = async (id: string, workspaceId: string, body: StartRunBody | Record<string, never>, requestedBy: string) => {
    let revision: number;
    if (body.revision === undefined) {
      // Run what collaborators see now, not a projection up to 2 s old.
      await collab.beforeDocumentWrite(id);
      const snapshot = await snapshotGraph(db, { graphId: id });
      if (snapshot.kind !== 'snapshot') throw notFound(`Graph ${id}`);
      revision = snapshot.revision.revision;
    } else {
      if (!(await findGraphRevision(db, id, body.revision))) throw await missingSnapshot(db, id, body.revision);
      revision = body.revision;
    }
    try {
      return await runs.engine.submitRun({ graphId: id, workspaceId, revision, nodeIds: body.nodeIds, requestedBy });
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
  };

  api.openapi(startRunRoute, async (c) => {
    const { id } = c.req.valid('param');
    const graph = await graphFor(db, c.var.actor, id, 'write');
    const body = c.req.valid('json') ?? {};
    const createdBy = c.var.actor.user.id;
    const idempotencyKey = c.req.valid('header')['idempotency-key'];
    if (idempotencyKey === undefined) {
      const run = await start(id, graph.workspaceId, body, createdBy);
      c.header('Location', `/api/v1/runs/${run.id}`);
      return c.json(run, 202);
    }

    const requestHash = sha256Hex(canonicalJson({ graphId: id, nodeIds: body.nodeIds ?? null, revision: body.revision ?? null }));
    const claim = await claimRunRequest(db, { createdBy, idempotencyKey, requestHash, now: new Date() });
    switch (claim.kind) {
      case 'replay':
        c.header('Idempotent-Replayed', 'true');
        c.header('Location', `/api/v1/runs/${claim.runId}`);
        return c.json({ id: claim.runId, status: claim.status }, 200);
      case 'key_reused':
        throw new ApiError('idempotency_key_reused', { detail: 'This Idempotency-Key was used with another graph or body: use a new key for a new run.' });
      case 'in_progress':
        throw new ApiError('idempotency_request_in_progress', {
          detail: 'The first request with this Idempotency-Key is still starting its run: retry with the same key.',
          headers: { 'Retry-After': '1' },
        });
      case 'claimed':
        break;
    }
    let run: Awaited<ReturnType<typeof start>>;
    try {
      run = await start(id, graph.workspaceId, body, createdBy);
    } catch (error) {
      // Nothing started: a retry with the key must be able to start the run.
      await releaseRunRequest(db, { createdBy, idempotencyKey });
      throw error;
    }
    await settleRunRequest(db, { createdBy, idempotencyKey, runId: run.id });
    c.header('Location', `/api/v1/runs/${run.id}`);
    return c.json(run, 202);
  });
}
