/**
 * One idle hop, step by step: timestamps around every Redis command and SQL statement
 * between a dependency's function returning and its first dependant's function starting
 * (BullMQ + Postgres, the idle scenario of run.ts). Prints the median time of each step
 * and the Redis replies and statements awaited on the way (and when BullMQ's Worker asked
 * for a job, next to when that fetch was sent), then the median of every hop of the runs and
 * of every job's handler time.
 *
 *   pnpm --filter @pc/bench-engine exec tsx hop-trace.ts     (HOP_TRACE_RUNS=40; HOP_TRACE_QUEUE=in-process)
 *
 * A diagnostic, not a bench: nothing is written. Needs Postgres and Redis as run.ts does.
 * To price a change against the same load, put it behind `(globalThis as { __abB?: boolean }).__abB`
 * in the engine while measuring (never committed) and set HOP_TRACE_AB=1: odd runs get it, and
 * the medians are printed for both halves (`total a`, `total b`). HOP_TRACE_ASYNC_COMMIT=1 runs
 * the whole database at `synchronous_commit = off` (what WAL flushes cost, as an upper bound).
 */
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { createDatabase, insertGraph, snapshotGraph } from '@pc/db';
import { createTestAccount, createTestDatabase } from '@pc/db/testing';
import { createBullMqQueue, createInProcessEventBus, createInProcessQueue, createRedisEventBus, createRunEngine, type JobQueue, type NodeFunctions } from '@pc/engine';
import { sql } from 'drizzle-orm';
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { wideGraph } from './graphs.js';

const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const RUNS = Number(process.env['HOP_TRACE_RUNS'] ?? 40);
const QUEUE = process.env['HOP_TRACE_QUEUE'] === 'in-process' ? 'in-process' : 'bullmq';
const prefix = `pc-hoptrace-${randomBytes(4).toString('hex')}`;

interface TraceEvent {
  at: number;
  what: string;
}
const events: TraceEvent[] = [];
const mark = (what: string) => events.push({ at: performance.now(), what });

// Every Redis command, by connection and (for scripts) BullMQ's script name.
type Command = { name: string; args: unknown[]; promise: Promise<unknown> };
const scriptNames = new Map<string, string>();
const originalSend = Redis.prototype.sendCommand;
Redis.prototype.sendCommand = function (this: Redis, command: Command, ...rest: unknown[]) {
  const connection = String((this.options as { connectionName?: string }).connectionName ?? 'other').replace('pc-engine-', '');
  if (scriptNames.size === 0 || command.name === 'evalsha') {
    const scripts = (this as unknown as { scriptsSet?: Record<string, { sha: string }> }).scriptsSet ?? {};
    for (const [name, script] of Object.entries(scripts)) scriptNames.set(script.sha, name);
  }
  const name = command.name === 'evalsha' ? (scriptNames.get(String(command.args[0])) ?? 'evalsha') : command.name;
  const label = `${connection}:${name}`;
  mark(`send ${label}`);
  const result = (originalSend as (this: Redis, ...args: unknown[]) => unknown).call(this, command, ...rest);
  command.promise.then(
    () => mark(`reply ${label}`),
    () => mark(`error ${label}`),
  );
  return result as ReturnType<typeof originalSend>;
} as typeof originalSend;

// When BullMQ's Worker asks for a job (a `moveToActive` call), next to when its command is sent.
const workerPrototype = Worker.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
const originalMoveToActive = workerPrototype['moveToActive'] as (...args: unknown[]) => unknown;
workerPrototype['moveToActive'] = function (this: unknown, ...args: unknown[]) {
  mark('call worker.moveToActive');
  return originalMoveToActive.apply(this, args);
};

const statementKind = (text: string) =>
  text.includes('with wanted as') ? 'claim' : text.includes('with item as') ? 'complete' : text.includes('update runs as r') ? 'finish' : text.trim().slice(0, 30);

const test = await createTestDatabase('postgres');
const databaseUrl = test.url ?? '';
if (process.env['HOP_TRACE_ASYNC_COMMIT']) {
  // Upper bound of what skipping the WAL flush saves: every commit of the database asynchronous.
  const admin = await createDatabase({ databaseUrl, maxConnections: 1 });
  await admin.db.execute(sql.raw(`alter database "${new URL(databaseUrl).pathname.slice(1)}" set synchronous_commit = off`));
  await admin.close();
}
const database = await createDatabase({ databaseUrl, maxConnections: 20 });
const client = (database.db as unknown as { $client: Record<string, unknown> }).$client;
const timed = (target: Record<string, unknown>) =>
  new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as unknown;
      if (property === 'unsafe' && typeof value === 'function')
        return (text: string, ...args: unknown[]) => {
          const kind = statementKind(text);
          mark(`send sql:${kind}`);
          const result = (value as (...a: unknown[]) => Promise<unknown>).call(object, text, ...args);
          result.then(
            () => mark(`reply sql:${kind}`),
            () => mark(`error sql:${kind}`),
          );
          return result;
        };
      if (property === 'reserve' && typeof value === 'function')
        return async () => timed((await (value as () => Promise<Record<string, unknown>>).call(object)) as Record<string, unknown>);
      return value;
    },
  });
const timedClient = timed(client);
const db = new Proxy(database.db, { get: (object, property, receiver) => (property === '$client' ? timedClient : Reflect.get(object, property, receiver)) });

/** Functions run so far. */
let handled = 0;
const functions: NodeFunctions = {
  versionOf: () => 1,
  versionsOf: () => ({ noop: 1 }),
  run: async (request) => {
    mark(`fn start ${request.node.id}`);
    mark(`fn end ${request.node.id}`);
    handled += 1;
    return { values: {}, artifacts: [] };
  },
};
const inner = QUEUE === 'bullmq' ? createBullMqQueue({ redisUrl, prefix, queueNamePrefix: 'hop' }) : createInProcessQueue({});
const queue: JobQueue = {
  ...inner,
  enqueue: (jobs, options) => {
    mark(`enqueue ${jobs.map((job) => job.nodeId).join(',')}`);
    return inner.enqueue(jobs, options);
  },
  process: (handler, options) =>
    inner.process(async (job, context) => {
      mark(`handler start ${job.nodeId}`);
      try {
        await handler(job, context);
      } finally {
        mark(`handler end ${job.nodeId}`);
      }
    }, options),
  cancel: (...args) => inner.cancel(...args),
  counts: () => inner.counts(),
  pause: (resourceClass) => inner.pause(resourceClass),
  resume: (resourceClass) => inner.resume(resourceClass),
  close: (options) => inner.close(options),
};
const bus = QUEUE === 'bullmq' ? createRedisEventBus({ redisUrl, prefix: `${prefix}-bus` }) : createInProcessEventBus();
const engine = createRunEngine({ db, queue, bus, functions });
const account = await createTestAccount(database.db);
engine.startWorkers({ cpu: 16 });

/** Every hop of every run, by variant. */
const allHops = new Map<string, number[]>();
/** Every job's handler time, by variant. */
const allHandlers = new Map<string, number[]>();
/** Per step name: the gap from the previous step, one sample per traced hop. */
const steps = new Map<string, number[]>();
const untilHandled = async (count: number) => {
  while (handled < count) await new Promise((resolve) => setTimeout(resolve, 1));
};
for (let index = 0; index <= RUNS; index += 1) {
  const { document, dependencies } = wideGraph(index);
  const graph = await insertGraph(database.db, { name: `hop ${index}`, workspaceId: account.workspaceId, document });
  const snapshot = await snapshotGraph(database.db, { graphId: graph.id });
  if (snapshot.kind !== 'snapshot') throw new Error('no snapshot');
  events.length = 0;
  // HOP_TRACE_AB: odd runs with the variant switched on (a temporary switch in the engine), so both see the same load.
  const variant = process.env['HOP_TRACE_AB'] && index % 2 === 1 ? 'b' : 'a';
  (globalThis as { __abB?: boolean }).__abB = variant === 'b';
  await engine.submitRun({ graphId: graph.id, workspaceId: account.workspaceId, revision: snapshot.revision.revision });
  await untilHandled(10 * (index + 1));
  await new Promise((resolve) => setTimeout(resolve, 20));
  if (index === 0) continue;
  // The hop Character → its first Scene to start: every event in between, in order.
  const from = events.findIndex((event) => event.what === `fn end r${index}-c`);
  const to = events.findIndex((event) => event.what.startsWith(`fn start r${index}-s`));
  if (from < 0 || to < 0) throw new Error('hop not traced');
  const seen = new Map<string, number>();
  let previous = events[from]!.at;
  for (const event of events.slice(from + 1, to + 1)) {
    const name = event.what.replace(/r\d+-/g, '').replace(/handler (start|end) \S+/, 'handler $1').replace(/fn start \S+/, 'fn start');
    const occurrence = (seen.get(name) ?? 0) + 1;
    seen.set(name, occurrence);
    const key = occurrence > 1 ? `${name} #${occurrence}` : name;
    const list = steps.get(key) ?? [];
    list.push(event.at - previous);
    steps.set(key, list);
    previous = event.at;
  }
  for (const key of ['total', `total ${variant}`]) {
    const list = steps.get(key) ?? [];
    list.push(events[to]!.at - events[from]!.at);
    steps.set(key, list);
  }
  // Every dependency → dependant hop of the run (run.ts's "dependency → dependant start"), not only the traced one.
  const at = (what: string) => events.find((event) => event.what === what)?.at ?? Number.NaN;
  const hops = allHops.get(variant) ?? [];
  for (const [node, ups] of dependencies) hops.push(at(`fn start ${node}`) - Math.max(...ups.map((up) => at(`fn end ${up}`))));
  allHops.set(variant, hops);
  // Every job's handler, start to end (the functions are no-ops): run.ts's "handler overhead".
  const handlers = allHandlers.get(variant) ?? [];
  for (const node of [`r${index}-c`, ...dependencies.keys()]) handlers.push(at(`handler end ${node}`) - at(`handler start ${node}`));
  allHandlers.set(variant, handlers);
}
// A handler still running when its run's trace is read has no end yet (NaN): left out, or the sort breaks.
const median = (all: number[]) => {
  const values = all.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)] ?? Number.NaN;
};
console.log(`hop trace, ${QUEUE} + Postgres, ${RUNS} runs, load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
console.log('step (gap since the previous step, ms: median, in how many hops)');
for (const [name, values] of steps) console.log(`  ${name.padEnd(48)} ${median(values).toFixed(3).padStart(7)}  ${values.length}/${RUNS}`);
for (const [variant, values] of allHops) console.log(`  every hop of the runs, ${variant}: median ${median(values).toFixed(3)} ms (${values.length} hops)`);
for (const [variant, values] of allHandlers) console.log(`  every job's handler, ${variant}: median ${median(values).toFixed(3)} ms (${values.length} jobs)`);
await inner.close({ deadlineMs: 2_000 });
await bus.close();
await database.close();
await test.dispose();
if (QUEUE === 'bullmq') {
  const redis = new Redis(redisUrl);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.unlink(...keys);
  redis.disconnect();
}
process.exit(0);
