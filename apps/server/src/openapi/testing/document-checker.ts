import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ApiClient } from '../../test/harness.js';
import { generateOpenApiDocument } from '../../openapi-document.js';
import { RATE_LIMIT_HEADERS } from '../rate-limits.js';

/*
 * A script written from the OpenAPI document alone, and every real answer held against what
 * the document says of it: the status is listed, the body is valid against the schema, and
 * every header a client acts on (Location, ETag, Retry-After, Idempotent-Replayed, RateLimit-*) is
 * declared on that status. A header the document leaves out is one a generated client never reads.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking a JSON document
const document = generateOpenApiDocument() as any;
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema({ ...document, $id: 'openapi' }, 'openapi');

const ACTIONABLE_HEADERS = ['location', 'etag', 'retry-after', 'idempotent-replayed', ...RATE_LIMIT_HEADERS.map((name) => name.toLowerCase())];

/** A response's headers by lower-cased name, `$ref`s to components.headers resolved. */
const declaredHeaders = (declared: { headers?: Record<string, { $ref?: string; required?: boolean }> }) =>
  new Map(
    Object.entries(declared.headers ?? {}).map(([name, header]) => [name.toLowerCase(), header.$ref ? document.components.headers[header.$ref.split('/').at(-1)!] : header] as const),
  );

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** What the document gets wrong about one answer; empty when it describes it. */
const disagreements = (method: string, template: string, response: Response, text: string): string[] => {
  const operation = document.paths[`/api/v1${template}`]?.[method.toLowerCase()];
  if (!operation) return [`${method} ${template} is not in the document`];
  const declared = operation.responses[String(response.status)];
  if (!declared) return [`${method} ${template} answered ${response.status}, which the document does not list`];
  const found: string[] = [];
  const headers = declaredHeaders(declared);
  for (const name of ACTIONABLE_HEADERS) {
    if (response.headers.has(name) && !headers.has(name)) found.push(`${method} ${template} ${response.status} sends ${name}, undeclared`);
  }
  for (const [name, header] of headers) if (header.required && !response.headers.has(name)) found.push(`${method} ${template} ${response.status} lacks required ${name}`);
  const [media, content] = Object.entries((declared.content ?? {}) as Record<string, { schema?: { $ref?: string } }>)[0] ?? [];
  if (media?.includes('json') && content?.schema?.$ref) {
    const validate = ajv.getSchema(`openapi${content.schema.$ref}`)!;
    if (!validate(JSON.parse(text))) found.push(`${method} ${template} ${response.status}: ${ajv.errorsText(validate.errors)}`);
  }
  return found;
};

/** Whether the document lists `status` for the operation (a stream's answers are read, not parsed). */
export const documentedStatus = (method: string, template: string, status: number): boolean =>
  document.paths[`/api/v1${template}`]?.[method.toLowerCase()]?.responses[String(status)] !== undefined;

/**
 * A caller that fills in a `{template}`'s params, sends the request, and records in
 * `problems` where the answer and the document disagree.
 */
export const createDocumentChecker = () => {
  const problems: string[] = [];
  const call = async (client: ApiClient, method: string, template: string, params: Record<string, string>, body?: unknown, headers?: Record<string, string>): Promise<Answer> => {
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name]!));
    const response = await client.call(method, path, body, headers);
    const text = await response.text();
    problems.push(...disagreements(method, template, response, text));
    return { status: response.status, headers: response.headers, body: text === '' || !response.headers.get('content-type')?.includes('json') ? undefined : JSON.parse(text) };
  };
  return { problems, call };
};

type EventOption = { properties: { event: { enum: string[] }; data: { $ref: string } } };

/**
 * What the document gets wrong about events of a stream: an event name the operation does not
 * list, or data that is not valid against the schema the document names for that event.
 */
export const eventProblems = (method: string, template: string, events: readonly { event: string; data: unknown }[]): string[] => {
  const stream = document.paths[`/api/v1${template}`]?.[method.toLowerCase()]?.responses['200']?.content?.['text/event-stream']?.schema;
  const options: EventOption[] = stream?.anyOf ?? (stream ? [stream] : []);
  return events.flatMap(({ event, data }) => {
    const option = options.find((candidate) => candidate.properties?.event?.enum?.includes(event));
    if (!option) return [`${method} ${template} sent event ${event}, which the document does not list`];
    const validate = ajv.getSchema(`openapi${option.properties.data.$ref}`)!;
    return validate(data) ? [] : [`${method} ${template} event ${event}: ${ajv.errorsText(validate.errors)}`];
  });
};
