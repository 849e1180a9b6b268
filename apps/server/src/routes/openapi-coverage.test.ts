import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createApp, describeApi } from '../app.js';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem.js';
import { stubDatabase } from '../test/stub-database.js';

/*
 * Walks the routes the app actually registered (not a list kept by hand) and checks each
 * one against the OpenAPI document: a route added without `createRoute`, or without the
 * problems it can answer with, fails here.
 */

const app = createApp({ database: stubDatabase(), logger: pino({ level: 'silent' }), config: { maxBodyBytes: 1024 } });
const document = describeApi(app);

/** Served routes that are not API operations: the document itself and the page that shows it. */
const NOT_OPERATIONS = new Set(['GET /api/v1/openapi.json', 'GET /api/openapi.json', 'GET /openapi.json', 'GET /api/docs', 'GET /api/docs/assets/init.js', 'GET /api/docs/assets/:file']);

/** `METHOD /path/{param}` of every registered handler (middleware is registered as `ALL`). */
const registered = [
  ...new Set(app.routes.filter((route) => route.method !== 'ALL' && !NOT_OPERATIONS.has(`${route.method} ${route.path}`)).map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`)),
].sort();

type Operation = {
  summary?: string;
  requestBody?: { content?: Record<string, unknown> };
  responses: Record<string, { content?: Record<string, { schema?: unknown; examples?: Record<string, { value: { status: number; code: string } }> }> }>;
};
const operationOf = (key: string): Operation | undefined => {
  const [method, path] = key.split(' ') as [string, string];
  return (document.paths?.[path] as Record<string, Operation> | undefined)?.[method.toLowerCase()];
};

describe('the OpenAPI document covers every registered route', () => {
  it('finds the product routes (the walk itself works)', () => {
    expect(registered).toEqual(expect.arrayContaining(['GET /api/v1/graphs/{id}', 'POST /api/v1/graphs/{id}/runs', 'GET /healthz', 'GET /readyz']));
    expect(registered.length).toBeGreaterThan(30);
  });

  it.each(registered)('%s is documented with a summary and a success response', (key) => {
    const operation = operationOf(key);
    expect(operation, `${key} is served but missing from the OpenAPI document`).toBeDefined();
    expect(operation!.summary).toBeTruthy();
    expect(Object.keys(operation!.responses).some((status) => /^[23]\d\d$/.test(status))).toBe(true);
  });

  it.each(registered)('%s lists its 4xx problems, each with an example', (key) => {
    const responses = operationOf(key)!.responses;
    const clientErrors = Object.entries(responses).filter(([status]) => /^4\d\d$/.test(status));
    expect(clientErrors.length, `${key} documents no 4xx problem`).toBeGreaterThan(0);
    for (const [status, response] of Object.entries(responses).filter(([code]) => /^[45]\d\d$/.test(code))) {
      const media = response.content?.[PROBLEM_CONTENT_TYPE];
      expect(media?.schema, `${key} ${status}`).toEqual({ $ref: '#/components/schemas/Problem' });
      const examples = Object.values(media?.examples ?? {});
      expect(examples.length, `${key} ${status} has no example`).toBeGreaterThan(0);
      for (const { value } of examples) expect(value.status).toBe(Number(status));
    }
  });

  // Any other Content-Type on a JSON route answers 415 (the problem-json middleware maps the
  // validator's refusal), so a script reading the document must find it there.
  it.each(registered.filter((key) => operationOf(key)?.requestBody?.content?.['application/json'] !== undefined))(
    '%s takes JSON and lists 415 unsupported_media_type',
    (key) => {
      expect(Object.keys(operationOf(key)!.responses)).toContain('415');
    },
  );

  it('documents no operation the app does not serve', () => {
    const documented = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
      Object.keys(item as object).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual(registered);
  });
});
