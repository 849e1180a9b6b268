/**
 * What planning a new revision costs this process, next to nothing else: `planRun` of the
 * bench's 10-node run graphs (4,000 distinct ones, as run.ts submits distinct graphs) and of
 * a 1,000-node graph, keyed with node:crypto's SHA-256 as the engine keys, or with the
 * browser's pure-JS one (PLAN_COST_HASH=js).
 *
 *   pnpm --filter @pc/bench-engine exec tsx plan-cost.ts      (PLAN_COST_ROUNDS=3)
 *
 * A diagnostic, not a bench: nothing is written. CPU time is this process's (user + system).
 * To compare two trees, run it in each alternately (a tree without `nativeSha256Hex` needs
 * the `hash` option removed).
 */
import { loadavg } from 'node:os';
import { nativeSha256Hex, planRun, type PlanRunOptions } from '@pc/engine';
import { featureFilm, wideGraph } from './graphs.js';

const ROUNDS = Number(process.env['PLAN_COST_ROUNDS'] ?? 3);
const GRAPHS = 4_000;
const options: PlanRunOptions = { getFunctionVersion: () => 1, ...(process.env['PLAN_COST_HASH'] === 'js' ? {} : { hash: nativeSha256Hex }) };
const runGraphs = Array.from({ length: GRAPHS }, (_, index) => wideGraph(index).document);
const film = featureFilm(1_000);
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1_000;
};

// Warm up the JIT and zod.
for (const document of runGraphs.slice(0, 1_000)) planRun(document, options);
for (let repeat = 0; repeat < 3; repeat += 1) planRun(film, options);

console.log(`planRun CPU, ${options.hash ? 'node:crypto' : 'pure-JS'} SHA-256`);
for (let round = 1; round <= ROUNDS; round += 1) {
  let start = cpuMs();
  for (const document of runGraphs) planRun(document, options);
  const perRunGraph = ((cpuMs() - start) / GRAPHS) * 1_000;
  const filmMs: number[] = [];
  for (let repeat = 0; repeat < 15; repeat += 1) {
    start = cpuMs();
    planRun(film, options);
    filmMs.push(cpuMs() - start);
  }
  filmMs.sort((a, b) => a - b);
  const load = loadavg()[0] ?? Number.NaN;
  console.log(`  round ${round}: 10-node graph ${perRunGraph.toFixed(0)} µs; 1,000-node graph median ${(filmMs[7] ?? Number.NaN).toFixed(1)} ms (load ${load.toFixed(2)})`);
}
