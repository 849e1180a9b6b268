/*
 * bench/collab: the collab endpoint under load, next to the stock y-websocket server
 * (@y/websocket-server 0.1.1: same protocol, same Yjs 13, no auth, no persistence).
 *
 *   pnpm --filter @pc/bench-collab bench            # defaults below; env overrides them
 *   SIZES=500 SERVERS=ours pnpm --filter @pc/bench-collab bench
 *   BENCH_SERVER_FLAGS='--cpu-prof --cpu-prof-dir=/tmp/prof' …   # extra node flags for the servers
 *   SERVERS=ours,ours-pg,stock BENCH_DATABASE_URL=postgres://…    # ours on PGlite and on Postgres
 *   SERVERS=ours-base,ours,stock BENCH_BASELINE=/path/to/other/apps/server/dist/bench/main.js   # A/B against another build
 *
 * Each server runs as a child process under `node --expose-gc` (server-host.mjs answers
 * probes: forced GC, RSS, CPU time of the server itself). The clients are stock
 * y-websocket providers spread over CLIENT_PROCS client processes (clients.ts), so the
 * bench measures the server, not one process parsing every copy. For every size N in
 * SIZES, ours and the stock server run back to back (a pair under the same machine load),
 * each on a fresh process:
 *   - idle memory: N connections over GRAPHS graphs already open (one writer each), synced
 *     and idle; (RSS after − RSS before) / N, both after a forced GC;
 *   - fan-out: one writer per graph sets a timestamp UPDATES times at RATE_HZ; every
 *     other client records arrival − send (p50/p99); server CPU time per delivery;
 *   - join: JOINERS sockets open one 1,000-node graph at once, each sends sync step 1
 *     with an empty state vector; time until the server's step 2 has arrived.
 * Prints a table and writes bench/results/collab.json.
 */
import { fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGraphDoc } from '../../packages/document/src/index.js';
import { buildBenchGraph } from '../canvas/graph.js';
import type { ClientCommand, ClientReply } from './clients.js';
import { connect, wallNow } from './provider.js';
import { markSentAt } from './sent-mark.js';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const SIZES = (process.env.SIZES ?? '100,500,1000').split(',').map(Number);
const SERVERS = (process.env.SERVERS ?? 'ours,stock').split(',');
const GRAPHS = env('GRAPHS', 10);
const UPDATES = env('UPDATES', 100);
const RATE_HZ = env('RATE_HZ', 10);
const JOINERS = env('JOINERS', 100);
const CLIENT_PROCS = env('CLIENT_PROCS', 4);
/** LIGHT=0 skips the fan-out to light receivers, PROVIDERS=0 the one to providers (and JOINS=0 the join storm). */
const LIGHT = env('LIGHT', 1) !== 0;
const PROVIDERS = env('PROVIDERS', 1) !== 0;
const LIGHT_ROUNDS = env('LIGHT_ROUNDS', 1);
const JOINS = env('JOINS', 1) !== 0;
/**
 * aligned: every writer writes in the same turn of the bench's loop, RATE_HZ times a second
 * (a burst of GRAPHS updates at once: the runs up to session 6); spread: writer i writes
 * i / GRAPHS of a period later than writer 0, same rate (independent people do not type
 * in step).
 */
const WRITE_PHASE = process.env.WRITE_PHASE ?? 'aligned';
if (WRITE_PHASE !== 'aligned' && WRITE_PHASE !== 'spread') throw new Error('WRITE_PHASE is aligned or spread');
/** BENCH_PROFILE_DIR: a CPU profile of the server's main thread in the light window only. */
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR;

process.setMaxListeners(0);

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

function waitForOutput(child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${pattern} within 180 s:\n${output}`)), 180_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
  });
}

/** Sends one IPC message and resolves with the next reply of the expected kind. */
function ask<T>(child: ChildProcess, message: unknown, accept: (reply: unknown) => T | undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: unknown) => {
      const value = accept(reply);
      if (value === undefined) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(value);
    };
    const onExit = (code: number | null) => reject(new Error(`child ${child.pid} exited (${code}) while waiting`));
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send(message as never);
  });
}

interface Probe {
  rss: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  /** Every thread of the server process (ours: PGlite's thread too). */
  cpuUs: number;
  /** The main thread only (the event loop that fans out). */
  mainCpuUs: number;
  /** Threads that existed before the server was loaded (V8's GC and compiler helpers) / started after (ours: the database thread; libuv's pool). */
  runtimeThreadsCpuUs: number;
  startedThreadsCpuUs: number;
  /** The event loop's busy fraction since the previous probe. */
  loopBusy: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  gcMaxPauseMs: number;
  /** Every GC pause of the main thread since the previous probe, summed, and how many were scavenges / full collections. */
  gcTotalPauseMs: number;
  gcMinor: number;
  gcMajor: number;
}
const probe = (server: ChildProcess, kind: 'probe' | 'sample' = 'probe') =>
  ask(server, kind, (reply) => (reply && typeof reply === 'object' && 'rss' in reply ? (reply as Probe) : undefined));

function command<K extends ClientReply['kind']>(client: ChildProcess, message: ClientCommand, kind: K) {
  return ask(client, message, (reply) => ((reply as ClientReply).kind === kind ? (reply as Extract<ClientReply, { kind: K }>) : undefined));
}

interface Target {
  name: string;
  server: ChildProcess;
  wsBase: string;
  /** Room names for the fan-out graphs and the 1,000-node graph. */
  rooms: string[];
  bigRoom: string;
  headers: Record<string, string>;
  /** Stops whatever stayed connected for the big graph to exist (the stock server forgets empty rooms). */
  stop: () => void;
}

const hostServer = (entry: string, cwd: string, env: NodeJS.ProcessEnv) =>
  spawn(process.execPath, ['--expose-gc', ...(process.env.BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean), join(here, 'server-host.mjs'), entry], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });

let built = false;
/**
 * Ours on embedded PGlite (`databaseUrl` empty: the default, in the server process, on a
 * thread of its own) or on Postgres; `entry` runs another build of ours (A/B pairs).
 */
async function startOurs(name: string, databaseUrl: string, entry?: string): Promise<Target> {
  if (!built && !entry) {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: join(root, 'apps/server'), encoding: 'utf8', env: { ...process.env, BUILD_OUTDIR: 'dist/bench' } });
    if (build.status !== 0) throw new Error(build.stderr);
    built = true;
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'pc-bench-collab-'));
  const server = hostServer(entry ?? 'dist/bench/main.js', join(root, 'apps/server'), {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    DATABASE_URL: databaseUrl,
    REDIS_URL: '',
    RATE_LIMIT_IP_PER_MINUTE: '100000',
    RATE_LIMIT_PER_MINUTE: '100000',
  });
  server.once('exit', () => void rm(dataDir, { recursive: true, force: true }));
  const [, url] = await waitForOutput(server, /"url":"(http:[^"]+)","msg":"listening"/);
  if (!url) throw new Error('the server logged no URL');
  // Per-request logs would cost the server CPU the stock one does not spend.
  server.stdout?.removeAllListeners('data');
  server.stdout?.resume();
  server.stderr?.resume();
  const call = async (method: string, path: string, body?: unknown, cookie = '') => {
    const response = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: { ...(cookie ? { Cookie: `pc_session=${cookie}` } : {}), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response;
  };
  const signUp = await call('POST', '/auth/signup', { email: `bench-${Date.now()}@example.test`, password: 'harbour-at-dawn-42', name: 'Bench' });
  const cookie = /pc_session=([^;]*)/.exec(signUp.headers.getSetCookie().join(';'))?.[1] ?? '';
  const createGraph = async (document?: unknown) =>
    ((await (await call('POST', '/graphs', { name: 'Bench', ...(document ? { document } : {}) }, cookie)).json()) as { id: string }).id;
  const rooms = [];
  for (let i = 0; i < GRAPHS; i += 1) rooms.push(await createGraph());
  const bigRoom = await createGraph(buildBenchGraph());
  const wsBase = `${url.replace(/^http/, 'ws')}/collab`;
  const headers = { Cookie: `pc_session=${cookie}` };
  // Like the stock server's seeding client: someone already has the graph open (the
  // join storm measures a loaded room, not a cold load from the database).
  const warm = connect(wsBase, bigRoom, headers);
  await warm.synced;
  return { name, server, wsBase, rooms, bigRoom, headers, stop: () => warm.provider.destroy() };
}

async function startStock(): Promise<Target> {
  const port = await freePort();
  const server = hostServer('node_modules/@y/websocket-server/src/server.js', here, { PORT: String(port), HOST: '127.0.0.1' });
  await waitForOutput(server, /running at/);
  const wsBase = `ws://127.0.0.1:${port}`;
  const rooms = Array.from({ length: GRAPHS }, (_, i) => `bench-${i}`);
  // The stock server starts every room empty and keeps it while someone is connected:
  // a seeding client uploads the 1,000-node graph and stays.
  const seed = connect(wsBase, 'bench-big', {}, createGraphDoc(buildBenchGraph()));
  await seed.synced;
  await sleep(500);
  return { name: 'stock', server, wsBase, rooms, bigRoom: 'bench-big', headers: {}, stop: () => seed.provider.destroy() };
}

interface Result {
  server: string;
  clients: number;
  graphs: number;
  rssPerConnectionKiB: number;
  /** The server's whole RSS with the idle connections open, after a forced GC (fixed costs included). */
  idleRssMiB: number;
  /** CPU of a probe's two forced full GCs at the end of the run, ms (counted in every window up to session 6). */
  forcedGcCpuMs: number;
  heapPerConnectionKiB: number;
  fanOutP50Ms: number;
  fanOutP99Ms: number;
  deliveries: number;
  expectedDeliveries: number;
  serverCpuPerDeliveryUs: number;
  /** The main thread's CPU per delivery (serverCpuPerDeliveryUs counts every thread) and the event loop's busy fraction. */
  mainCpuPerDeliveryUs: number;
  loopBusy: number;
  /** The server's event-loop delay during the fan-out (monitorEventLoopDelay, 10 ms resolution). */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  /** The server's longest GC pause during the fan-out. */
  gcMaxPauseMs: number;
  /** When the slowest delivery was sent, seconds into the fan-out (where to look for a stall). */
  worstSentAtS: number;
  /** The same fan-out to light receivers (raw sockets reading the send time only): the server's latency. */
  lightFanOutP50Ms: number;
  lightFanOutP99Ms: number;
  lightDeliveries: number;
  lightCpuPerDeliveryUs: number;
  lightMainCpuPerDeliveryUs: number;
  /** The light window's CPU per delivery of V8's helper threads and of the threads the server started (ours: the database). */
  lightRuntimeThreadsCpuPerDeliveryUs: number;
  lightStartedThreadsCpuPerDeliveryUs: number;
  /** What the light receivers' processes spent per delivery (the load generator's own cost, on the same cores). */
  lightClientCpuPerDeliveryUs: number;
  lightLoopBusy: number;
  lightLoopDelayP99Ms: number;
  lightLoopDelayMaxMs: number;
  /** The light window's GC on the main thread: pauses summed (ms), scavenges and full collections. */
  lightGcTotalPauseMs: number;
  lightGcMinor: number;
  lightGcMajor: number;
  joinP50Ms: number;
  joinP99Ms: number;
  joinAllMs: number;
  loadAverage: number;
}

const round = (value: number, digits = 0) => Number(value.toFixed(digits));

interface FanOut {
  p50: number;
  p99: number;
  deliveries: number;
  cpuPerDeliveryUs: number;
  mainCpuPerDeliveryUs: number;
  runtimeThreadsCpuPerDeliveryUs: number;
  startedThreadsCpuPerDeliveryUs: number;
  clientCpuPerDeliveryUs: number;
  loopBusy: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  gcMaxPauseMs: number;
  gcTotalPauseMs: number;
  gcMinor: number;
  gcMajor: number;
  worstSentAtS: number;
}

/**
 * One fan-out window: every writer writes UPDATES times at RATE_HZ (`write` stamps the send
 * time), the client processes record arrival − send; the server's CPU time over the window
 * per delivery, its event-loop delay and longest GC pause.
 */
type Writer = ReturnType<typeof connect>;

/** Writes `write` for every writer, RATE_HZ times a second for UPDATES periods, in WRITE_PHASE. */
async function writeAtRate(writers: Writer[], write: (writer: Writer) => void): Promise<void> {
  const periodMs = 1000 / RATE_HZ;
  if (WRITE_PHASE === 'aligned') {
    for (let i = 0; i < UPDATES; i += 1) {
      for (const writer of writers) write(writer);
      await sleep(periodMs);
    }
    return;
  }
  // Each writer on its own timer, offset by i / GRAPHS of a period, aimed at absolute times
  // (no drift between writers).
  const startAt = performance.now() + periodMs;
  await Promise.all(
    writers.map(async (writer, w) => {
      for (let i = 0; i < UPDATES; i += 1) {
        const due = startAt + (i + w / writers.length) * periodMs;
        await sleep(Math.max(0, due - performance.now()));
        write(writer);
      }
    }),
  );
  await sleep(periodMs);
}

async function fanOut(server: ChildProcess, clientProcs: ChildProcess[], writers: Writer[], write: (writer: Writer) => void, profileName?: string): Promise<FanOut> {
  await Promise.all(clientProcs.map((client) => command(client, { kind: 'listen' }, 'listening')));
  // No forced GC at the window's edges (server-host.mjs, 'sample'): its CPU and what it
  // costs after it (optimised code dropped and compiled again) are the bench's, not the server's.
  const before = await probe(server, 'sample');
  if (profileName) server.send('profile-start');
  const startedAt = wallNow();
  await writeAtRate(writers, write);
  // Long enough that a delivery held up by a stall is counted late, not lost.
  await sleep(5_000);
  if (profileName) await ask(server, `profile-stop:${profileName}`, (reply) => (reply === 'profile-written' ? true : undefined));
  const after = await probe(server, 'sample');
  const collected = await Promise.all(clientProcs.map((client) => command(client, { kind: 'collect' }, 'latencies')));
  const latencies = collected.flatMap((r) => r.values);
  const worst = collected.map((r) => r.worst).reduce((a, b) => (b.latency > a.latency ? b : a));
  const perDelivery = (us: number) => round(us / Math.max(1, latencies.length), 1);
  return {
    p50: round(quantile(latencies, 0.5), 2),
    p99: round(quantile(latencies, 0.99), 2),
    deliveries: latencies.length,
    cpuPerDeliveryUs: perDelivery(after.cpuUs - before.cpuUs),
    mainCpuPerDeliveryUs: perDelivery(after.mainCpuUs - before.mainCpuUs),
    runtimeThreadsCpuPerDeliveryUs: perDelivery(after.runtimeThreadsCpuUs - before.runtimeThreadsCpuUs),
    startedThreadsCpuPerDeliveryUs: perDelivery(after.startedThreadsCpuUs - before.startedThreadsCpuUs),
    clientCpuPerDeliveryUs: perDelivery(collected.reduce((sum, r) => sum + r.cpuUs, 0)),
    loopBusy: round(after.loopBusy, 3),
    loopDelayP99Ms: round(after.loopDelayP99Ms),
    loopDelayMaxMs: round(after.loopDelayMaxMs),
    gcMaxPauseMs: round(after.gcMaxPauseMs),
    gcTotalPauseMs: round(after.gcTotalPauseMs),
    gcMinor: after.gcMinor,
    gcMajor: after.gcMajor,
    worstSentAtS: round((worst.sentAt - startedAt) / 1000, 1),
  };
}

async function measure(target: Target, size: number, clientProcs: ChildProcess[]): Promise<Result> {
  const { server } = target;
  const loadBefore = loadavg()[0]!;
  // 1. One writer per graph in this process: it opens the room (ours loads it from the
  //    database, the stock server creates it empty), a cost per room, not per connection,
  //    so "before" is taken after it; then `size` connections over GRAPHS graphs (client i in
  //    graph i mod GRAPHS), one process slice each.
  const writers = target.rooms.map((room) => connect(target.wsBase, room, target.headers));
  await Promise.all(writers.map((writer) => writer.synced));
  const rooms = Array.from({ length: size }, (_, i) => target.rooms[i % GRAPHS]!);
  const joinAll = () =>
    Promise.all(
      clientProcs.map((client, p) =>
        command(client, { kind: 'connect', wsBase: target.wsBase, rooms: rooms.filter((_, i) => i % clientProcs.length === p), headers: target.headers }, 'connected'),
      ),
    );
  // A warm-up round of the same joins, closed again: the first few hundred joins grow ours'
  // database thread's heap to its working size once (≈ 5–12 MB, a fixed cost, reported
  // separately in docs/benchmarks.md), which is not the memory each idle connection holds.
  await joinAll();
  await Promise.all(clientProcs.map((client) => command(client, { kind: 'close' }, 'closed')));
  await sleep(1_000);
  const before = await probe(server);
  await joinAll();
  await sleep(2_000);
  const idle = await probe(server);
  const connections = size;

  // 2. Fan-out to the providers (end to end: each receiver applies every update to its Y.Doc).
  let providers: FanOut | undefined;
  if (PROVIDERS) providers = await fanOut(server, clientProcs, writers, (writer) => writer.doc.getMap('bench').set('sentAt', wallNow()));
  await Promise.all(clientProcs.map((client) => command(client, { kind: 'close' }, 'closed')));

  // 3. Fan-out to light receivers: raw sockets that complete the sync handshake and then only
  //    read the send time out of each update frame, so the clients cost the shared cores
  //    little and the figure is the server's. Same writers, same rooms, same rate.
  let light: FanOut | undefined;
  if (LIGHT) {
    await Promise.all(
      clientProcs.map((client, p) =>
        command(client, { kind: 'connect-light', wsBase: target.wsBase, rooms: rooms.filter((_, i) => i % clientProcs.length === p), headers: target.headers }, 'connected'),
      ),
    );
    await sleep(2_000);
    // LIGHT_ROUNDS > 1: the window again on the same connections; the last one is reported
    // (the first may include the JIT's and WASM tier-up's warm-up of the paths it exercises).
    for (let round = 1; round <= LIGHT_ROUNDS; round += 1) {
      light = await fanOut(server, clientProcs, writers, (writer) => writer.doc.getMap('bench').set('mark', markSentAt(wallNow())), PROFILE_DIR && round === LIGHT_ROUNDS ? `light-${target.name}-${size}` : undefined);
      if (round < LIGHT_ROUNDS) console.error(JSON.stringify({ server: target.name, clients: size, lightRound: round, ...light }));
    }
    await Promise.all(clientProcs.map((client) => command(client, { kind: 'close' }, 'closed')));
  }
  for (const writer of writers) writer.provider.destroy();
  await sleep(1_000);

  // 4. Join storm on the 1,000-node graph, spread over the client processes.
  const startedAt = wallNow();
  const joins = !JOINS ? [] : await Promise.all(
    clientProcs.map((client, p) =>
      command(
        client,
        { kind: 'join', wsBase: target.wsBase, room: target.bigRoom, headers: target.headers, count: Math.floor(JOINERS / clientProcs.length) + (p < JOINERS % clientProcs.length ? 1 : 0), startedAt },
        'joined',
      ),
    ),
  );
  for (const { nodes } of joins) if (nodes !== 1000) throw new Error(`${target.name}: a joiner saw ${nodes} nodes`);
  const joinTimes = joins.flatMap((j) => j.sinceStart);
  // What a probe's two forced GCs cost this server: the CPU figures of runs 1–15 counted them in each window.
  const unforced = await probe(server, 'sample');
  const forced = await probe(server);

  return {
    server: target.name,
    clients: size,
    graphs: GRAPHS,
    rssPerConnectionKiB: round((idle.rss - before.rss) / 1024 / connections, 1),
    idleRssMiB: round(idle.rss / 1024 / 1024, 1),
    forcedGcCpuMs: round((forced.cpuUs - unforced.cpuUs) / 1000, 1),
    heapPerConnectionKiB: round((idle.heapUsed + idle.external - before.heapUsed - before.external) / 1024 / connections, 1),
    fanOutP50Ms: providers?.p50 ?? Number.NaN,
    fanOutP99Ms: providers?.p99 ?? Number.NaN,
    deliveries: providers?.deliveries ?? 0,
    expectedDeliveries: size * UPDATES,
    serverCpuPerDeliveryUs: providers?.cpuPerDeliveryUs ?? Number.NaN,
    mainCpuPerDeliveryUs: providers?.mainCpuPerDeliveryUs ?? Number.NaN,
    loopBusy: providers?.loopBusy ?? Number.NaN,
    loopDelayP99Ms: providers?.loopDelayP99Ms ?? Number.NaN,
    loopDelayMaxMs: providers?.loopDelayMaxMs ?? Number.NaN,
    gcMaxPauseMs: providers?.gcMaxPauseMs ?? Number.NaN,
    worstSentAtS: providers?.worstSentAtS ?? Number.NaN,
    lightFanOutP50Ms: light?.p50 ?? Number.NaN,
    lightFanOutP99Ms: light?.p99 ?? Number.NaN,
    lightDeliveries: light?.deliveries ?? 0,
    lightCpuPerDeliveryUs: light?.cpuPerDeliveryUs ?? Number.NaN,
    lightMainCpuPerDeliveryUs: light?.mainCpuPerDeliveryUs ?? Number.NaN,
    lightRuntimeThreadsCpuPerDeliveryUs: light?.runtimeThreadsCpuPerDeliveryUs ?? Number.NaN,
    lightStartedThreadsCpuPerDeliveryUs: light?.startedThreadsCpuPerDeliveryUs ?? Number.NaN,
    lightClientCpuPerDeliveryUs: light?.clientCpuPerDeliveryUs ?? Number.NaN,
    lightLoopBusy: light?.loopBusy ?? Number.NaN,
    lightLoopDelayP99Ms: light?.loopDelayP99Ms ?? Number.NaN,
    lightLoopDelayMaxMs: light?.loopDelayMaxMs ?? Number.NaN,
    lightGcTotalPauseMs: light?.gcTotalPauseMs ?? Number.NaN,
    lightGcMinor: light?.gcMinor ?? Number.NaN,
    lightGcMajor: light?.gcMajor ?? Number.NaN,
    joinP50Ms: round(quantile(joinTimes, 0.5)),
    joinP99Ms: round(quantile(joinTimes, 0.99)),
    joinAllMs: joinTimes.length === 0 ? Number.NaN : round(Math.max(...joinTimes)),
    loadAverage: round((loadBefore + loadavg()[0]!) / 2, 1),
  };
}

const postgresUrl = () => {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) throw new Error('ours-pg needs BENCH_DATABASE_URL (a Postgres database the server may migrate)');
  return url;
};
const starts: Record<string, () => Promise<Target>> = {
  ours: () => startOurs('ours', ''),
  // Ours on Postgres: the database's CPU is in its own processes, not in the server's figure.
  'ours-pg': () => startOurs('ours-pg', postgresUrl()),
  // Another build of ours on PGlite (BENCH_BASELINE: its dist/bench/main.js), for A/B pairs.
  'ours-base': () => {
    const entry = process.env.BENCH_BASELINE;
    if (!entry) throw new Error('ours-base needs BENCH_BASELINE (the main.js of another build of the server)');
    return startOurs('ours-base', '', entry);
  },
  stock: startStock,
};
const results: Result[] = [];
const clientProcs = Array.from({ length: CLIENT_PROCS }, () => fork(join(here, 'clients.ts'), { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
try {
  for (const size of SIZES) {
    for (const name of SERVERS) {
      const start = starts[name];
      if (!start) throw new Error(`unknown server ${name} (ours, ours-pg, ours-base, stock)`);
      const target = await start();
      try {
        results.push(await measure(target, size, clientProcs));
        console.error(JSON.stringify(results.at(-1)));
      } finally {
        target.stop();
        // Waited for (at most 30 s): a server under --cpu-prof writes its profiles as it exits.
        const exited = new Promise((resolve) => target.server.once('exit', resolve));
        target.server.kill('SIGTERM');
        await Promise.race([exited, sleep(30_000)]);
      }
    }
  }
} finally {
  for (const client of clientProcs) client.kill('SIGTERM');
}
console.table(results);
const output = { date: new Date().toISOString(), node: process.version, config: { SIZES, GRAPHS, UPDATES, RATE_HZ, JOINERS, CLIENT_PROCS, LIGHT, PROVIDERS, JOINS, WRITE_PHASE }, results };
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/collab.json'), `${JSON.stringify(output, null, 2)}\n`);
process.exit(0);
