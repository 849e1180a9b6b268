/*
 * How long a feature-length Final Draft file takes to read and convert to Fountain (the
 * import's first step), and how the time splits between the XML reader and the writer.
 * Run with `pnpm --filter @pc/final-draft bench`. Prints wall and CPU time per conversion.
 */
import { readFileSync } from 'node:fs';
import { finalDraftToFountain, readFinalDraft, writeFountain } from '../src/index.js';

// The feature fixture's 4 scenes are about 2 pages; 60 copies are a 120-page script.
const fixture = readFileSync(new URL('../fixtures/salt-and-iron-feature.fdx', import.meta.url), 'utf8');
const [head, rest] = fixture.split('<Content>') as [string, string];
const [content, tail] = rest.split('</Content>') as [string, string];
const xml = `${head}<Content>${Array.from({ length: 60 }, () => content).join('')}</Content>${tail}`;

const measure = (label: string, run: () => unknown, runs = 10) => {
  for (let i = 0; i < 3; i += 1) run(); // warm up the JIT
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < runs; i += 1) run();
  const wall = (performance.now() - start) / runs;
  const used = process.cpuUsage(cpu);
  console.log(`${label}: ${wall.toFixed(1)} ms wall, ${((used.user + used.system) / 1000 / runs).toFixed(1)} ms CPU per run`);
};

const script = readFinalDraft(xml);
const { fountain } = finalDraftToFountain(xml);
console.log(`${(xml.length / 1024).toFixed(0)} KiB of FDX, ${script.body.length} blocks → ${fountain.split('\n').length} lines of Fountain`);
measure('read XML (readFinalDraft)', () => readFinalDraft(xml));
measure('write Fountain (writeFountain)', () => writeFountain(script, []));
measure('whole conversion (finalDraftToFountain)', () => finalDraftToFountain(xml));
