import type { WorkspaceBackendRecord } from '@pc/db';
import { refusedBackendUrl, refusedSecretEnv, secretContext, type BackendAccess } from '@pc/engine';
import { BackendConfigSchema, encryptSecret, type BackendConfig } from '@pc/functions';
import { ApiError } from '../../errors/api-error.js';
import type { BackendConfigInputBody } from './schemas.js';

/**
 * The config to store from a request: a `{value}` secret encrypted for this workspace, an
 * update without `apiKey` keeping the stored one, the back end's name written in (it is
 * the provenance's `backend`), then the whole checked by `BackendConfigSchema`. A URL at an
 * internal address literal or an `{env}` the operator did not list is refused first (the
 * host's name is resolved and checked again whenever the back end is built).
 * @throws {ApiError} `validation_failed` with `config.…` paths.
 */
export async function toStoredConfig(
  input: BackendConfigInputBody,
  context: { name: string; workspaceId: string; key: () => Promise<Uint8Array>; access: BackendAccess; existing?: WorkspaceBackendRecord | undefined },
): Promise<BackendConfig> {
  refuseOutOfBounds(input, context.access);
  let config: Record<string, unknown> = { ...input, name: context.name };
  if (input.kind === 'openai-images') {
    const { apiKey } = input;
    // The stored key goes only where it went before: otherwise any owner could point the
    // config at a server of their own and receive a key they were never shown.
    const existing = context.existing;
    const kept = existing?.kind === 'openai-images' && existing.config.url === input.url ? existing.config['apiKey'] : undefined;
    if (!apiKey && kept === undefined) {
      const message = existing?.kind === 'openai-images' ? 'A new URL needs the API key again: {value} or {env}.' : 'An API key is required: {value} or {env}.';
      throw new ApiError('validation_failed', { errors: [{ path: 'config.apiKey', message, code: 'required' }] });
    }
    const stored = !apiKey ? kept : 'value' in apiKey ? { encrypted: await encryptSecret(apiKey.value, await context.key(), secretContext(context.workspaceId)) } : apiKey;
    config = { ...config, apiKey: stored };
  }
  const parsed = BackendConfigSchema.safeParse(config);
  if (!parsed.success) {
    throw new ApiError('validation_failed', {
      errors: parsed.error.issues.map((issue) => ({ path: ['config', ...issue.path].join('.'), message: issue.message, code: issue.code })),
    });
  }
  return parsed.data;
}

/** 422 for what BACKEND_ALLOW_PRIVATE and BACKEND_SECRET_ENV do not allow (see @pc/engine backend-target.ts). */
function refuseOutOfBounds(input: BackendConfigInputBody, access: BackendAccess): void {
  const errors = [];
  const url = refusedBackendUrl(input.url, access.policy);
  if (url) errors.push({ path: 'config.url', message: url, code: 'backend_target_refused' });
  const env = refusedSecretEnv(input, access);
  if (env) errors.push({ path: 'config.apiKey.env', message: env, code: 'secret_env_refused' });
  if (errors.length > 0) throw new ApiError('validation_failed', { errors });
}
