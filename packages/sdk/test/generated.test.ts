import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { GENERATED_TYPES, renderSchemaTypes } from '../scripts/render-types.js';

it('the committed types match the server’s OpenAPI document (run `pnpm --filter @pc/sdk generate` when this fails)', async () => {
  const committed = await readFile(GENERATED_TYPES, 'utf8');
  const current = await renderSchemaTypes();
  expect(current).toContain('"/api/v1/graphs/{id}"');
  // Compared as a whole: a changed route, schema, example or description all need a regeneration.
  expect(committed === current, 'src/generated/openapi.ts is out of date with the server').toBe(true);
});
