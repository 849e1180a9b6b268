import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { generateOpenApiDocument } from '../openapi-document.js';
import { SCHEMA_EXAMPLES } from './examples.js';

/*
 * Every example in the document is checked against the schema it illustrates (a wrong
 * example misleads more than none), and every operation's JSON body and success answer
 * has one.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking a JSON document
const document = generateOpenApiDocument() as any;
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema({ ...document, $id: 'openapi' }, 'openapi');
const validatorOf = (component: string) => ajv.getSchema(`openapi#/components/schemas/${component}`)!;
const errorsOf = (component: string, value: unknown) => {
  const validate = validatorOf(component);
  return validate(value) ? [] : ajv.errorsText(validate.errors).split(', ');
};

type Media = { schema?: { $ref?: string }; example?: unknown; examples?: Record<string, { value: unknown }> };
type Operation = { requestBody?: { content: Record<string, Media> }; responses: Record<string, { content?: Record<string, Media> }> };
const operations = Object.entries(document.paths as Record<string, Record<string, Operation>>).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, operation })),
);
const componentOf = (media: Media) => media.schema?.$ref?.replace('#/components/schemas/', '');
const hasExample = (media: Media) => media.example !== undefined || media.examples !== undefined || (componentOf(media) !== undefined && document.components.schemas[componentOf(media)!].example !== undefined);

describe('OpenAPI examples', () => {
  it.each(Object.keys(document.components.schemas).filter((name) => document.components.schemas[name].example !== undefined))('the %s example matches its schema', (name) => {
    expect(errorsOf(name, document.components.schemas[name].example)).toEqual([]);
  });

  it('puts every example of examples.ts on a component of the document', () => {
    for (const name of Object.keys(SCHEMA_EXAMPLES)) expect(document.components.schemas, name).toHaveProperty(name);
  });

  it('shows a valid Problem for every error response', () => {
    let checked = 0;
    for (const { key, operation } of operations) {
      for (const [status, response] of Object.entries(operation.responses).filter(([code]) => /^[45]/.test(code))) {
        for (const [code, example] of Object.entries(response.content?.['application/problem+json']?.examples ?? {})) {
          expect(errorsOf('Problem', example.value), `${key} ${status} ${code}`).toEqual([]);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(operations.length * 3);
  });

  it.each(operations.map(({ key }) => key))('%s has an example of its JSON body and of its JSON answers', (key) => {
    const { operation } = operations.find((entry) => entry.key === key)!;
    const body = operation.requestBody?.content['application/json'];
    if (body) expect(hasExample(body), `${key} request body`).toBe(true);
    for (const [status, response] of Object.entries(operation.responses).filter(([code]) => /^2/.test(code))) {
      const media = response.content?.['application/json'];
      if (media) expect(hasExample(media), `${key} ${status}`).toBe(true);
    }
  });

  it('the check can fail: a wrong example is reported', () => {
    expect(errorsOf('Graph', { ...(SCHEMA_EXAMPLES['Graph'] as object), revision: 'seven' })).not.toEqual([]);
  });
});
