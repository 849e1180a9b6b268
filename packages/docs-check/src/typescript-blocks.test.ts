import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getBlockAction, getDocBlocks } from './doc-blocks.js';

/*
 * The TypeScript the docs run must also compile, under the workspace's strict settings: a
 * field name the SDK's types do not have (`summary.nmae`) prints `undefined` at run time and
 * passes; the compiler names it.
 */

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(packageDir, '../..');
const pages = ['README.md', ...readdirSync(join(repoRoot, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

describe('the TypeScript blocks of the docs', () => {
  it('type-check as written', { timeout: 120_000 }, async () => {
    // Inside node_modules, so imports resolve from this package and lint and git leave the files alone.
    const folder = join(packageDir, 'node_modules/.docs-check/types');
    await rm(folder, { recursive: true, force: true });
    await mkdir(folder, { recursive: true });
    const files: string[] = [];
    for (const page of pages) {
      for (const block of getDocBlocks(page, readFileSync(join(repoRoot, page), 'utf8'))) {
        if (getBlockAction(block).kind !== 'typescript') continue;
        const file = `${page.replace(/\W+/g, '-')}-${block.line}.mts`;
        await writeFile(join(folder, file), block.text);
        files.push(file);
      }
    }
    expect(files.length).toBeGreaterThan(0);
    await writeFile(join(folder, 'tsconfig.json'), JSON.stringify({ extends: '../../../../../tsconfig.base.json', compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' }, files }));
    const tsc = spawnSync(join(repoRoot, 'node_modules/.bin/tsc'), ['-p', join(folder, 'tsconfig.json')], { encoding: 'utf8' });
    // Errors name the page and line of the block: docs-api-md-301.mts(4,3) is docs/api.md's block at line 301.
    expect(`${tsc.stdout}${tsc.stderr}`).toBe('');
    expect(tsc.status).toBe(0);
  });
});
