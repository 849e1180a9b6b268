// The harness first: it loads @hono/zod-openapi, which must extend zod before @pc/graph builds its schemas.
import { bodyOf, createApiHarness, type ApiClient, type ApiHarness } from '../test/harness.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOpenApiDocument } from '../openapi-document.js';
import { RATE_LIMIT_HEADERS } from './rate-limits.js';
import { createDocumentChecker } from './testing/document-checker.js';

/*
 * The rate limiter's headers as the document declares them, held against live answers:
 * every operation of the document called as a script and as nobody (the checker reports a
 * RateLimit-* or Retry-After header sent on a status that does not declare it), the 429 of
 * the general limit and of the sign-up limit, and the limits' numbers from the configuration.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking a JSON document
const document = generateOpenApiDocument() as any;
const operations = Object.entries(document.paths as Record<string, Record<string, { responses: Record<string, { headers?: Record<string, { $ref?: string }> }> }>>)
  .filter(([path]) => path.startsWith('/api/v1/'))
  .flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ method: method.toUpperCase(), template: path.slice('/api/v1'.length), operation })));

describe('RateLimit-* and Retry-After, declared and sent', () => {
  let harness: ApiHarness;
  let script: ApiClient;
  const { problems, call } = createDocumentChecker();

  beforeAll(async () => {
    harness = await createApiHarness('pglite');
    const key = (await bodyOf(await harness.call('POST', '/api-keys', { name: 'sweep', scopes: ['read', 'write', 'run'] }))) as { key: string };
    script = { call: (method, path, body, headers = {}) => harness.anonymous.call(method, path, body, { Authorization: `Bearer ${key.key}`, ...headers }) };
  }, 60_000);
  afterAll(() => harness?.dispose());

  it('declares the limiter headers on every response of every /api/v1 operation, and Retry-After on every 429 and 503', () => {
    const missing: string[] = [];
    for (const { method, template, operation } of operations) {
      for (const [status, response] of Object.entries(operation.responses)) {
        const expected = [...RATE_LIMIT_HEADERS, ...(status === '429' || status === '503' ? ['Retry-After'] : [])];
        for (const name of expected) if (response.headers?.[name]?.$ref !== `#/components/headers/${name}`) missing.push(`${method} ${template} ${status} ${name}`);
      }
    }
    expect(missing).toEqual([]);
    // The limiter's outage (Redis unreachable in the scaled mode) can meet any of them: a 503 to retry.
    const withoutOutage = operations.filter(({ operation }) => !operation.responses['503']).map(({ method, template }) => `${method} ${template}`);
    expect(withoutOutage).toEqual([]);
    expect(Object.keys(document.components.headers)).toEqual(expect.arrayContaining([...RATE_LIMIT_HEADERS, 'Retry-After']));
  });

  it('every operation, called by a script and by nobody, sends only headers its answer declares, the limiter headers on each', async () => {
    const params = { id: 'nothing-here', userId: 'nobody', backendId: 'none', rev: '1', hash: '0'.repeat(64), format: 'fountain' };
    const unlimited: string[] = [];
    const seen = new Set<string>();
    for (const { method, template } of operations) {
      for (const client of [script, harness.anonymous]) {
        const answer = await call(client, method, template, params, method === 'GET' || method === 'DELETE' ? undefined : {});
        seen.add(`${method} ${template} ${answer.status}`);
        if (!answer.headers.has('ratelimit-limit')) unlimited.push(`${method} ${template} ${answer.status}`);
      }
    }
    expect(problems).toEqual([]);
    expect(unlimited).toEqual([]);
    // The sweep reached every operation with more than one kind of answer.
    expect(seen.size).toBeGreaterThan(operations.length);
  }, 120_000);

  it('a 429 of the general limit says when to come back, with the headers the document declares', async () => {
    const limited = await createApiHarness('pglite', { rateLimits: { perActorPerMinute: 1 } });
    try {
      const checker = createDocumentChecker();
      await checker.call(limited, 'GET', '/graphs', {});
      const refused = await checker.call(limited, 'GET', '/graphs', {});
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      for (const name of RATE_LIMIT_HEADERS) expect(refused.headers.has(name), name).toBe(true);
      expect(checker.problems).toEqual([]);
    } finally {
      await limited.dispose();
    }
  }, 60_000);

  it('sign-up states its hourly limit from the configuration, and keeps it', async () => {
    const limited = await createApiHarness('pglite', { rateLimits: { signUpsPerIpPerHour: 2 } });
    try {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking a JSON document
      const served = (await bodyOf(await limited.anonymous.call('GET', '/openapi.json'))) as any;
      const signUp = served.paths['/api/v1/auth/signup'].post;
      expect(signUp.description).toContain('At most 2 sign-ups an hour from one IP address');
      expect(signUp.responses['429'].description).toContain('At most 2 sign-ups an hour');
      expect(served.paths['/api/v1/batches'].post.description).toContain('At most 20 unfinished batches per user');
      // The harness's owner was the first sign-up; one more is allowed, the third is refused.
      const checker = createDocumentChecker();
      const signUp2 = (n: number) => checker.call(limited.anonymous, 'POST', '/auth/signup', {}, { email: `limit-${n}@example.test`, password: 'harbour-at-dawn-42', name: `Limit ${n}` });
      expect((await signUp2(1)).status).toBe(201);
      const refused = await signUp2(2);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('ratelimit-policy')).toBe('2;w=3600');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(checker.problems).toEqual([]);
    } finally {
      await limited.dispose();
    }
  }, 60_000);
});
