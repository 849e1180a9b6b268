/**
 * `pnpm bench [--only api,engine] [--list]`: runs every bench in bench/ (each folder whose
 * package.json has a `bench` script), one after another — they would measure each other
 * on a 2-core box — and writes the run's summary (date, machine, each bench's outcome and
 * time) into docs/benchmarks.md. Each bench rewrites its own marked section itself.
 */
import { spawn } from 'node:child_process';
import { delimiter, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverBenches, selectBenches, type Bench } from './discover.js';
import { machineLine } from './machine.js';
import { writeSection } from './sections.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2);

let benches: Bench[];
try {
  benches = selectBenches(discoverBenches(join(root, 'bench')), args);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
if (args.includes('--list')) {
  for (const bench of benches) console.log(`${bench.name}\t${relative(root, bench.dir)}\t${bench.script}`);
  process.exit(0);
}

/** Runs a bench's script as `pnpm run` would: in its folder, with its and the root's bins on PATH. */
const runBench = (bench: Bench): Promise<number> =>
  new Promise((resolveExit) => {
    const path = [join(bench.dir, 'node_modules/.bin'), join(root, 'node_modules/.bin'), process.env['PATH'] ?? ''].join(delimiter);
    const child = spawn(bench.script, { cwd: bench.dir, shell: true, stdio: 'inherit', env: { ...process.env, PATH: path } });
    child.on('exit', (code, signal) => resolveExit(code ?? (signal ? 128 : 1)));
    child.on('error', () => resolveExit(127));
  });

const started = new Date();
const outcomes: { bench: Bench; code: number; seconds: number }[] = [];
for (const bench of benches) {
  console.log(`\n=== bench ${bench.name}: ${bench.script} (in ${relative(root, bench.dir)})\n`);
  const at = performance.now();
  const code = await runBench(bench);
  outcomes.push({ bench, code, seconds: Math.round((performance.now() - at) / 1000) });
  console.log(`\n=== bench ${bench.name}: ${code === 0 ? 'done' : `failed (exit ${code})`}`);
}

const summary = [
  '## Last `pnpm bench`',
  '',
  `${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${machineLine()}.${args.length > 0 ? ` Arguments: \`${args.join(' ')}\`.` : ''}`,
  '',
  '| bench | script | outcome | time |',
  '|---|---|---|---:|',
  ...outcomes.map(({ bench, code, seconds }) => `| ${bench.name} | \`${bench.script}\` | ${code === 0 ? 'section below rewritten' : `failed (exit ${code}), section left as it was`} | ${seconds} s |`),
].join('\n');
writeSection(join(root, 'docs/benchmarks.md'), 'bench-run', summary, { where: 'top' });
console.log(`\n${summary}\n`);
process.exit(outcomes.every((outcome) => outcome.code === 0) ? 0 : 1);
