import { z } from '@hono/zod-openapi';
import type { WorkspaceBackendRecord } from '@pc/db';
import { workspaceIdParams } from '../workspaces/schemas.js';

/*
 * The back-end API's shapes. Requests carry a secret as `{value}` (encrypted before it is
 * stored) or `{env}` (read from the server's and workers' environment); responses never
 * carry it, only where it comes from. The stored config is then checked in full by
 * `BackendConfigSchema` from @pc/functions (binding paths against the workflow and so on).
 */

const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name');
export const secretInput = z
  .union([
    z.strictObject({ value: z.string().min(1).max(4_096).openapi({ description: 'The secret itself: stored encrypted, never returned.' }) }),
    z.strictObject({ env: envName.openapi({ description: 'Read from this environment variable of the server and workers.' }) }),
  ])
  .openapi('BackendSecretInput');

const httpUrl = z.url({ protocol: /^https?$/ });
const timeoutMs = z.int().positive().max(3_600_000);

const comfyConfigInput = z
  .strictObject({
    kind: z.literal('comfyui'),
    url: httpUrl.openapi({ example: 'http://gpu-box:8188' }),
    workflow: z.record(z.string(), z.unknown()).openapi({ description: 'The ComfyUI workflow (API format) to run.' }),
    binding: z.record(z.string(), z.string()).openapi({
      description: 'Where our slots go: `positive`, `negative`, `seed`, `width`, `height` as `node.inputs.name`, `output` as a node id; optional `steps`, `referenceImage`.',
    }),
    steps: z.int().positive().max(1_000).optional(),
    clientId: z.string().min(1).max(200).optional(),
    timeoutMs: timeoutMs.optional(),
    pollIntervalMs: z.int().positive().max(60_000).optional(),
  })
  .openapi('ComfyUIBackendConfigInput');

const openAiConfigInput = z
  .strictObject({
    kind: z.literal('openai-images'),
    url: httpUrl.openapi({ example: 'https://api.openai.com/v1' }),
    model: z.string().min(1).max(200),
    apiKey: secretInput.optional().openapi({ description: 'Required when creating; left out of an update, the stored key is kept.' }),
    size: z.record(z.string(), z.unknown()).optional().openapi({ description: '`{mode: "exact"}`, `{mode: "nearest", sizes}` or `{mode: "fixed", size}`.' }),
    sendSeed: z.boolean().optional(),
    extra: z.record(z.string(), z.unknown()).optional(),
    timeoutMs: timeoutMs.optional(),
  })
  .openapi('OpenAIImagesBackendConfigInput');

export const backendConfigInput = z.discriminatedUnion('kind', [comfyConfigInput, openAiConfigInput]).openapi('BackendConfigInput');
export type BackendConfigInputBody = z.infer<typeof backendConfigInput>;

const name = z.string().trim().min(1).max(80);

export const createBackendBody = z
  .strictObject({
    name,
    /** The back end runs generate with; default true. */
    isDefault: z.boolean().optional().openapi({ description: 'Runs of the workspace generate with the default back end (at most one). Default true.' }),
    config: backendConfigInput,
  })
  .openapi('CreateBackend');

export const updateBackendBody = z
  .strictObject({ name: name.optional(), isDefault: z.boolean().optional(), config: backendConfigInput.optional() })
  .openapi('UpdateBackend');

export const backendParams = workspaceIdParams.extend({
  backendId: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'backendId', in: 'path' }, description: 'The back end’s id (`be_…`), as the workspace’s back-end list gives it.', example: 'be_0f3k8q2m9v1x7c4d' }),
});

export const secretView = z
  .union([z.object({ source: z.literal('encrypted') }), z.object({ source: z.literal('env'), env: z.string() })])
  .openapi('BackendSecret', { description: 'Where the secret comes from; the secret itself is never returned.' });

export const backendSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(['comfyui', 'openai-images']),
    isDefault: z.boolean(),
    version: z.int().openapi({ description: 'Grows on every change; part of the cache key of the nodes that generate.' }),
    config: z.record(z.string(), z.unknown()).openapi({ description: 'The stored config, with `apiKey` as a `BackendSecret`.' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('Backend');
export type BackendResponse = z.infer<typeof backendSchema>;

export const backendListSchema = z.object({ backends: z.array(backendSchema) }).openapi('BackendList');

export const backendTestSchema = z
  .object({
    ok: z.boolean(),
    latencyMs: z.int(),
    image: z.object({ mediaType: z.string(), width: z.int(), height: z.int(), bytes: z.int() }).optional(),
    provenance: z.record(z.string(), z.unknown()).optional(),
    error: z.object({ code: z.string(), message: z.string() }).optional(),
  })
  .openapi('BackendTestResult');
export type BackendTestResponse = z.infer<typeof backendTestSchema>;

const viewSecret = (ref: unknown): z.infer<typeof secretView> | undefined => {
  if (!ref || typeof ref !== 'object') return undefined;
  if ('env' in ref && typeof ref.env === 'string') return { source: 'env', env: ref.env };
  return { source: 'encrypted' };
};

export const toBackendResponse = (backend: WorkspaceBackendRecord): BackendResponse => {
  const { apiKey, ...rest } = backend.config;
  return {
    id: backend.id,
    name: backend.name,
    kind: backend.kind,
    isDefault: backend.isDefault,
    version: backend.version,
    config: { ...rest, ...(apiKey === undefined ? {} : { apiKey: viewSecret(apiKey) }) },
    createdAt: backend.createdAt.toISOString(),
    updatedAt: backend.updatedAt.toISOString(),
  };
};
