import type { WorkspaceBackendRecord } from '@pc/db';
import { secretContext } from '@pc/engine';
import { BackendConfigSchema, encryptSecret, type BackendConfig } from '@pc/functions';
import { ApiError } from '../../errors/api-error.js';
import type { BackendConfigInputBody } from './schemas.js';

/**
 * The config to store from a request: a `{value}` secret encrypted for this workspace, an
 * update without `apiKey` keeping the stored one, the back end's name written in (it is
 * the provenance's `backend`), then the whole checked by `BackendConfigSchema`.
 * @throws {ApiError} `validation_failed` with `config.…` paths.
 */
export async function toStoredConfig(
  input: BackendConfigInputBody,
  context: { name: string; workspaceId: string; key: () => Promise<Uint8Array>; existing?: WorkspaceBackendRecord | undefined },
): Promise<BackendConfig> {
  let config: Record<string, unknown> = { ...input, name: context.name };
  if (input.kind === 'openai-images') {
    const { apiKey } = input;
    const kept = context.existing?.kind === 'openai-images' ? context.existing.config['apiKey'] : undefined;
    if (!apiKey && kept === undefined) {
      throw new ApiError('validation_failed', { errors: [{ path: 'config.apiKey', message: 'An API key is required: {value} or {env}.', code: 'required' }] });
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
