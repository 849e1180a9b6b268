import { METHODS, type DocumentWithPaths } from './operation-ids.js';

/**
 * Gives every operation that names no security scheme an explicit `security: []`. Routes
 * that need a caller declare their schemes (`signedIn`, the metrics token); the others are
 * public (sign-up, sign-in, the node catalogue, the probes). Without the empty list a
 * client generator or a reader cannot tell "public" from "forgot to say".
 */
export function withPublicOperationsMarked<T extends DocumentWithPaths>(document: T): T {
  for (const item of Object.values((document.paths ?? {}) as Record<string, Record<string, unknown> | undefined>)) {
    for (const [method, operation] of Object.entries(item ?? {})) {
      if (METHODS.has(method) && typeof operation === 'object' && operation !== null && !('security' in operation)) Object.assign(operation, { security: [] });
    }
  }
  return document;
}
