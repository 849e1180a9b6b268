/**
 * What BullMQ's client work costs this process per call, next to nothing else: an ioredis
 * `pipeline()` on a connection BullMQ defined its scripts on (patches/ioredis@5.11.1.patch
 * keeps it from copying them), and adding a completion's few dependants (3-job batches)
 * with one `addBulk` or one `add` each (the engine's ADDS_WITHOUT_PIPELINE choice).
 *
 *   pnpm --filter @pc/bench-engine exec tsx pipeline-cost.ts      (PIPELINE_COST_ROUNDS=5)
 *
 * A diagnostic, not a bench: nothing is written. CPU time is this process's (user + system),
 * so the add figures include the socket writes; rounds alternate the two add paths.
 */
import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';

const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const ROUNDS = Number(process.env['PIPELINE_COST_ROUNDS'] ?? 5);
const PIPELINES = 20_000;
const BATCHES = 1_500;
const prefix = `pc-pipecost-${randomBytes(4).toString('hex')}`;

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1_000;
};

const connection = new Redis(redisUrl);
const queue = new Queue('pipeline-cost', { connection, prefix });
await queue.waitUntilReady();

const pipelineMicros = (): number => {
  const start = process.cpuUsage();
  for (let i = 0; i < PIPELINES; i++) connection.pipeline();
  return (cpuMs(start) * 1_000) / PIPELINES;
};

// The engine's job options (bullmq/queue.ts), so the adds pack what the engine's do.
const opts = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1_000, jitter: 0.5 },
  removeOnComplete: { age: 3_600, count: 1_000 },
  removeOnFail: { age: 86_400, count: 1_000 },
};
let seq = 0;
const nextJob = () => {
  const runId = `r${seq++}`;
  return { name: 'node', data: { runId, nodeId: 'n', attempt: 1 }, opts: { ...opts, jobId: `${runId}_n_1` } };
};
const addMillis = async (mode: 'addBulk' | 'add'): Promise<number> => {
  const start = process.cpuUsage();
  for (let batch = 0; batch < BATCHES; batch++) {
    const jobs = [nextJob(), nextJob(), nextJob()];
    if (mode === 'addBulk') await queue.addBulk(jobs);
    else await Promise.all(jobs.map((job) => queue.add(job.name, job.data, job.opts)));
  }
  return cpuMs(start) / (BATCHES * 3);
};

try {
  pipelineMicros();
  await addMillis('addBulk');
  await addMillis('add');
  const rows = { pipeline: [] as string[], addBulk: [] as string[], add: [] as string[] };
  for (let round = 0; round < ROUNDS; round++) {
    rows.pipeline.push(pipelineMicros().toFixed(1));
    rows.addBulk.push((await addMillis('addBulk')).toFixed(3));
    rows.add.push((await addMillis('add')).toFixed(3));
  }
  console.log(`CPU µs per pipeline() on a BullMQ connection (${Object.keys((connection as unknown as { scriptsSet: object }).scriptsSet).length} scripts): ${rows.pipeline.join(' / ')}`);
  console.log(`CPU ms per added job, 3-job batches — addBulk: ${rows.addBulk.join(' / ')}; one add each: ${rows.add.join(' / ')}`);
} finally {
  await queue.obliterate({ force: true });
  await queue.close();
  connection.disconnect();
}
