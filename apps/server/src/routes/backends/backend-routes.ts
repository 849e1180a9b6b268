import { createRoute } from '@hono/zod-openapi';
import {
  deleteWorkspaceBackend,
  findWorkspaceBackend,
  insertWorkspaceBackend,
  listWorkspaceBackends,
  updateWorkspaceBackend,
  type BackendWriteResult,
} from '@pc/db';
import { signedIn, workspaceFor } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { ApiError, notFound } from '../../errors/api-error.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { workspaceIdParams } from '../workspaces/schemas.js';
import { backendListSchema, backendParams, backendSchema, createBackendBody, toBackendResponse, updateBackendBody } from './schemas.js';
import { toStoredConfig } from './stored-config.js';

const tags = ['Generation back ends'];
const ownersOnly = 'Owners only: back ends hold credentials and decide where the workspace’s prompts are sent.';

export const listBackendsRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/workspaces/{id}/backends',
  tags,
  summary: 'List the workspace’s generation back ends',
  description: `${ownersOnly} Secrets are never returned, only where they come from.`,
  request: { params: workspaceIdParams },
  responses: {
    200: { description: 'The back ends, by name', content: { 'application/json': { schema: backendListSchema } } },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'forbidden', 'not_found'),
  },
});

export const getBackendRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/workspaces/{id}/backends/{backendId}',
  tags,
  summary: 'Read a generation back end',
  description: ownersOnly,
  request: { params: backendParams },
  responses: {
    200: { description: 'The back end', content: { 'application/json': { schema: backendSchema } } },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'forbidden', 'not_found'),
  },
});

export const createBackendRoute = createRoute({
  ...signedIn('write'),
  method: 'post',
  path: '/workspaces/{id}/backends',
  tags,
  summary: 'Add a generation back end (ComfyUI or OpenAI-compatible images)',
  description:
    `${ownersOnly} A secret given as \`{value}\` is encrypted at rest (AES-256-GCM, SECRETS_KEY); \`{env}\` names a variable of the server and workers. ` +
    'The default back end (`isDefault`, true unless false is given) is what runs generate storyboard frames with; making one the default unmarks the previous.',
  request: { params: workspaceIdParams, body: { required: true, content: { 'application/json': { schema: createBackendBody } } } },
  responses: {
    201: { description: 'The new back end', content: { 'application/json': { schema: backendSchema } } },
    ...problemResponses('invalid_json', 'unsupported_media_type', 'validation_failed', 'unauthenticated', 'insufficient_scope', 'forbidden', 'not_found', 'backend_name_taken', 'csrf_rejected'),
  },
});

export const updateBackendRoute = createRoute({
  ...signedIn('write'),
  method: 'patch',
  path: '/workspaces/{id}/backends/{backendId}',
  tags,
  summary: 'Change a generation back end',
  description: `${ownersOnly} \`config\` replaces the whole config; an OpenAI-compatible config without \`apiKey\` keeps the stored key. Every change bumps \`version\`, so the next run re-generates.`,
  request: { params: backendParams, body: { required: true, content: { 'application/json': { schema: updateBackendBody } } } },
  responses: {
    200: { description: 'The changed back end', content: { 'application/json': { schema: backendSchema } } },
    ...problemResponses('invalid_json', 'unsupported_media_type', 'validation_failed', 'unauthenticated', 'insufficient_scope', 'forbidden', 'not_found', 'backend_name_taken', 'csrf_rejected'),
  },
});

export const deleteBackendRoute = createRoute({
  ...signedIn('write'),
  method: 'delete',
  path: '/workspaces/{id}/backends/{backendId}',
  tags,
  summary: 'Remove a generation back end',
  description: `${ownersOnly} Without a default back end, runs draw the built-in storyboard frame.`,
  request: { params: backendParams },
  responses: {
    204: { description: 'Removed' },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'forbidden', 'not_found', 'csrf_rejected'),
  },
});

const writtenOrThrow = (result: BackendWriteResult, backendId?: string) => {
  if (result.kind === 'name_taken') throw new ApiError('backend_name_taken', { detail: 'Another back end of this workspace has this name.' });
  if (result.kind === 'not_found') throw notFound(`Back end ${backendId ?? ''}`);
  return result.backend;
};

export function registerBackendRoutes(api: ApiApp, { database, runs, now }: RouteDeps): void {
  const db = database.db;
  api.openapi(listBackendsRoute, async (c) => {
    const workspace = await workspaceFor(db, c.var.actor, c.req.valid('param').id, 'manage');
    return c.json({ backends: (await listWorkspaceBackends(db, workspace.id)).map(toBackendResponse) }, 200);
  });

  api.openapi(getBackendRoute, async (c) => {
    const { id, backendId } = c.req.valid('param');
    const workspace = await workspaceFor(db, c.var.actor, id, 'manage');
    const backend = await findWorkspaceBackend(db, workspace.id, backendId);
    if (!backend) throw notFound(`Back end ${backendId}`);
    return c.json(toBackendResponse(backend), 200);
  });

  api.openapi(createBackendRoute, async (c) => {
    const body = c.req.valid('json');
    const workspace = await workspaceFor(db, c.var.actor, c.req.valid('param').id, 'manage');
    const config = await toStoredConfig(body.config, { name: body.name, workspaceId: workspace.id, key: runs.secretsKey, access: runs.backendAccess });
    const result = await insertWorkspaceBackend(db, workspace.id, { name: body.name, kind: config.kind, config, isDefault: body.isDefault ?? true }, now());
    return c.json(toBackendResponse(writtenOrThrow(result)), 201);
  });

  api.openapi(updateBackendRoute, async (c) => {
    const { id, backendId } = c.req.valid('param');
    const body = c.req.valid('json');
    const workspace = await workspaceFor(db, c.var.actor, id, 'manage');
    const existing = await findWorkspaceBackend(db, workspace.id, backendId);
    if (!existing) throw notFound(`Back end ${backendId}`);
    const name = body.name ?? existing.name;
    // A rename rewrites the config's name too (the provenance's `backend`).
    const config = body.config
      ? await toStoredConfig(body.config, { name, workspaceId: workspace.id, key: runs.secretsKey, access: runs.backendAccess, existing })
      : { ...existing.config, name };
    const kind = body.config?.kind ?? existing.kind;
    const result = await updateWorkspaceBackend(db, workspace.id, backendId, { name, kind, config, isDefault: body.isDefault ?? existing.isDefault }, now());
    return c.json(toBackendResponse(writtenOrThrow(result, backendId)), 200);
  });

  api.openapi(deleteBackendRoute, async (c) => {
    const { id, backendId } = c.req.valid('param');
    const workspace = await workspaceFor(db, c.var.actor, id, 'manage');
    if (!(await deleteWorkspaceBackend(db, workspace.id, backendId))) throw notFound(`Back end ${backendId}`);
    return c.body(null, 204);
  });
}
