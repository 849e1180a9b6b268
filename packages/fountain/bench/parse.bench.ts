/*
 * How long a feature-length script takes to parse: the import of a whole screenplay
 * must feel instant. Run with `pnpm --filter @pc/fountain bench`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseFountain } from '../src/index.js';

const fixtures = new URL('../fixtures/', import.meta.url);
const corpus = readdirSync(fixtures)
  .filter((name) => name.endsWith('.fountain'))
  .map((name) => readFileSync(new URL(name, fixtures), 'utf8'))
  .join('\n\n');

// About 55 lines a page: repeat the corpus to 120 pages.
const lineTarget = 120 * 55;
const corpusLines = corpus.split('\n').length;
const script = Array.from({ length: Math.ceil(lineTarget / corpusLines) }, () => corpus).join('\n\n');

for (let i = 0; i < 5; i += 1) parseFountain(script); // warm up the JIT
const runs = 20;
const start = performance.now();
let elements = 0;
for (let i = 0; i < runs; i += 1) elements = parseFountain(script).elements.length;
const perRun = (performance.now() - start) / runs;
console.log(`${script.split('\n').length} lines, ${(script.length / 1024).toFixed(0)} KiB, ${elements} elements: ${perRun.toFixed(2)} ms per parse`);
