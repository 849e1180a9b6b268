import type { LookupFunction } from 'node:net';
import { createComfyUIBackend, type ComfyUIBackendOptions } from './comfyui/adapter.js';
import type { BackendConfig } from './config.js';
import { BackendConfigError } from './errors.js';
import { createOpenAIImagesBackend } from './openai-images/adapter.js';
import type { CircuitBreakers } from './resilience/circuit-breaker.js';
import type { RetryOptions } from './resilience/retry.js';
import { withResilience } from './resilience/with-resilience.js';
import { resolveSecret, SecretError, type SecretSources } from './secrets.js';
import type { GenerationBackend } from './types.js';

export interface CreateBackendOptions {
  /** Where secret references resolve: `process.env` and `readSecretsKey(process.env.SECRETS_KEY)` on the server. */
  secrets: SecretSources;
  /** The process-wide breaker registry; without it, no circuit breaker. */
  breakers?: CircuitBreakers;
  retry?: RetryOptions;
  comfyui?: ComfyUIBackendOptions;
  /** Checks a URL an answer names before it is fetched (an OpenAI-compatible result's image `url`); throws to refuse it. */
  checkUrl?: (url: URL) => Promise<void>;
  /**
   * How every connection (HTTP and ComfyUI's WebSocket) resolves host names: the engine
   * passes one that returns only the addresses its policy allows, so the address checked is
   * the address connected to (DNS rebinding). The system resolver when absent.
   */
  lookup?: LookupFunction;
}

/**
 * A ready back end from a parsed config: secrets resolved, the adapter built and wrapped
 * with the config's timeout, retries and the back end's circuit breaker (keyed by kind, name
 * and URL). Throws `BackendConfigError` for a binding that does not fit the workflow or a
 * secret that cannot be resolved.
 *
 * @example
 * const breakers = createCircuitBreakers({ failureThreshold: 5, openMs: 30_000 }); // once per process
 * const backend = await createBackend(BackendConfigSchema.parse(stored), {
 *   secrets: { env: process.env, key: readSecretsKey(process.env.SECRETS_KEY), context: `workspace:${id}` },
 *   breakers,
 * });
 */
export async function createBackend(config: BackendConfig, options: CreateBackendOptions): Promise<GenerationBackend> {
  const adapter = await createAdapter(config, options);
  const { kind, name, url } = adapter.describe();
  return withResilience(adapter, {
    timeoutMs: config.timeoutMs,
    retry: options.retry,
    breaker: options.breakers?.get(`${kind}:${name}:${url}`),
  });
}

async function createAdapter(config: BackendConfig, options: CreateBackendOptions): Promise<GenerationBackend> {
  switch (config.kind) {
    case 'comfyui':
      return createComfyUIBackend(config, { ...options.comfyui, ...(options.lookup ? { lookup: options.lookup } : {}) });
    case 'openai-images': {
      const apiKey = await resolveSecret(config.apiKey, options.secrets).catch((error: unknown) => {
        if (error instanceof SecretError) throw new BackendConfigError(`apiKey: ${error.message}`, { path: 'apiKey', cause: error });
        throw error;
      });
      return createOpenAIImagesBackend({ ...config, apiKey }, { ...(options.checkUrl ? { checkUrl: options.checkUrl } : {}), ...(options.lookup ? { lookup: options.lookup } : {}) });
    }
    default:
      return assertNever(config);
  }
}

const assertNever = (value: never): never => {
  throw new BackendConfigError(`unknown back-end kind: ${JSON.stringify(value)}`);
};
