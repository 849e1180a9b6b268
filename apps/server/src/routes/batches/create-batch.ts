import { createRoute, z } from '@hono/zod-openapi';
import { batches, findGraphRevision, snapshotGraph } from '@pc/db';
import { checkWebhookUrl, createOverrideChecker, encryptWebhookSecret, loadBatchView, submitBatch } from '@pc/engine';
import { canonicalJson, sha256Hex } from '@pc/graph';
import { and, eq } from 'drizzle-orm';
import { graphFor, signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { ApiError, notFound, type FieldError } from '../../errors/api-error.js';
import { problemResponses } from '../../errors/problem.js';
import { locationHeader, replayedResponse } from '../../openapi/headers.js';
import type { RouteDeps } from '../deps.js';
import { batchSchema, createBatchBody, idempotencyHeaders, type CreateBatchBody } from './schemas.js';

/** Validation errors listed at most, so a 10,000-item mistake answers with a readable problem. */
const MAX_LISTED_ERRORS = 100;
const DEFAULT_CONCURRENCY = 8;

export const createBatchRoute = createRoute({
  ...signedIn('run'),
  method: 'post',
  path: '/batches',
  tags: ['Batches'],
  summary: 'Submit a batch: one graph revision run once per item, each item overriding node fields',
  description:
    'Idempotent by `Idempotency-Key`: the same key with the same body (canonical JSON) answers 200 with the same batch and `Idempotent-Replayed: true`; ' +
    'with a different body, 422 `idempotency_key_reused`. Concurrent duplicates create one batch. Up to 10,000 items and a 16 MiB body. ' +
    'Overrides are checked against the revision: errors point at `items.<i>.overrides.<nodeId>.<field>`. Editors and owners; API keys need the `run` scope. ' +
    'A webhook URL must be http(s) without credentials, and its host not a private, loopback, link-local or other internal address (422 `validation_failed` at `webhook.url`); ' +
    'a host name is resolved at delivery and refused if any of its addresses is internal.',
  request: {
    headers: idempotencyHeaders,
    body: { required: true, content: { 'application/json': { schema: createBatchBody } } },
  },
  responses: {
    201: { description: 'Created; follow it at `Location`', headers: z.object({ Location: locationHeader('/api/v1/batches/bat0f3k8q2m9v1x7c4d2h8j') }), content: { 'application/json': { schema: batchSchema } } },
    200: replayedResponse('A replay of an earlier request with this key and body (`Idempotent-Replayed: true`)', batchSchema, '/api/v1/batches/bat0f3k8q2m9v1x7c4d2h8j'),
    ...problemResponses(
      'unauthenticated',
      'insufficient_scope',
      'forbidden',
      'csrf_rejected',
      'not_found',
      'invalid_json', 'unsupported_media_type',
      'validation_failed',
      'idempotency_key_reused',
      'too_many_active_batches',
    ),
  },
});

/** Where each override problem is, as `items.<i>.overrides.<nodeId>.<field>`. */
function checkItems(document: Parameters<typeof createOverrideChecker>[0], items: CreateBatchBody['items']): FieldError[] {
  const check = createOverrideChecker(document);
  const errors: FieldError[] = [];
  for (const [index, item] of items.entries()) {
    for (const issue of check(item.overrides)) {
      errors.push({ path: ['items', index, 'overrides', ...issue.path].join('.'), message: issue.message, code: issue.code, nodeId: issue.path[0] });
      if (errors.length >= MAX_LISTED_ERRORS) return errors;
    }
  }
  return errors;
}

export function registerCreateBatch(api: ApiApp, { database, batches: batchDeps }: RouteDeps): void {
  const db = database.db;
  api.openapi(createBatchRoute, async (c) => {
    const body = c.req.valid('json');
    const key = c.req.valid('header')['idempotency-key'];
    const actor = c.var.actor;
    const requestHash = sha256Hex(canonicalJson(body));
    const replay = async (batchId: string) => {
      const found = await loadBatchView(db, batchId);
      if (!found) throw notFound(`Batch ${batchId}`);
      c.header('Idempotent-Replayed', 'true');
      c.header('Location', `/api/v1/batches/${batchId}`);
      return c.json(found.view, 200);
    };
    const reused = () => new ApiError('idempotency_key_reused', { detail: 'This Idempotency-Key was used with a different body: use a new key for a new batch.' });

    // A replay answers before any other work (and even when the graph changed since).
    const [earlier] = await db
      .select({ id: batches.id, requestHash: batches.requestHash })
      .from(batches)
      .where(and(eq(batches.createdBy, actor.user.id), eq(batches.idempotencyKey, key)));
    if (earlier) {
      if (earlier.requestHash !== requestHash) throw reused();
      return replay(earlier.id);
    }

    if (body.webhook) {
      // SSRF: no credentials, no internal addresses (docs/security.md); names are vetted again when resolved at delivery.
      const target = checkWebhookUrl(body.webhook.url, batchDeps.webhookPolicy);
      if (!target.ok) throw new ApiError('validation_failed', { detail: target.message, errors: [{ path: 'webhook.url', message: target.message, code: 'webhook_target_refused' }] });
    }
    const graph = await graphFor(db, actor, body.graphId, 'write');
    const revision =
      body.revision === undefined
        ? await snapshotGraph(db, { graphId: graph.id }).then((snapshot) => (snapshot.kind === 'snapshot' ? snapshot.revision : undefined))
        : await findGraphRevision(db, graph.id, body.revision);
    if (!revision) throw notFound(body.revision === undefined ? `Graph ${graph.id}` : `Revision ${body.revision} of graph ${graph.id}`);
    const errors = checkItems(revision.document, body.items);
    if (errors.length > 0) throw new ApiError('validation_failed', { detail: 'Some item overrides do not fit the graph revision.', errors });

    const outcome = await submitBatch(db, {
      workspaceId: graph.workspaceId,
      graphId: graph.id,
      revision: revision.revision,
      createdBy: actor.user.id,
      idempotencyKey: key,
      requestHash,
      priority: body.priority,
      concurrency: body.concurrency ?? DEFAULT_CONCURRENCY,
      items: body.items,
      maxActivePerUser: batchDeps.maxActivePerUser,
      webhook: body.webhook && {
        url: body.webhook.url,
        encryptSecret: async (batchId) => encryptWebhookSecret(body.webhook!.secret, await batchDeps.secretsKey(), batchId),
      },
    });
    switch (outcome.kind) {
      case 'replayed':
        return replay(outcome.batchId);
      case 'key_reused':
        throw reused();
      case 'too_many_active':
        throw new ApiError('too_many_active_batches', {
          detail: `You have ${outcome.active} unfinished batches, the most allowed at once; wait for one to finish or cancel one.`,
        });
      case 'created': {
        batchDeps.service.kick();
        const created = await loadBatchView(db, outcome.batchId);
        if (!created) throw notFound(`Batch ${outcome.batchId}`);
        c.header('Location', `/api/v1/batches/${outcome.batchId}`);
        return c.json(created.view, 201);
      }
    }
  });
}
