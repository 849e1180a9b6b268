/**
 * Engine bench (issue item 9): end-to-end no-op node throughput and per-node orchestration
 * overhead of the DB-backed engine, next to raw BullMQ no-op processing on the same Redis
 * at the same concurrency, in the same invocation; plus the in-process queue on Postgres
 * and on PGlite, and submitting a 1,000-node graph.
 *
 *   pnpm bench:engine          (BENCH_RUNS=200 runs × 10 nodes; BENCH_LATENCY_RUNS=30)
 *
 * While iterating, run only some scenarios (nothing is written unless every scenario ran):
 *   BENCH_ONLY=raw,bullmq,inproc-pg,inproc-pglite,latency,submit   BENCH_CONCURRENCY=16,1
 * (ENGINE_DEPENDANTS_ADD=awaited|ordered, for an A/B of the engine's dependants add, also writes nothing)
 * and profile the timed part of the throughput scenarios: BENCH_CPU_PROFILE=<dir>.
 *
 * Needs Postgres (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres:
 * a fresh database per scenario, dropped after) and Redis (REDIS_URL: keys under a fresh
 * `pc-bench-*` prefix, deleted after). Prints tables, writes bench/results/engine.json and
 * rewrites the Engine section of docs/benchmarks.md.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { Session } from 'node:inspector';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase, insertGraph, runs, snapshotGraph, type Database } from '@pc/db';
import { createTestAccount, createTestDatabase } from '@pc/db/testing';
import {
  createBullMqQueue,
  createInProcessEventBus,
  createInProcessQueue,
  createRedisEventBus,
  createRunEngine,
  nativeSha256Hex,
  planRun,
  type DependantsAdd,
  type JobQueue,
  type NodeFunctions,
} from '@pc/engine';
import { Queue, Worker } from 'bullmq';
import { inArray, sql } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { Socket } from 'node:net';
import { featureFilm, wideGraph } from './graphs.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const RUNS = Number(process.env['BENCH_RUNS'] ?? 200);
const LATENCY_RUNS = Number(process.env['BENCH_LATENCY_RUNS'] ?? 30);
const NODES_PER_RUN = 10;
const SUBMIT_REPEATS = 7;
const prefix = `pc-bench-${randomBytes(4).toString('hex')}`;
const SCENARIOS = ['raw', 'bullmq', 'inproc-pg', 'inproc-pglite', 'latency', 'submit'] as const;
const only = process.env['BENCH_ONLY']?.split(',').map((name) => name.trim());
const unknownScenario = only?.find((name) => !(SCENARIOS as readonly string[]).includes(name));
if (unknownScenario) throw new Error(`BENCH_ONLY: unknown scenario ${unknownScenario} (known: ${SCENARIOS.join(', ')})`);
const wanted = (scenario: (typeof SCENARIOS)[number]) => !only || only.includes(scenario);
const CONCURRENCIES = (process.env['BENCH_CONCURRENCY'] ?? '16,1').split(',').map(Number);
/** The docs table and JSON are only rewritten by a full run. */
const FULL = !only && !process.env['BENCH_CONCURRENCY'] && !process.env['ENGINE_DEPENDANTS_ADD'];
/** The engine's `dependantsAdd` (A/B: awaited | ordered; docs/benchmarks.md, session 14); unset = the engine's default. */
const DEPENDANTS_ADD = ((): DependantsAdd | undefined => {
  const value = process.env['ENGINE_DEPENDANTS_ADD'];
  if (value === undefined || value === '') return undefined;
  if (value !== 'awaited' && value !== 'ordered') throw new Error(`ENGINE_DEPENDANTS_ADD: awaited or ordered, not ${value}`);
  return value;
})();

type DbKind = 'postgres' | 'pglite';
type QueueKind = 'bullmq' | 'in-process';
interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

const percentiles = (samples: number[]): Percentiles => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
};
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const uptime = () => {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return `load average: ${loadavg().map((load) => load.toFixed(2)).join(', ')}`;
  }
};

/** What the no-op functions and the handler wrapper record, by node id (unique across runs). */
class Probe {
  readonly fnStart = new Map<string, number>();
  readonly fnEnd = new Map<string, number>();
  readonly handlerMs = new Map<string, number>();
  /** When the engine asked the queue to add the node's job, and when the queue delivered it to the handler. */
  readonly enqueuedAt = new Map<string, number>();
  readonly handlerStart = new Map<string, number>();
  private handled = 0;
  private waiters: { count: number; resolve: () => void }[] = [];

  /** The test-only registry: every node type runs one function that does nothing. */
  readonly functions: NodeFunctions = {
    versionOf: () => 1,
    versionsOf: () => ({ noop: 1 }),
    run: async (request) => {
      this.fnStart.set(request.node.id, performance.now());
      this.fnEnd.set(request.node.id, performance.now());
      return { values: {}, artifacts: [] };
    },
  };

  /** The queue, with every handler call timed (the engine's whole per-job work). */
  wrap(queue: JobQueue): JobQueue {
    const enqueueAhead = queue.enqueueAhead?.bind(queue);
    const stamp = (jobs: readonly { nodeId: string }[]) => {
      const now = performance.now();
      for (const job of jobs) if (!this.enqueuedAt.has(job.nodeId)) this.enqueuedAt.set(job.nodeId, now);
    };
    return {
      enqueue: (jobs, options) => {
        stamp(jobs);
        return queue.enqueue(jobs, options);
      },
      ...(enqueueAhead
        ? {
            enqueueAhead: (jobs: Parameters<typeof enqueueAhead>[0], options: Parameters<typeof enqueueAhead>[1]) => {
              stamp(jobs);
              return enqueueAhead(jobs, options);
            },
          }
        : {}),
      process: (handler, options) =>
        queue.process(async (job, context) => {
          const start = performance.now();
          this.handlerStart.set(job.nodeId, start);
          try {
            await handler(job, context);
          } finally {
            this.handlerMs.set(job.nodeId, performance.now() - start);
            this.handled += 1;
            this.waiters = this.waiters.filter((waiter) => (this.handled >= waiter.count ? (waiter.resolve(), false) : true));
          }
        }, options),
      cancel: (runId, reason, jobs) => queue.cancel(runId, reason, jobs),
      counts: () => queue.counts(),
      pause: (resourceClass) => queue.pause(resourceClass),
      resume: (resourceClass) => queue.resume(resourceClass),
      close: (options) => queue.close(options),
    };
  }

  /** Resolves once `count` jobs in total have been handled. */
  untilHandled(count: number): Promise<void> {
    return this.handled >= count ? Promise.resolve() : new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  /** Dependency's function returned → dependant's function called; handler time minus function time. */
  overheads(dependencies: Map<string, string[]>, nodeIds: Iterable<string>) {
    const hops: number[] = [];
    const handler: number[] = [];
    // The hop in three parts: the completion statement (and whatever precedes the enqueue
    // call), the queue's add and pickup, the claim statement.
    const stages = { complete: [] as number[], pickup: [] as number[], claim: [] as number[] };
    for (const nodeId of nodeIds) {
      const start = this.fnStart.get(nodeId);
      const end = this.fnEnd.get(nodeId);
      const total = this.handlerMs.get(nodeId);
      if (start === undefined || end === undefined || total === undefined) throw new Error(`node ${nodeId} did not run`);
      handler.push(total - (end - start));
      const deps = dependencies.get(nodeId);
      if (!deps) continue;
      const depEnd = Math.max(...deps.map((dep) => this.fnEnd.get(dep) ?? Number.NaN));
      hops.push(start - depEnd);
      const enqueued = this.enqueuedAt.get(nodeId) ?? Number.NaN;
      const delivered = this.handlerStart.get(nodeId) ?? Number.NaN;
      stages.complete.push(enqueued - depEnd);
      stages.pickup.push(delivered - enqueued);
      stages.claim.push(start - delivered);
    }
    return {
      hop: percentiles(hops),
      handler: percentiles(handler),
      hopStages: { complete: percentiles(stages.complete), pickup: percentiles(stages.pickup), claim: percentiles(stages.claim) },
    };
  }
}

/**
 * Socket writes of this process by peer port (each one a syscall, and on a busy box often a
 * context switch to the peer): counted by wrapping `Socket.write`, which ioredis and
 * postgres.js both use.
 */
const socketWrites = new Map<number, number>();
const originalWrite = Socket.prototype.write;
Socket.prototype.write = function (this: Socket, ...args: Parameters<Socket['write']>) {
  const port = this.remotePort ?? 0;
  socketWrites.set(port, (socketWrites.get(port) ?? 0) + 1);
  return originalWrite.apply(this, args);
} as Socket['write'];
const writesSnapshot = () => new Map(socketWrites);
const writesSince = (before: Map<number, number>, port: number) => (socketWrites.get(port) ?? 0) - (before.get(port) ?? 0);
const REDIS_PORT = Number(new URL(redisUrl).port || 6379);
const POSTGRES_PORT = Number(new URL(process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres').port || 5432);

/** Commands Redis has run so far, every client counted (other users of the server add noise), by command. */
async function redisCommandCalls(): Promise<Map<string, number>> {
  const redis = new Redis(redisUrl);
  try {
    const info = await redis.info('commandstats');
    return new Map([...info.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)].map((match) => [match[1] as string, Number(match[2])]));
  } finally {
    redis.disconnect();
  }
}
/** CPU seconds the Redis server has used so far (INFO cpu: every client's work counts, like the commands). */
async function redisCpuSeconds(): Promise<number> {
  const redis = new Redis(redisUrl);
  try {
    const info = await redis.info('cpu');
    const field = (name: string) => Number(new RegExp(`^${name}:([0-9.]+)`, 'm').exec(info)?.[1] ?? Number.NaN);
    return field('used_cpu_user') + field('used_cpu_sys');
  } finally {
    redis.disconnect();
  }
}

/**
 * CPU ms used so far by the Postgres backends serving this database, by pid (from /proc:
 * only when Postgres runs on this machine; undefined otherwise). Backends of other
 * databases, other benches' included, are not counted.
 */
async function postgresBackendCpuMs(db: Database['db']): Promise<Map<number, number> | undefined> {
  const rows = (await db.execute(sql`select pid from pg_stat_activity where datname = current_database()`)) as unknown as { pid: number }[];
  const ticksPerMs = 100 / 1_000; // USER_HZ is 100 on Linux
  const usage = new Map<number, number>();
  for (const { pid } of rows) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      return undefined;
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    usage.set(pid, (Number(fields[11]) + Number(fields[12])) / ticksPerMs);
  }
  return usage;
}
const backendCpuSince = (before: Map<number, number> | undefined, after: Map<number, number> | undefined) =>
  before && after ? [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0) : undefined;

const commandsSince = (before: Map<string, number>, after: Map<string, number>) => {
  const delta = new Map<string, number>();
  for (const [command, calls] of after) if (calls - (before.get(command) ?? 0) > 0) delta.set(command, calls - (before.get(command) ?? 0));
  return delta;
};
const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, calls) => sum + calls, 0);
const topCommands = (counts: Map<string, number>, per: number) =>
  [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([command, calls]) => `${command} ${round(calls / per, 2)}`)
    .join(', ');

/**
 * With BENCH_CPU_PROFILE=<dir>, a V8 CPU profile of each timed engine section (not its
 * setup) is written there, for Chrome DevTools or speedscope.
 */
async function profiled<T>(name: string, work: () => Promise<T>): Promise<T> {
  const dir = process.env['BENCH_CPU_PROFILE'];
  if (!dir) return work();
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = (await post('Profiler.stop')) as { profile: object };
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}-${Date.now()}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}

interface EngineSetup {
  database: Database;
  queue: JobQueue;
  close(): Promise<void>;
}

let scenarioSeq = 0;
/** A fresh database (Postgres: its own; PGlite: in memory) and queue + bus of the kind asked. */
async function setUp(dbKind: DbKind, queueKind: QueueKind, concurrency: number, probe: Probe) {
  const test = await createTestDatabase(dbKind);
  const database = dbKind === 'postgres' ? await createDatabase({ databaseUrl: test.url, maxConnections: concurrency + 4 }) : test.database;
  scenarioSeq += 1;
  const onError = (error: unknown) => console.error('[bench] transport error:', error instanceof Error ? error.message : error);
  const queue =
    queueKind === 'bullmq' ? createBullMqQueue({ redisUrl, prefix, queueNamePrefix: `eng${scenarioSeq}`, onError }) : createInProcessQueue({ onError });
  const bus = queueKind === 'bullmq' ? createRedisEventBus({ redisUrl, prefix: `${prefix}-bus${scenarioSeq}`, onError }) : createInProcessEventBus();
  // Counts the engine's raw statements: every hot-path statement is one `execute`, or one
  // `unsafe` on the postgres.js client (prepared statements).
  const statements = { count: 0 };
  const counting = <T extends object>(target: T, method: string): T =>
    new Proxy(target, {
      get(object, property, receiver) {
        const value: unknown = Reflect.get(object, property, receiver);
        if (property !== method || typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          statements.count += 1;
          return (value as (...args: unknown[]) => unknown).apply(object, args);
        };
      },
    });
  const client = (database.db as unknown as { $client?: object }).$client;
  // A reserved connection (statements pipelined in sequence) counts its statements too.
  const countingReserve = (target: object): object =>
    new Proxy(counting(target, 'unsafe'), {
      get(object, property, receiver) {
        const value: unknown = Reflect.get(object, property, receiver);
        if (property !== 'reserve' || typeof value !== 'function') return value;
        return async () => counting((await (value as () => Promise<object>).apply(target)) as object, 'unsafe');
      },
    });
  const countingClient = client && 'unsafe' in client ? countingReserve(client) : client;
  const counted = new Proxy(counting(database.db, 'execute'), {
    get: (object, property, receiver) => (property === '$client' ? countingClient : Reflect.get(object, property, receiver)),
  });
  const engine = createRunEngine({ db: counted, queue: probe.wrap(queue), bus, functions: probe.functions, ...(DEPENDANTS_ADD ? { dependantsAdd: DEPENDANTS_ADD } : {}) });
  const account = await createTestAccount(database.db);
  const revisionOf = async (name: string, document: Parameters<typeof insertGraph>[1]['document']) => {
    const graph = await insertGraph(database.db, { name, workspaceId: account.workspaceId, document });
    const snapshot = await snapshotGraph(database.db, { graphId: graph.id });
    if (snapshot.kind !== 'snapshot') throw new Error('no snapshot');
    return { graphId: graph.id, workspaceId: account.workspaceId, revision: snapshot.revision.revision };
  };
  const setup: EngineSetup & { engine: typeof engine; revisionOf: typeof revisionOf; statements: typeof statements } = {
    database,
    queue,
    engine,
    statements,
    revisionOf,
    async close() {
      await queue.close({ deadlineMs: 2_000 });
      await bus.close();
      if (database !== test.database) await database.close();
      await test.dispose();
    },
  };
  return setup;
}

interface ThroughputResult {
  system: string;
  database: DbKind | '-';
  concurrency: number;
  nodeJobs: number;
  seconds: number;
  jobsPerS: number;
  hopMs?: Percentiles;
  handlerOverheadMs?: Percentiles;
  /** Engine SQL statements (`execute`) per node job, submits included. */
  statementsPerNode?: number;
  /** CPU time of this process per node job (the engine, the queue client; PGlite runs in it too). */
  cpuMsPerNode?: number;
  /** The part of {@link cpuMsPerNode} spent in the kernel (socket reads and writes, mostly). */
  systemCpuMsPerNode?: number;
  /** Redis commands per node job (server-wide count: noisy when others use the server). */
  redisCommandsPerNode?: number;
  redisTopCommands?: string;
  /** The Postgres backends' CPU per node job (this database's connections; Postgres on this machine only). */
  postgresCpuMsPerNode?: number;
  /** The Redis server's CPU per node job (server-wide: others' use adds noise). */
  redisCpuMsPerNode?: number;
  /** Socket writes of this process per node job, to Redis and to Postgres. */
  redisWritesPerNode?: number;
  postgresWritesPerNode?: number;
}

/** RUNS runs of the 10-node graph submitted at once; node jobs/s from the first submit to the last handler's return. */
async function engineThroughput(dbKind: DbKind, queueKind: QueueKind, concurrency: number): Promise<ThroughputResult> {
  const probe = new Probe();
  const setup = await setUp(dbKind, queueKind, concurrency, probe);
  try {
    const graphs: Awaited<ReturnType<typeof setup.revisionOf>>[] = [];
    const dependencies = new Map<string, string[]>();
    for (let index = 0; index <= RUNS; index += 1) {
      const { document, dependencies: deps } = wideGraph(index);
      for (const [node, ups] of deps) dependencies.set(node, ups);
      graphs.push(await setup.revisionOf(`bench ${index}`, document));
    }
    setup.engine.startWorkers({ cpu: concurrency });
    // Warm-up: one run (JIT, connections, the queue's scripts), not counted.
    const warmUp = await setup.engine.submitRun(graphs[RUNS]!);
    await probe.untilHandled(NODES_PER_RUN);
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const writesBefore = writesSnapshot();
    const redisBefore = await redisCommandCalls();
    const redisCpuBefore = await redisCpuSeconds();
    const postgresCpuBefore = dbKind === 'postgres' ? await postgresBackendCpuMs(setup.database.db) : undefined;
    const statementsStart = setup.statements.count;
    const ids: string[] = [];
    await profiled(`${queueKind}-${dbKind}-c${concurrency}`, async () => {
      for (let index = 0; index < RUNS; index += 8) {
        const batch = await Promise.all(graphs.slice(index, Math.min(index + 8, RUNS)).map((graph) => setup.engine.submitRun(graph)));
        ids.push(...batch.map((run) => run.id));
      }
      await probe.untilHandled(NODES_PER_RUN * (RUNS + 1));
    });
    const seconds = (performance.now() - start) / 1_000;
    const cpu = process.cpuUsage(cpuStart);
    const redisWrites = writesSince(writesBefore, REDIS_PORT);
    const postgresWrites = writesSince(writesBefore, POSTGRES_PORT);
    const statementsRun = setup.statements.count - statementsStart;
    const redisCommands = commandsSince(redisBefore, await redisCommandCalls());
    const redisCpuMs = ((await redisCpuSeconds()) - redisCpuBefore) * 1_000;
    const postgresCpuMs = dbKind === 'postgres' ? backendCpuSince(postgresCpuBefore, await postgresBackendCpuMs(setup.database.db)) : undefined;
    const rows = await setup.database.db.select({ status: runs.status }).from(runs).where(inArray(runs.id, [...ids, warmUp.id]));
    const failed = rows.filter((row) => row.status !== 'succeeded').length;
    if (rows.length !== RUNS + 1 || failed > 0) throw new Error(`${failed} of ${rows.length} runs did not succeed`);
    const measured = [...dependencies.keys(), ...Array.from({ length: RUNS }, (_, index) => `r${index}-c`)].filter((id) => !id.startsWith(`r${RUNS}-`));
    const { hop, handler } = probe.overheads(dependencies, measured);
    const nodeJobs = RUNS * NODES_PER_RUN;
    return {
      system: queueKind === 'bullmq' ? 'engine, BullMQ' : 'engine, in-process',
      database: dbKind,
      concurrency,
      nodeJobs,
      seconds,
      jobsPerS: nodeJobs / seconds,
      hopMs: hop,
      handlerOverheadMs: handler,
      statementsPerNode: statementsRun / nodeJobs,
      redisCommandsPerNode: total(redisCommands) / nodeJobs,
      redisTopCommands: topCommands(redisCommands, nodeJobs),
      redisWritesPerNode: redisWrites / nodeJobs,
      postgresWritesPerNode: postgresWrites / nodeJobs,
      cpuMsPerNode: (cpu.user + cpu.system) / 1_000 / nodeJobs,
      systemCpuMsPerNode: cpu.system / 1_000 / nodeJobs,
      ...(postgresCpuMs === undefined ? {} : { postgresCpuMsPerNode: postgresCpuMs / nodeJobs }),
      ...(queueKind === 'bullmq' ? { redisCpuMsPerNode: redisCpuMs / nodeJobs } : {}),
    };
  } finally {
    await setup.close();
  }
}

/** Runs submitted one after another on an idle engine: the per-node overhead without queueing behind other runs. */
async function engineLatency(dbKind: DbKind, queueKind: QueueKind, concurrency: number) {
  const probe = new Probe();
  const setup = await setUp(dbKind, queueKind, concurrency, probe);
  try {
    setup.engine.startWorkers({ cpu: concurrency });
    const dependencies = new Map<string, string[]>();
    const measured: string[] = [];
    for (let index = 0; index <= LATENCY_RUNS; index += 1) {
      const { document, dependencies: deps } = wideGraph(index);
      const graph = await setup.revisionOf(`latency ${index}`, document);
      await setup.engine.submitRun(graph);
      await probe.untilHandled(NODES_PER_RUN * (index + 1));
      if (index === 0) continue; // warm-up
      for (const [node, ups] of deps) dependencies.set(node, ups);
      measured.push(...document.nodes.map((node) => node.id));
    }
    return { system: queueKind === 'bullmq' ? 'engine, BullMQ' : 'engine, in-process', database: dbKind, concurrency, runs: LATENCY_RUNS, ...probe.overheads(dependencies, measured) };
  } finally {
    await setup.close();
  }
}

/** BullMQ alone: the same number of no-op jobs, added first, then timed from worker start to the last completion. */
async function rawBullMq(concurrency: number): Promise<ThroughputResult> {
  const jobs = RUNS * NODES_PER_RUN;
  const name = `raw${concurrency}`;
  const producer = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const consumer = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue(name, { connection: producer, prefix });
  try {
    const data = (index: number) => ({ runId: 'raw', nodeId: `n${index}`, attempt: 1 });
    await queue.addBulk(Array.from({ length: jobs + 50 }, (_, index) => ({ name: 'noop', data: data(index), opts: { removeOnComplete: { count: 10_000 } } })));
    let completed = 0;
    let startedAt = 0;
    let redisBefore = new Map<string, number>();
    let redisCpuBefore = Number.NaN;
    let cpuStart = process.cpuUsage();
    let finished: (ms: number) => void = () => {};
    const done = new Promise<number>((resolve) => (finished = resolve));
    const worker = new Worker(name, async () => {}, { connection: consumer, prefix, concurrency });
    worker.on('completed', () => {
      completed += 1;
      if (completed === 50) {
        startedAt = performance.now(); // the first 50 warm up
        cpuStart = process.cpuUsage();
        void redisCommandCalls().then((counts) => (redisBefore = counts));
        void redisCpuSeconds().then((seconds) => (redisCpuBefore = seconds));
      }
      if (completed === jobs + 50) finished(performance.now() - startedAt);
    });
    const ms = await done;
    const cpu = process.cpuUsage(cpuStart);
    const redisCommands = commandsSince(redisBefore, await redisCommandCalls());
    const redisCpuMs = ((await redisCpuSeconds()) - redisCpuBefore) * 1_000;
    await worker.close();
    return {
      system: 'raw BullMQ',
      database: '-',
      concurrency,
      nodeJobs: jobs,
      seconds: ms / 1_000,
      jobsPerS: jobs / (ms / 1_000),
      cpuMsPerNode: (cpu.user + cpu.system) / 1_000 / jobs,
      systemCpuMsPerNode: cpu.system / 1_000 / jobs,
      redisCpuMsPerNode: redisCpuMs / jobs,
      redisCommandsPerNode: total(redisCommands) / jobs,
      redisTopCommands: topCommands(redisCommands, jobs),
    };
  } finally {
    await queue.close();
    producer.disconnect();
    consumer.disconnect();
  }
}

/**
 * submitRun of a 1,000-node graph, no workers. Cold: each repeat submits a new revision (the
 * engine reads and plans it: nothing cached); warm: the same revision again (revision and plan
 * come from the engine's cache; the cache lookup, insert and enqueue are paid every time).
 */
async function submitThousand(dbKind: DbKind, queueKind: QueueKind) {
  const probe = new Probe();
  const setup = await setUp(dbKind, queueKind, 4, probe);
  try {
    const document = featureFilm(1_000);
    const graph = await setup.revisionOf('feature film', document);
    const plan: number[] = [];
    const submit: number[] = [];
    const warm: number[] = [];
    for (let repeat = 0; repeat <= SUBMIT_REPEATS; repeat += 1) {
      let start = performance.now();
      // Keyed as the engine keys (node:crypto's SHA-256), so this is the planning inside submitRun.
      planRun(document, { getFunctionVersion: () => 1, hash: nativeSha256Hex });
      const planMs = performance.now() - start;
      const fresh = repeat === 0 ? graph : await setup.revisionOf(`feature film ${repeat}`, document);
      start = performance.now();
      await setup.engine.submitRun(fresh);
      const submitMs = performance.now() - start;
      start = performance.now();
      await setup.engine.submitRun(fresh);
      const warmMs = performance.now() - start;
      if (repeat === 0) continue; // warm-up
      plan.push(planMs);
      submit.push(submitMs);
      warm.push(warmMs);
    }
    return {
      system: queueKind === 'bullmq' ? 'engine, BullMQ' : 'engine, in-process',
      database: dbKind,
      nodes: document.nodes.length,
      edges: document.edges.length,
      planMs: percentiles(plan),
      submitMs: percentiles(submit),
      warmSubmitMs: percentiles(warm),
    };
  } finally {
    await setup.close();
  }
}

async function deletePrefix() {
  const redis = new Redis(redisUrl);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1_000);
    cursor = next;
    if (keys.length > 0) await redis.unlink(...keys);
  } while (cursor !== '0');
  redis.disconnect();
}

// ---------------------------------------------------------------------------------------

const loadBefore = uptime();
const started = new Date();
console.log(`engine bench: ${RUNS} runs × ${NODES_PER_RUN} no-op nodes per scenario; dependants added ${DEPENDANTS_ADD ?? 'by default'}; ${loadBefore}`);
const throughput: ThroughputResult[] = [];
const latency = [];
const submits = [];
try {
  for (const concurrency of CONCURRENCIES) {
    // Raw BullMQ right before the engine on BullMQ at the same concurrency: the ratio's two halves share the machine's state.
    for (const [scenario, measure] of [
      ['raw', () => rawBullMq(concurrency)],
      ['bullmq', () => engineThroughput('postgres', 'bullmq', concurrency)],
      ['inproc-pg', () => engineThroughput('postgres', 'in-process', concurrency)],
      ['inproc-pglite', () => engineThroughput('pglite', 'in-process', concurrency)],
    ] as const) {
      if (!wanted(scenario)) continue;
      const result = await measure();
      throughput.push(result);
      const raw = throughput.find((row) => row.system === 'raw BullMQ' && row.concurrency === concurrency);
      const ratio = raw && result !== raw ? ` (${Math.round((100 * result.jobsPerS) / raw.jobsPerS)} % of raw BullMQ)` : '';
      const overhead = result.handlerOverheadMs
        ? `; hop p50 ${round(result.hopMs?.p50 ?? 0)} ms, handler overhead p50 ${round(result.handlerOverheadMs.p50)} ms; ${round(result.statementsPerNode ?? 0, 2)} statements per node`
        : '';
      const system = result.systemCpuMsPerNode === undefined ? '' : ` (${round(result.systemCpuMsPerNode, 2)} of it in the kernel)`;
      const cpu = result.cpuMsPerNode === undefined ? '' : `; ${round(result.cpuMsPerNode, 2)} CPU ms per node${system}`;
      const servers = [
        result.postgresCpuMsPerNode === undefined ? '' : `Postgres ${round(result.postgresCpuMsPerNode, 2)}`,
        result.redisCpuMsPerNode === undefined ? '' : `Redis ${round(result.redisCpuMsPerNode, 2)}`,
      ].filter(Boolean);
      const serverCpu = servers.length > 0 ? `; server CPU ms per node: ${servers.join(', ')}` : '';
      const redis = result.redisCommandsPerNode ? `; Redis commands per node ${round(result.redisCommandsPerNode, 1)} (${result.redisTopCommands})` : '';
      const writes = result.redisWritesPerNode === undefined ? '' : `; socket writes per node: Redis ${round(result.redisWritesPerNode ?? 0, 2)}, Postgres ${round(result.postgresWritesPerNode ?? 0, 2)}`;
      console.log(`  ${result.system} (${result.database}, concurrency ${concurrency}): ${Math.round(result.jobsPerS)} node jobs/s${ratio}${overhead}${cpu}${serverCpu}${redis}${writes}`);
    }
  }
  for (const [dbKind, queueKind] of [['postgres', 'bullmq'], ['postgres', 'in-process'], ['pglite', 'in-process']] as const) {
    if (wanted('latency')) {
      const row = await engineLatency(dbKind, queueKind, 16);
      latency.push(row);
      const { complete, pickup, claim } = row.hopStages;
      console.log(
        `  idle ${row.system} (${row.database}): hop p50 ${round(row.hop.p50)} ms (completion ${round(complete.p50, 2)} + enqueue and pickup ${round(pickup.p50, 2)} + claim ${round(claim.p50, 2)}), handler overhead p50 ${round(row.handler.p50)} ms`,
      );
    }
    if (wanted('submit')) {
      const row = await submitThousand(dbKind, queueKind);
      submits.push(row);
      console.log(`  submit 1,000 nodes ${row.system} (${row.database}): p50 ${round(row.submitMs.p50)} ms`);
    }
  }
} finally {
  await deletePrefix();
}
const loadAfter = uptime();
if (!FULL) {
  console.log(`partial run (BENCH_ONLY / BENCH_CONCURRENCY): nothing written; ${loadAfter}`);
  process.exit(0);
}

const rawAt = (concurrency: number) => throughput.find((row) => row.system === 'raw BullMQ' && row.concurrency === concurrency)!.jobsPerS;
const fmt = (p: Percentiles | undefined) => (p ? `${round(p.p50)} / ${round(p.p95)} / ${round(p.p99)}` : '–');
const throughputTable = [
  '| system | database | concurrency | node jobs/s | vs raw BullMQ | dependency → dependant start, ms (p50 / p95 / p99) | handler overhead, ms (p50 / p95 / p99) | SQL statements / node | CPU ms / node (this process) | server CPU ms / node (Postgres / Redis) | Redis commands / node |',
  '|---|---|---:|---:|---:|---|---|---:|---:|---|---:|',
  ...throughput.map(
    (row) =>
      `| ${row.system} | ${row.database} | ${row.concurrency} | ${Math.round(row.jobsPerS).toLocaleString('en-US')} | ${row.system === 'raw BullMQ' ? '100 %' : `${Math.round((100 * row.jobsPerS) / rawAt(row.concurrency))} %`} | ${fmt(row.hopMs)} | ${fmt(row.handlerOverheadMs)} | ${row.statementsPerNode === undefined ? '–' : round(row.statementsPerNode, 2)} | ${row.cpuMsPerNode === undefined ? '–' : round(row.cpuMsPerNode, 2)} | ${row.postgresCpuMsPerNode === undefined ? '–' : round(row.postgresCpuMsPerNode, 2)} / ${row.redisCpuMsPerNode === undefined ? '–' : round(row.redisCpuMsPerNode, 2)} | ${row.redisCommandsPerNode ? round(row.redisCommandsPerNode, 1) : '–'} |`,
  ),
];
const latencyTable = [
  '| system | database | dependency → dependant start, ms (p50 / p95 / p99) | handler overhead, ms (p50 / p95 / p99) |',
  '|---|---|---|---|',
  ...latency.map((row) => `| ${row.system} | ${row.database} | ${fmt(row.hop)} | ${fmt(row.handler)} |`),
];
const submitTable = [
  '| system | database | planRun, ms (p50 / p95) | submitRun, new revision: read + plan + insert + enqueue, ms (p50 / p95) | submitRun again, same revision (plan cached), ms (p50 / p95) |',
  '|---|---|---|---|---|',
  ...submits.map(
    (row) =>
      `| ${row.system} | ${row.database} | ${round(row.planMs.p50)} / ${round(row.planMs.p95)} | ${round(row.submitMs.p50)} / ${round(row.submitMs.p95)} | ${round(row.warmSubmitMs.p50)} / ${round(row.warmSubmitMs.p95)} |`,
  ),
];

const bullmq16 = throughput.find((row) => row.system === 'engine, BullMQ' && row.concurrency === 16)!;
const latencyBullmq = latency.find((row) => row.system === 'engine, BullMQ')!;
const submitBullmq = submits.find((row) => row.system === 'engine, BullMQ')!;
const targets = [
  `| per-node overhead p50 (idle engine, Postgres + BullMQ, dependency → dependant start) | ${round(latencyBullmq.hop.p50)} ms | < 5 ms | ${latencyBullmq.hop.p50 < 5 ? 'met' : 'not met'} |`,
  `| per-node handler overhead p50 (same) | ${round(latencyBullmq.handler.p50)} ms | < 5 ms | ${latencyBullmq.handler.p50 < 5 ? 'met' : 'not met'} |`,
  `| end-to-end throughput vs raw BullMQ, concurrency 16 | ${Math.round((100 * bullmq16.jobsPerS) / rawAt(16))} % | ≥ 30 % | ${bullmq16.jobsPerS / rawAt(16) >= 0.3 ? 'met' : 'not met'} |`,
  `| 1,000-node graph planned and enqueued (submitRun of a new revision, Postgres + BullMQ, p50) | ${round(submitBullmq.submitMs.p50)} ms | < 500 ms | ${submitBullmq.submitMs.p50 < 500 ? 'met' : 'not met'} |`,
];
const machine = `${availableParallelism()} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`;
const section = [
  '<!-- engine-bench:start -->',
  '## Engine: no-op node throughput and orchestration overhead',
  '',
  `\`pnpm bench:engine\` (bench/engine/run.ts) — ${started.toISOString().slice(0, 10)}, ${machine}; Postgres and Redis on the same box.`,
  '',
  `Machine load — before: \`${loadBefore}\`; after: \`${loadAfter}\`.`,
  '',
  `Each scenario: a fresh Postgres database (or in-memory PGlite) and Redis prefix; ${RUNS} runs of a 10-node graph`,
  '(a Character cast in 3 Scenes, 2 Shots per Scene: 9 dependency hops per run) submitted at once, with a test-only',
  'registry whose every function is a no-op; node jobs/s from the first submit to the last handler returning (after one',
  'warm-up run). Raw BullMQ: the same number of no-op jobs added first, then processed by a Worker of the same',
  'concurrency, measured right before the engine in the same invocation. "Dependency → dependant start": the',
  "dependency's function returned → the dependant's function called (the completion statement: output upsert, guarded completion, decrement; the enqueue;",
  'queue pickup; the claim statement: guarded start, cache lookup, upstream read); under load it includes waiting behind other runs.',
  '"Handler overhead": the whole job handler minus the function. Statements: the engine\'s SQL statements per node job (submits',
  'included); CPU: this process\'s CPU time per node job (the engine and the queue client; PGlite runs in it too; Postgres and',
  'Redis not included); server CPU: the CPU time of the Postgres backends serving the scenario\'s database (from /proc) and of the',
  'Redis server (INFO cpu, server-wide) per node job — on a 2-core box the three processes share the cores, so node jobs/s is',
  'bounded by their sum; Redis commands: counted server-wide (INFO commandstats, Lua scripts\' inner commands included), so',
  'other users of the server add noise. Raw BullMQ adds its jobs before the timed part: its commands and CPU exclude the adds.',
  '',
  ...throughputTable,
  '',
  `Idle engine (${LATENCY_RUNS} runs one after another, concurrency 16): per-node overhead without queueing.`,
  '',
  ...latencyTable,
  '',
  'A 1,000-node graph (1,000 nodes, ~2,000 edges), no workers:',
  '',
  ...submitTable,
  '',
  '| target | measured | target | |',
  '|---|---:|---:|---|',
  ...targets,
  '<!-- engine-bench:end -->',
].join('\n');

console.log(`\n${section}\n`);
const results = {
  date: started.toISOString(),
  machine: { cores: availableParallelism(), cpu: cpus()[0]?.model.trim(), memoryGiB: round(totalmem() / 2 ** 30), node: process.version, uptimeBefore: loadBefore, uptimeAfter: loadAfter },
  config: { runs: RUNS, nodesPerRun: NODES_PER_RUN, latencyRuns: LATENCY_RUNS },
  throughput: throughput.map((row) => ({ ...row, ratioToRawBullMq: row.jobsPerS / rawAt(row.concurrency) })),
  latency,
  submit1000: submits,
};
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'engine.json'), `${JSON.stringify(results, null, 2)}\n`);
const docsPath = join(root, 'docs', 'benchmarks.md');
const docs = readFileSync(docsPath, 'utf8');
const marked = /<!-- engine-bench:start -->[\s\S]*?<!-- engine-bench:end -->/;
writeFileSync(docsPath, marked.test(docs) ? docs.replace(marked, section) : `${docs.trimEnd()}\n\n${section}\n`);
console.log('wrote bench/results/engine.json and the Engine section of docs/benchmarks.md');
process.exit(0);
