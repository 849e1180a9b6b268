import { BackendTimeoutError } from '../errors.js';
import type { GenerationBackend } from '../types.js';

/**
 * Gives each call a time budget. The inner back end sees one signal that fires on the
 * caller's abort or the deadline (`AbortSignal.any`), so it cancels its remote work either
 * way; a deadline surfaces as `BackendTimeoutError`, a caller's abort as the caller's reason.
 *
 * @example const bounded = withTimeout(backend, 120_000);
 */
export function withTimeout(backend: GenerationBackend, timeoutMs: number): GenerationBackend {
  return {
    describe: () => backend.describe(),
    async generate(request, options) {
      const deadline = AbortSignal.timeout(timeoutMs);
      try {
        return await backend.generate(request, { ...options, signal: AbortSignal.any([options.signal, deadline]) });
      } catch (error) {
        if (deadline.aborted && !options.signal.aborted) throw new BackendTimeoutError(timeoutMs);
        throw error;
      }
    },
  };
}
