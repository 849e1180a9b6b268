import { createRoute } from '@hono/zod-openapi';
import { findWorkspaceBackend } from '@pc/db';
import { BackendConfigSchema, type CompiledPrompt } from '@pc/functions';
import { canonicalJson, sha256Hex } from '@pc/graph';
import { signedIn, workspaceFor } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { notFound } from '../../errors/api-error.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { backendParams, backendTestSchema, type BackendTestResponse } from './schemas.js';

/** How long a test generation may take before it counts as failed. */
const TEST_TIMEOUT_MS = 120_000;

const testPrompt = (): CompiledPrompt => {
  const fields = { positive: 'A plain mid-grey test card, soft even light', negative: 'text, watermark', seed: 1, width: 512, height: 512, references: [] };
  return { ...fields, hash: sha256Hex(canonicalJson(fields)) };
};

export const testBackendRoute = createRoute({
  ...signedIn('write'),
  method: 'post',
  path: '/workspaces/{id}/backends/{backendId}/test',
  tags: ['Generation back ends'],
  summary: 'Test a generation back end with one small generation',
  description:
    'Owners only. Resolves the secret and asks the back end for one 512×512 image of a grey test card (this costs one generation on paid services). ' +
    'Answers 200 either way: `ok` with the image’s size and provenance, or `ok: false` with the error code and message (`backend_request_error`, `backend_unavailable_error`, `backend_timeout_error`, `backend_config_error`, …).',
  request: { params: backendParams },
  responses: {
    200: { description: 'What the back end did', content: { 'application/json': { schema: backendTestSchema } } },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'forbidden', 'not_found', 'csrf_rejected'),
  },
});

export function registerTestBackend(api: ApiApp, { database, runs }: RouteDeps): void {
  api.openapi(testBackendRoute, async (c) => {
    const { id, backendId } = c.req.valid('param');
    const workspace = await workspaceFor(database.db, c.var.actor, id, 'manage');
    const stored = await findWorkspaceBackend(database.db, workspace.id, backendId);
    if (!stored) throw notFound(`Back end ${backendId}`);
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    let result: BackendTestResponse;
    try {
      const backend = await runs.buildBackend(workspace.id, BackendConfigSchema.parse(stored.config));
      const take = await backend.generate({ prompt: testPrompt(), references: [], idempotencyKey: `test_${backendId}_${Date.now()}` }, { signal: AbortSignal.timeout(TEST_TIMEOUT_MS) });
      const image = take.images[0];
      result = image
        ? { ok: true, latencyMs: elapsed(), image: { mediaType: image.mediaType, width: image.width, height: image.height, bytes: image.bytes.byteLength }, provenance: { ...take.provenance } }
        : { ok: false, latencyMs: elapsed(), error: { code: 'no_image', message: 'The back end answered without an image' } };
    } catch (error) {
      // BackendRequestError → backend_request_error, SecretError → secret_error, …
      const code = error instanceof Error ? error.name.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toLowerCase() : 'backend_failed';
      result = { ok: false, latencyMs: elapsed(), error: { code, message: (error instanceof Error ? error.message : String(error)).slice(0, 500) } };
    }
    return c.json(result, 200);
  });
}
