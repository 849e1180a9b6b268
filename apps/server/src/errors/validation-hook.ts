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
  const errors = fieldErrorsFromZod(result.error);
  // The first problem in the detail itself: a script that logs only `detail` still says what to fix.
  const first = errors[0];
  const part = result.target === 'json' ? 'body' : result.target === 'param' ? 'path' : result.target;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more in errors)` : '';
  throw new ApiError('validation_failed', {
    detail: first ? `The request ${part} is invalid: ${first.path === '' ? '' : `${first.path}: `}${first.message}${more}` : `The request ${part} is invalid.`,
    errors,
  });
};
