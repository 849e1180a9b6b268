/*
 * The embedded database's cost of the collab update log, alone: PGlite in its thread (as the
 * server opens it), the batched append of GRAPHS rooms' flushes every FLUSH_MS, for SECONDS.
 * Reports the CPU per second of the main thread, of the database thread and of V8's helper
 * threads (the threads that existed before the database opened), and per statement.
 *
 *   pnpm --filter @pc/bench-collab exec tsx db-append.ts
 *   GRAPHS=10 FLUSH_MS=100 WINDOW_SECONDS=10 UPDATE_BYTES=60 STATEMENT=append pnpm --filter @pc/bench-collab exec tsx db-append.ts
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendGraphDocUpdates, createDatabase, insertGraph, migrate, signUpUser } from '../../packages/db/src/index.js';
import { emptyGraphDocument } from '../../packages/graph/src/index.js';
import { threadGroupCpuUs } from './thread-cpu.mjs';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const GRAPHS = env('GRAPHS', 10);
const FLUSH_MS = env('FLUSH_MS', 100);
const SECONDS = env('WINDOW_SECONDS', 10);
const UPDATE_BYTES = env('UPDATE_BYTES', 60);

const sample = () => {
  const { mainCpuUs, runtimeThreadsCpuUs, startedThreadsCpuUs } = threadGroupCpuUs();
  const { user, system } = process.cpuUsage();
  return { main: mainCpuUs, runtime: runtimeThreadsCpuUs, database: startedThreadsCpuUs, process: user + system };
};

const dataDir = await mkdtemp(join(tmpdir(), 'pc-db-append-'));
const database = await createDatabase({ dataDir });
try {
  await migrate(database);
  const { db } = database;
  const signUp = await signUpUser(db, { email: 'bench@example.test', name: 'Bench', passwordHash: 'x' });
  if (signUp.kind !== 'created') throw new Error('sign-up failed');
  const graphIds: string[] = [];
  for (let i = 0; i < GRAPHS; i += 1) graphIds.push((await insertGraph(db, { name: `g${i}`, workspaceId: signUp.personalWorkspaceId, document: emptyGraphDocument() })).id);
  let seq = 0;
  /** append: the update log's batched append (what the server runs per flush tick); ping: `select 1`, the floor of any statement; none: the timer alone. */
  const STATEMENT = process.env.STATEMENT ?? 'append';
  const statement: Record<string, () => Promise<unknown>> = {
    append: () => appendGraphDocUpdates(db, graphIds.map((graphId) => ({ graphId, update: new Uint8Array(UPDATE_BYTES).fill(seq++ & 0xff) })), { serialised: true }),
    ping: () => database.ping(),
    none: async () => undefined,
  };
  const tick = statement[STATEMENT];
  if (!tick) throw new Error('STATEMENT is append, ping or none');

  // Warm-up: the JIT and WASM tier-up of the append path.
  for (let i = 0; i < 200; i += 1) await tick();
  const before = sample();
  const startedAt = performance.now();
  let statements = 0;
  for (let at = startedAt; at < startedAt + SECONDS * 1000; at += FLUSH_MS) {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, at - performance.now())));
    await tick();
    statements += 1;
  }
  const after = sample();
  const seconds = (performance.now() - startedAt) / 1000;
  const perSecond = (key: keyof typeof before) => ((after[key] - before[key]) / 1000 / seconds).toFixed(1);
  const perStatement = (key: keyof typeof before) => ((after[key] - before[key]) / statements).toFixed(0);
  console.log(
    JSON.stringify({
      config: { GRAPHS, FLUSH_MS, SECONDS, UPDATE_BYTES, STATEMENT },
      statements,
      cpuMsPerSecond: { process: perSecond('process'), main: perSecond('main'), database: perSecond('database'), runtime: perSecond('runtime') },
      cpuUsPerStatement: { process: perStatement('process'), main: perStatement('main'), database: perStatement('database'), runtime: perStatement('runtime') },
    }),
  );
} finally {
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
}
