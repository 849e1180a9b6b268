import fc from 'fast-check';
import { z } from 'zod';

/*
 * Generators of hostile HTTP requests for the routes of an OpenAPI document: junk and
 * well-formed-but-wrong path parameters, query strings, bodies and headers.
 */

/** One operation of the OpenAPI document. */
export interface Operation {
  method: string;
  /** With `{name}` placeholders, relative to /api/v1. */
  path: string;
  pathParams: string[];
  queryParams: string[];
  /** Top-level property names of the JSON request body, when it has one. */
  bodyProperties: string[];
}

const openApiDocument = z.object({
  paths: z.record(
    z.string(),
    z.record(
      z.string(),
      z.looseObject({
        parameters: z.array(z.looseObject({ name: z.string(), in: z.string() })).optional(),
        requestBody: z.looseObject({ content: z.record(z.string(), z.looseObject({ schema: z.unknown().optional() })).optional() }).optional(),
      }),
    ),
  ),
  components: z.looseObject({ schemas: z.record(z.string(), z.unknown()).optional() }).optional(),
});

const HTTP_METHODS = new Set(['get', 'put', 'post', 'patch', 'delete']);

/** The property names of a (possibly `$ref`'d) object schema. */
function propertiesOf(schema: unknown, components: Record<string, unknown>): string[] {
  const parsed = z.looseObject({ $ref: z.string().optional(), properties: z.record(z.string(), z.unknown()).optional() }).safeParse(schema);
  if (!parsed.success) return [];
  if (parsed.data.$ref) return propertiesOf(components[parsed.data.$ref.split('/').at(-1) ?? ''], components);
  return Object.keys(parsed.data.properties ?? {});
}

/** Every operation under /api/v1 in the document. */
export function operationsOf(document: unknown): Operation[] {
  const { paths, components } = openApiDocument.parse(document);
  const schemas = components?.schemas ?? {};
  return Object.entries(paths).flatMap(([fullPath, methods]) =>
    Object.entries(methods)
      .filter(([method]) => HTTP_METHODS.has(method))
      .map(([method, operation]) => {
        const path = fullPath.replace(/^\/api\/v1/, '');
        const parameters = operation.parameters ?? [];
        return {
          method: method.toUpperCase(),
          path,
          pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!),
          queryParams: parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name),
          bodyProperties: propertiesOf(operation.requestBody?.content?.['application/json']?.schema, schemas),
        };
      }),
  );
}

/** Strings that have broken parsers before: empties, traversal, escapes, numbers at their limits, huge ones. */
const nastyStrings = fc.constantFrom(
  '',
  ' ',
  '..',
  '../../etc/passwd',
  '%00',
  '%',
  '%zz',
  '%E0%A4%A',
  'null',
  'undefined',
  'true',
  '-1',
  '0',
  '1.5',
  '1e309',
  '-0',
  'NaN',
  '9007199254740993',
  '99999999999999999999',
  '[]',
  '{}',
  '{"$ne":null}',
  "' OR 1=1 --",
  '\u0000',
  '\uFEFF',
  '😀'.repeat(40),
  'gr_' + 'a'.repeat(600),
  'x'.repeat(5000),
  '__proto__',
  'constructor',
);

/** Anything a client could put in a path segment or a query value. */
export const junkString = fc.oneof(
  { weight: 3, arbitrary: nastyStrings },
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.base64String({ maxLength: 80 }) },
);

/** Header values fetch will send (visible ASCII), hostile in content. */
const headerValue = fc.oneof(
  fc.stringMatching(/^[\x20-\x7e]{0,120}$/),
  fc.constantFrom('*', 'W/"1"', '"1"', '"1", "2"', 'W/', '""', '"' + '9'.repeat(400) + '"', 'br;q=2, gzip;q=-1', 'application/json; charset=utf-16', 'Bearer ', 'Bearer pc_' + 'z'.repeat(32), 'x'.repeat(7000)),
);

const headerNames = ['If-Match', 'If-None-Match', 'Accept-Encoding', 'Accept', 'Content-Type', 'X-Request-Id', 'Last-Event-ID', 'Authorization', 'Cookie', 'Origin', 'Sec-Fetch-Site', 'X-Forwarded-For', 'Range'] as const;
export const junkHeaders = fc.dictionary(fc.constantFrom(...headerNames), headerValue, { maxKeys: 4 });

/** A request body: absent, arbitrary JSON, the route's own keys with values of the wrong type, broken JSON, or one too big. */
export const junkBody = (properties: string[], maxBodyBytes: number) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant<{ text?: string; contentType?: string }>({}) },
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => ({ text: JSON.stringify(value) ?? 'null', contentType: 'application/json' })) },
    {
      weight: properties.length > 0 ? 6 : 0,
      arbitrary: fc
        .dictionary(fc.constantFrom(...(properties.length > 0 ? properties : ['x'])), fc.oneof(fc.jsonValue({ maxDepth: 3 }), nastyStrings, fc.constant(null)), { maxKeys: properties.length })
        .map((value) => ({ text: JSON.stringify(value), contentType: 'application/json' })),
    },
    {
      weight: 2,
      arbitrary: fc
        .oneof(fc.string({ maxLength: 200 }), fc.constantFrom('{', '{"a":', '[1,2', '{"name": "x",}', '\u0000', 'nul', '{"__proto__": {"admin": true}}'))
        .map((text) => ({ text, contentType: 'application/json' })),
    },
    { weight: 1, arbitrary: fc.constantFrom({ text: `${'['.repeat(20_000)}${']'.repeat(20_000)}`, contentType: 'application/json' }) },
    { weight: 1, arbitrary: fc.constantFrom({ text: `{"name":"${'x'.repeat(maxBodyBytes)}"}`, contentType: 'application/json' }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 100 }).map((text) => ({ text, contentType: 'text/plain' })) },
    { weight: 1, arbitrary: fc.constant({ text: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--', contentType: 'multipart/form-data; boundary=x' }) },
  );

export interface FuzzRequest {
  operation: Operation;
  /** Path parameter values; `undefined` takes the valid one the test knows. */
  params: Record<string, string | undefined>;
  query: [string, string][];
  body: { text?: string; contentType?: string };
  headers: Record<string, string>;
}

/** A hostile request for one of `operations`. */
export const fuzzRequest = (operations: Operation[], maxBodyBytes: number) =>
  fc.constantFrom(...operations).chain((operation) =>
    fc.record({
      operation: fc.constant(operation),
      params: fc.record(Object.fromEntries(operation.pathParams.map((name) => [name, fc.option(junkString, { nil: undefined, freq: 2 })]))),
      query: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...operation.queryParams, 'limit', 'cursor'), fc.string({ maxLength: 10 })), junkString), { maxLength: 4 }),
      body: junkBody(operation.bodyProperties, maxBodyBytes),
      headers: junkHeaders,
    }),
  ) as fc.Arbitrary<FuzzRequest>;
