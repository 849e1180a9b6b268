import { DEFAULT_SECURITY_SETTINGS, type RateLimitSettings } from '../security-settings.js';
import { METHODS, type DocumentWithPaths } from './operation-ids.js';

/** The limits a document states, from the server's configuration (the defaults for the SDK's copy). */
export interface ApiLimits extends RateLimitSettings {
  /** Unfinished batches per user (`BATCH_MAX_ACTIVE_PER_USER`). */
  activeBatchesPerUser: number;
}

export const DEFAULT_API_LIMITS: ApiLimits = { ...DEFAULT_SECURITY_SETTINGS.rateLimits, activeBatchesPerUser: 20 };

/** The headers the rate limiter sets on every answer under /api/v1 (middleware/rate-limit). */
export const RATE_LIMIT_HEADERS = ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'RateLimit-Policy'] as const;

const headerRef = (name: string) => ({ $ref: `#/components/headers/${name}` });

const componentHeaders = {
  'RateLimit-Limit': {
    description: 'Requests allowed in the window of the limit closest to being reached.',
    schema: { type: 'string', pattern: '^[0-9]+$', example: '600' },
  },
  'RateLimit-Remaining': { description: 'Requests left in that window.', schema: { type: 'string', pattern: '^[0-9]+$', example: '597' } },
  'RateLimit-Reset': { description: 'Seconds until that window resets.', schema: { type: 'string', pattern: '^[0-9]+$', example: '42' } },
  'RateLimit-Policy': {
    description: 'Every limit this request counted against, as `limit;w=seconds`, comma-separated.',
    schema: { type: 'string', example: '1200;w=60, 600;w=60' },
  },
  'Retry-After': {
    description: 'Seconds to wait before retrying: until the limit resets (429), or until the dependency may answer again (503).',
    schema: { type: 'string', pattern: '^[0-9]+$', example: '12' },
  },
};

/**
 * Each operation's own limits, from the configuration: said in its description and in its
 * 429's, so a script learns them before it meets them.
 */
const OWN_LIMITS: Record<string, (limits: ApiLimits) => string> = {
  'POST /api/v1/auth/signup': (l) => `At most ${l.signUpsPerIpPerHour} sign-ups an hour from one IP address (429 \`rate_limited\`).`,
  'POST /api/v1/auth/login': (l) =>
    `At most ${l.signInAttemptsPerIp} sign-in attempts per 15 minutes from one IP address, and ${l.signInFailuresPerAccount} failed ones per account from one IP address (429 \`rate_limited\`).`,
  'POST /api/v1/auth/password': (l) =>
    `At most ${l.signInAttemptsPerIp} attempts per 15 minutes from one IP address, and ${l.signInFailuresPerAccount} wrong current passwords per account from one IP address (429 \`rate_limited\`).`,
  'POST /api/v1/batches': (l) => `At most ${l.activeBatchesPerUser} unfinished batches per user (429 \`too_many_active_batches\`, without \`Retry-After\`: wait for one to finish).`,
};

type Operation = { description?: string; responses?: Record<string, { description?: string; headers?: Record<string, unknown>; content?: unknown }> };

/**
 * Declares the rate limiter's headers (components.headers) on every response of every
 * /api/v1 operation, `Retry-After` on every 429 and 503, and each limit with its number from
 * the configuration. openapi/rate-limit-headers.test.ts holds live answers against this.
 */
export function withRateLimits<T extends DocumentWithPaths & { components?: object }>(document: T, limits: ApiLimits = DEFAULT_API_LIMITS): T {
  const components = (document.components ?? {}) as { headers?: object };
  document.components = { ...components, headers: { ...components.headers, ...componentHeaders } };
  const general = `over ${limits.perIpPerMinute} requests a minute from one IP address or ${limits.perActorPerMinute} from one user or API key`;
  for (const [path, item] of Object.entries((document.paths ?? {}) as Record<string, Record<string, Operation> | undefined>)) {
    const limited = path.startsWith('/api/v1/');
    for (const [method, operation] of Object.entries(item ?? {})) {
      if (!METHODS.has(method)) continue;
      const own = OWN_LIMITS[`${method.toUpperCase()} ${path}`]?.(limits);
      if (own) operation.description = operation.description ? `${operation.description} ${own}` : own;
      if (limited && operation.responses) declareLimiterOutage(operation.responses);
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const headers: Record<string, unknown> = limited ? Object.fromEntries(RATE_LIMIT_HEADERS.map((name) => [name, headerRef(name)])) : {};
        if (status === '429' || status === '503') headers['Retry-After'] = headerRef('Retry-After');
        response.headers = { ...response.headers, ...headers };
        if (status === '429' && limited) response.description = `${response.description} — ${general}${own ? `; ${own}` : ''}. With \`rate_limited\`, \`Retry-After\` says when to come back.`;
      }
    }
  }
  return document;
}

const LIMITER_OUTAGE =
  'the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again';

/** Any /api/v1 operation can meet the limiter's outage (middleware/rate-limit/redis-store.ts): a 503 a script should retry. */
function declareLimiterOutage(responses: NonNullable<Operation['responses']>): void {
  const existing = responses['503'];
  if (existing) {
    existing.description = `${existing.description ?? 'Service unavailable'}. Also: ${LIMITER_OUTAGE}.`;
    return;
  }
  const example = {
    type: 'urn:production-canvas:problem:service_unavailable',
    title: 'Service unavailable',
    status: 503,
    detail: 'Rate limits cannot be counted right now (Redis is unreachable); retry shortly.',
    code: 'service_unavailable',
    requestId: '6f1c2a9e-3b7d-4e58-9a0c-2d4b6e8f1a3c',
  };
  responses['503'] = {
    description: `Problem: \`service_unavailable\` — ${LIMITER_OUTAGE}.`,
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' }, examples: { service_unavailable: { summary: 'Service unavailable', value: example } } } },
  };
}
