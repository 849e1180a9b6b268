import { generateOpenApiDocument } from '@pc/server';
import openapiTS, { astToString } from 'openapi-typescript';

export const GENERATED_TYPES = new URL('../src/generated/openapi.ts', import.meta.url);

const HEADER = `/*
 * Generated from the server's OpenAPI document by \`pnpm --filter @pc/sdk generate\`. Do not edit:
 * test/generated.test.ts fails when this file is out of date with the server's routes.
 */
`;

/** The TypeScript types of the server's current OpenAPI document, as the generated file holds them. */
export async function renderSchemaTypes(): Promise<string> {
  const document = generateOpenApiDocument();
  // openapi-typescript takes any OpenAPI 3.x object; the server's type is structurally narrower.
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return HEADER + astToString(ast);
}
