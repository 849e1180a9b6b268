import { createConfig, lintFromString, type NormalizedProblem } from '@redocly/openapi-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateOpenApiDocument } from '../openapi-document.js';

/*
 * The document through a real validator (Redocly's, the `recommended-strict` rules: structure,
 * security on every operation, servers, operation ids and summaries, examples against their
 * schemas), then what a script from the document alone relies on: every operation named,
 * summarised and tagged, every declared error problem+json.
 */

type Config = Awaited<ReturnType<typeof createConfig>>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking a JSON document
type Json = any;

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch']);
const operationsOf = (document: Json) =>
  Object.entries(document.paths as Record<string, Record<string, Json>>).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.has(method))
      .map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, operation })),
  );
const describeProblem = (problem: NormalizedProblem) => `${problem.severity} ${problem.ruleId} at ${problem.location[0]?.pointer}: ${problem.message}`;

describe('the OpenAPI document, validated', () => {
  let config: Config;
  const lint = async (document: Json) => (await lintFromString({ source: JSON.stringify(document), absoluteRef: '/api/v1/openapi.json', config })).map(describeProblem);

  beforeAll(async () => {
    config = await createConfig({
      extends: ['recommended-strict'],
      rules: {
        // A private product: there is no licence to name.
        'info-license': 'off',
        'operation-operationId': 'error',
        'operation-summary': 'error',
        'no-invalid-media-type-examples': { severity: 'error', allowAdditionalProperties: false },
        'no-invalid-schema-examples': { severity: 'error', allowAdditionalProperties: false },
        'no-invalid-parameter-examples': 'error',
      },
    });
  });

  it('has no errors and no warnings from the validator', async () => {
    expect(await lint(generateOpenApiDocument())).toEqual([]);
  }, 60_000);

  it('names, summarises and tags every operation, each id once', () => {
    const operations = operationsOf(generateOpenApiDocument());
    const missing = operations.filter(({ operation }) => !operation.operationId || !operation.summary || !(operation.tags?.length > 0)).map(({ key }) => key);
    expect(missing).toEqual([]);
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('declares every 4xx and 5xx answer as problem+json of the Problem schema, with an example per code', () => {
    const wrong: string[] = [];
    for (const { key, operation } of operationsOf(generateOpenApiDocument())) {
      for (const [status, response] of Object.entries(operation.responses as Record<string, Json>).filter(([code]) => /^[45]/.test(code))) {
        const content = Object.keys(response.content ?? {});
        const problem = response.content?.['application/problem+json'];
        if (content.join() !== 'application/problem+json' || problem.schema?.$ref !== '#/components/schemas/Problem' || Object.keys(problem.examples ?? {}).length === 0) {
          wrong.push(`${key} ${status}: ${content.join(', ') || 'no content'}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('says what to send in every request header (If-Match, If-None-Match, Last-Event-ID, Idempotency-Key)', () => {
    const document = generateOpenApiDocument() as Json;
    const headers = operationsOf(document).flatMap(({ key, operation }) =>
      ((operation.parameters ?? []) as Json[]).filter((parameter) => parameter.in === 'header').map((parameter) => ({ key, parameter })),
    );
    expect(headers.length).toBeGreaterThan(10);
    const undescribed = headers.filter(({ parameter }) => !(parameter.description ?? parameter.schema?.description)).map(({ key, parameter }) => `${key} ${parameter.name}`);
    expect(undescribed).toEqual([]);
  });

  it('declares If-None-Match on every operation that can answer 304 (a client generated from it can revalidate)', () => {
    const document = generateOpenApiDocument() as Json;
    const conditional = operationsOf(document).filter(({ operation }) => operation.responses?.['304']);
    expect(conditional.length).toBeGreaterThan(5);
    const missing = conditional
      .filter(({ operation }) => !((operation.parameters ?? []) as Json[]).some((parameter) => parameter.in === 'header' && String(parameter.name).toLowerCase() === 'if-none-match'))
      .map(({ key }) => key);
    expect(missing).toEqual([]);
  });

  it('describes every parameter (path ids, limit, status …), and each limit states the range and default of its schema', () => {
    const parameters = operationsOf(generateOpenApiDocument()).flatMap(({ key, operation }) => ((operation.parameters ?? []) as Json[]).map((parameter) => ({ key, parameter })));
    expect(parameters.filter(({ parameter }) => parameter.in === 'path').length).toBeGreaterThan(40);
    const describedBy = (parameter: Json): string | undefined => parameter.description ?? parameter.schema?.description;
    expect(parameters.filter(({ parameter }) => !describedBy(parameter)).map(({ key, parameter }) => `${key} ${parameter.in}:${parameter.name}`)).toEqual([]);
    // A generated client shows the description, not the schema: a range there that the schema does not have would mislead.
    const limits = parameters.filter(({ parameter }) => parameter.in === 'query' && parameter.name === 'limit');
    expect(limits.length).toBeGreaterThan(5);
    const wrong = limits
      .filter(({ parameter }) => {
        const { minimum, maximum, default: fallback } = parameter.schema;
        return !describedBy(parameter)!.includes(`${minimum}–${maximum} (${fallback} when omitted)`);
      })
      .map(({ key, parameter }) => `${key}: ${describedBy(parameter)}`);
    expect(wrong).toEqual([]);
  });

  it('the check can fail: an example against its schema, a missing operationId and a public operation without security are reported', async () => {
    const document = generateOpenApiDocument() as Json;
    const graph = document.paths['/api/v1/graphs/{id}'].get;
    graph.responses['200'].content['application/json'].example = { id: 7 };
    delete graph.operationId;
    delete document.paths['/healthz'].get.security;
    const problems = await lint(document);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^error no-invalid-media-type-examples at #\/paths\/~1api~1v1~1graphs~1\{id\}\/get\/responses\/200/),
        expect.stringMatching(/^error operation-operationId at #\/paths\/~1api~1v1~1graphs~1\{id\}\/get/),
        expect.stringMatching(/^error security-defined at #\/paths\/~1healthz\/get/),
      ]),
    );
  }, 60_000);
});
