/*
 * Which bursts make a fan-out window's tail: reads the deliveries the client processes wrote
 * with BENCH_DELIVERIES_DIR (clients.ts; one file per process and window) and groups them by
 * burst (the writers' sends of one period: send times within 30 ms of the period's first).
 *
 *   pnpm --filter @pc/bench-collab bench:bursts <dir> <window>   # window: 0, 1, … in run order
 *
 * Under load the p99 is a handful of bursts the machine starved (session 13: 3–6 of ~100
 * held every delivery over p99); on a quiet box it is the end of every burst.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, window = '0'] = process.argv.slice(2);
if (!dir) throw new Error('usage: bursts.ts <BENCH_DELIVERIES_DIR> [window]');

const deliveries: [sentAt: number, latency: number][] = [];
for (const file of readdirSync(dir).filter((name) => name.endsWith(`-${window}.json`))) {
  const { sentAt, latency } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { sentAt: number[]; latency: number[] };
  sentAt.forEach((at, i) => deliveries.push([at, latency[i]!]));
}
if (deliveries.length === 0) throw new Error(`no deliveries of window ${window} in ${dir}`);
deliveries.sort((a, b) => a[0] - b[0]);

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

const bursts: { firstSentAt: number; latencies: number[] }[] = [];
for (const [sentAt, latency] of deliveries) {
  const current = bursts.at(-1);
  if (current && sentAt - current.firstSentAt <= 30) current.latencies.push(latency);
  else bursts.push({ firstSentAt: sentAt, latencies: [latency] });
}

const p99 = quantile(deliveries.map(([, latency]) => latency), 0.99);
const perBurstP99 = bursts.map((burst) => quantile(burst.latencies, 0.99));
const tail = bursts
  .map((burst, index) => ({ index, over: burst.latencies.filter((latency) => latency > p99).length, max: Math.max(...burst.latencies) }))
  .filter((burst) => burst.over > 0)
  .sort((a, b) => b.over - a.over);
console.log(
  JSON.stringify({
    deliveries: deliveries.length,
    p50Ms: Number(quantile(deliveries.map(([, latency]) => latency), 0.5).toFixed(2)),
    p99Ms: Number(p99.toFixed(2)),
    bursts: bursts.length,
    burstsOverP99: tail.length,
    perBurstP99Ms: { p50: Number(quantile(perBurstP99, 0.5).toFixed(2)), p90: Number(quantile(perBurstP99, 0.9).toFixed(2)) },
    worst: tail.slice(0, 8).map(({ index, over, max }) => ({ burst: index, overP99: over, maxMs: Number(max.toFixed(1)) })),
  }),
);
