import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonicalJson } from '@pc/graph';
import { describe, expect, it } from 'vitest';
import { runFunction } from './registry.js';
import { renderPng } from './render-png/index.js';
import { storyRuns } from './testing/story.js';

// UPDATE_GOLDEN=1 pnpm --filter @pc/functions test rewrites the files; review the diff,
// and bump the version of every function whose output changed.
const update = process.env['UPDATE_GOLDEN'] === '1';
const goldenRoot = fileURLToPath(new URL('../__golden__/', import.meta.url));

const compareWithGolden = (file: string, bytes: Uint8Array) => {
  const path = `${goldenRoot}${file}`;
  if (update || !existsSync(path)) {
    if (!update) throw new Error(`Missing golden file ${file}: run with UPDATE_GOLDEN=1`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    return;
  }
  const expected = readFileSync(path);
  if (!Buffer.from(bytes).equals(expected)) {
    // A text diff when it is text; bytes otherwise.
    if (!file.endsWith('.png')) expect(Buffer.from(bytes).toString('utf8')).toBe(expected.toString('utf8'));
    expect.fail(`${file} differs from its golden file`);
  }
};

describe('golden files of the ANNA / BEN kitchen story', () => {
  it.each(storyRuns().map((run) => [`${run.golden} ${run.fn}`, run] as const))('%s', async (_, run) => {
    const result = await runFunction(run.fn, await run.build(), { signal: new AbortController().signal, renderPng });
    const outputs = JSON.stringify(JSON.parse(canonicalJson(result.outputs)), null, 2);
    compareWithGolden(`${run.golden}/${run.fn}.outputs.json`, Buffer.from(`${outputs}\n`));
    for (const artifact of result.artifacts) {
      compareWithGolden(`${run.golden}/${artifact.name}`, artifact.bytes ?? Buffer.from(artifact.text ?? ''));
    }
  });
});
