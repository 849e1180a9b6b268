import { build } from 'esbuild';
import { expect, it } from 'vitest';

it('bundles for browsers with nothing from Node (fetch, streams, TextDecoder and crypto.randomUUID only)', async () => {
  const result = await build({
    entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    metafile: true,
  });
  expect(result.errors).toEqual([]);
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs.some((input) => input.includes('openapi-fetch'))).toBe(true);
  expect(inputs.filter((input) => input.startsWith('node:') || /\/node_modules\/@types\/node\//.test(input))).toEqual([]);
  // The generated types are types only: nothing of them reaches the bundle.
  expect(inputs.some((input) => input.endsWith('generated/openapi.ts'))).toBe(false);
});
