import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverBenches, selectBenches } from './discover.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'pc-benches-'));
  const folder = (name: string, pkg?: object) => {
    mkdirSync(join(root, name));
    if (pkg) writeFileSync(join(root, name, 'package.json'), JSON.stringify(pkg));
  };
  folder('engine', { scripts: { bench: 'tsx run.ts', lint: 'eslint .' } });
  folder('api', { scripts: { bench: 'tsx run.ts --quick' } });
  folder('tools', { scripts: { test: 'vitest run' } });
  folder('results');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('bench discovery', () => {
  it('finds folders whose package.json has a bench script, by name', () => {
    expect(discoverBenches(root).map(({ name, script }) => [name, script])).toEqual([
      ['api', 'tsx run.ts --quick'],
      ['engine', 'tsx run.ts'],
    ]);
  });

  it('selects with --only, comma-separated or repeated, and refuses unknown names', () => {
    const benches = discoverBenches(root);
    expect(selectBenches(benches, []).map((bench) => bench.name)).toEqual(['api', 'engine']);
    expect(selectBenches(benches, ['--only', 'engine']).map((bench) => bench.name)).toEqual(['engine']);
    expect(selectBenches(benches, ['--only=api,engine']).map((bench) => bench.name)).toEqual(['api', 'engine']);
    expect(() => selectBenches(benches, ['--only', 'canvas'])).toThrow(/unknown bench canvas; there are: api, engine/);
    expect(() => selectBenches(benches, ['--only'])).toThrow(/needs a bench name/);
  });
});
