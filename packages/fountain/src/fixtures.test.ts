import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFountain } from './parse.js';
import { outline } from './testing/outline.js';

const fixtures = new URL('../fixtures/', import.meta.url);
const names = readdirSync(fixtures).filter((name) => name.endsWith('.fountain'));

// Each fixture's outline is reviewed by hand and kept beside it; `vitest -u` rewrites
// them after a deliberate change of the parser, and the diff is the review.
describe('fixture corpus', () => {
  it.each(names)('%s parses to its reviewed outline', async (name) => {
    const script = parseFountain(readFileSync(new URL(name, fixtures), 'utf8'));
    await expect(`${outline(script).join('\n')}\n`).toMatchFileSnapshot(`../fixtures/${name.replace('.fountain', '.outline.txt')}`);
  });
});
