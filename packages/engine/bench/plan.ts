/**
 * Engine micro-benchmarks (not tests): planning a 1,000-node graph, plan + enqueue on
 * the in-process queue, and no-op job throughput of raw BullMQ against our BullMQ queue
 * at concurrency 1 and 16. Prints a table and writes bench/results/engine-queue.json at
 * the repository root. Needs Redis at REDIS_URL (default redis://127.0.0.1:6379); keys
 * live under a fresh `pc-bench-*` prefix and are deleted afterwards.
 *
 *   pnpm --filter @pc/engine bench            (BENCH_JOBS=2000 by default)
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { createBullMqQueue, createInProcessQueue, nativeSha256Hex, planRun } from '../src/index.js';
import { featureFilm } from '../src/testing/script.js';

const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const JOBS = Number(process.env['BENCH_JOBS'] ?? 2_000);
const PLAN_RUNS = 15;
const prefix = `pc-bench-${randomBytes(4).toString('hex')}`;

const stats = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) as number };
};
const time = async (work: () => unknown) => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};

// 1. Planning.
const graph = featureFilm(1_000);
// Keyed as the engine keys (node:crypto's SHA-256).
const getFunctionVersion = () => 1;
const hash = nativeSha256Hex;
planRun(graph, { getFunctionVersion, hash }); // warm up the JIT and zod
const planMs: number[] = [];
const planEnqueueMs: number[] = [];
for (let run = 0; run < PLAN_RUNS; run += 1) {
  planMs.push(await time(() => planRun(graph, { getFunctionVersion, hash })));
  const queue = createInProcessQueue();
  planEnqueueMs.push(
    await time(async () => {
      const plan = planRun(graph, { getFunctionVersion, hash });
      // Every node, not only the ready ones: an upper bound on what a run submits.
      await queue.enqueue(plan.nodes.map((node) => ({ runId: `run-${run}`, nodeId: node.nodeId, attempt: 1 })), { resourceClass: 'cpu' });
    }),
  );
  await queue.close();
}

// 2. No-op throughput: jobs are added first, then timed from worker start to the last completion.
const jobsFor = (label: string) => Array.from({ length: JOBS }, (_, index) => ({ runId: label, nodeId: `node-${index}`, attempt: 1 }));

const rawBullMq = async (concurrency: number) => {
  const name = `raw-${concurrency}`;
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue(name, { connection, prefix });
  const addMs = await time(() =>
    queue.addBulk(
      jobsFor(name).map((data) => ({
        name: 'node',
        data,
        opts: { jobId: `${data.runId}_${data.nodeId}_1`, removeOnComplete: { age: 3_600, count: 1_000 }, attempts: 3 },
      })),
    ),
  );
  let completed = 0;
  let finish!: () => void;
  const allDone = new Promise<void>((resolve) => (finish = resolve));
  const start = performance.now();
  const worker = new Worker(name, async () => {}, { connection, prefix, concurrency });
  worker.on('completed', () => {
    completed += 1;
    if (completed === JOBS) finish();
  });
  await allDone;
  const processMs = performance.now() - start;
  await worker.close();
  await queue.close();
  connection.disconnect();
  return { addMs, processMs };
};

const ourBullMq = async (concurrency: number) => {
  const queueNamePrefix = `ours${concurrency}`;
  const queue = createBullMqQueue({ redisUrl, prefix, queueNamePrefix });
  const addMs = await time(() => queue.enqueue(jobsFor(queueNamePrefix), { resourceClass: 'io' }));
  let completed = 0;
  let finish!: () => void;
  const allDone = new Promise<void>((resolve) => (finish = resolve));
  const start = performance.now();
  queue.process(async () => {}, {
    concurrency: { io: concurrency },
    onCompleted: () => {
      completed += 1;
      if (completed === JOBS) finish();
    },
  });
  await allDone;
  const processMs = performance.now() - start;
  await queue.close();
  return { addMs, processMs };
};

const throughput: { queue: string; concurrency: number; addJobsPerS: number; processJobsPerS: number }[] = [];
for (const concurrency of [1, 16]) {
  for (const [label, run] of [
    ['raw BullMQ', rawBullMq],
    ['@pc/engine BullMQ', ourBullMq],
  ] as const) {
    const { addMs, processMs } = await run(concurrency);
    throughput.push({
      queue: label,
      concurrency,
      addJobsPerS: Math.round(JOBS / (addMs / 1_000)),
      processJobsPerS: Math.round(JOBS / (processMs / 1_000)),
    });
  }
}

const cleanup = new Redis(redisUrl);
let cursor = '0';
do {
  const [next, keys] = await cleanup.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1_000);
  cursor = next;
  if (keys.length > 0) await cleanup.unlink(...keys);
} while (cursor !== '0');
cleanup.disconnect();

const results = {
  node: process.version,
  // A shared 2-core machine: the load average says how much of it the bench had.
  machine: { cores: availableParallelism(), loadAverage1m: Number((loadavg()[0] ?? 0).toFixed(2)) },
  graph: { nodes: graph.nodes.length, edges: graph.edges.length },
  ms: { plan1000: stats(planMs), planAndEnqueue1000InProcess: stats(planEnqueueMs) },
  queue: { jobs: JOBS, throughput },
};

const fmt = (ms: { median: number; p95: number }) => `${ms.median.toFixed(1).padStart(7)} ${ms.p95.toFixed(1).padStart(7)}`;
console.log(`\n@pc/engine — ${graph.nodes.length} nodes, ${graph.edges.length} edges, ${PLAN_RUNS} runs, ${process.version}, ${results.machine.cores} cores, load ${results.machine.loadAverage1m}\n`);
console.log('                                          median     p95');
console.log(`planRun (1,000 nodes)                 ms ${fmt(results.ms.plan1000)}`);
console.log(`plan + enqueue in-process (≤ 500)     ms ${fmt(results.ms.planAndEnqueue1000InProcess)}`);
console.log(`\nno-op jobs (${JOBS}), Redis at ${redisUrl}`);
console.log('queue                 concurrency   add jobs/s   process jobs/s');
for (const row of throughput) {
  console.log(`${row.queue.padEnd(22)}${String(row.concurrency).padStart(11)}${String(row.addJobsPerS).padStart(13)}${String(row.processJobsPerS).padStart(17)}`);
}

const out = join(dirname(fileURLToPath(import.meta.url)), '../../../bench/results/engine-queue.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${out}`);
