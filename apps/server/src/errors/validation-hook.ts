import type { Hook } from '@hono/zod-openapi';
import type { AppEnv } from '../env.js';
import { ApiError, fieldErrorsFromZod } from './api-error.js';

/**
 * Every request schema failure becomes one 422 problem listing each issue at its path
 * in the part it came from (`document.nodes.3.position.x` for a body, `limit` for a query).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the hook serves every route, whatever its input and path types
export const validationHook: Hook<any, AppEnv, any, any> = (result) => {
  if (result.success) return;
  throw new ApiError('validation_failed', {
    detail: `The request ${result.target === 'json' ? 'body' : result.target} is invalid.`,
    errors: fieldErrorsFromZod(result.error),
  });
};
