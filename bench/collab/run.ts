/*
 * bench/collab: the collab endpoint under load, next to the stock y-websocket server
 * (@y/websocket-server 0.1.1: same protocol, same Yjs 13, no auth, no persistence).
 *
 *   pnpm --filter @pc/bench-collab bench            # defaults below; env overrides them
 *
 * Both servers run as child processes on this machine; the clients run in this process.
 * Measured per server:
 *   - fan-out: GRAPHS graphs × CLIENTS clients; one writer per graph sets a timestamp
 *     UPDATES times at RATE_HZ; every other client records arrival − send (p50/p99);
 *   - server CPU per delivered update and RSS per idle connection (/proc);
 *   - join: JOINERS clients open one 1,000-node graph at once; time to first sync.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createGraphDoc } from '../../packages/document/src/index.js';
import { buildBenchGraph } from '../canvas/graph.js';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const GRAPHS = env('GRAPHS', 4);
const CLIENTS = env('CLIENTS', 25);
const UPDATES = env('UPDATES', 100);
const RATE_HZ = env('RATE_HZ', 20);
const JOINERS = env('JOINERS', 100);

// Every y-websocket provider adds a process `exit` listener in Node.
process.setMaxListeners(0);

const root = fileURLToPath(new URL('../..', import.meta.url));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** utime + stime of a process, in ms, and its resident set, in KiB. */
function usage(pid: number): { cpuMs: number; rssKiB: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return { cpuMs: (ticks * 1000) / 100, rssKiB: Number(rss) };
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

interface Target {
  name: string;
  child: ChildProcess;
  wsBase: string;
  /** Room names for the fan-out graphs and the 1,000-node graph. */
  rooms: string[];
  bigRoom: string;
  headers: Record<string, string>;
  /** Keeps whatever must stay connected for the big graph to exist (the stock server forgets empty rooms). */
  keepAlive: (() => void)[];
}

function waitForOutput(child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${pattern} within 60 s:\n${output}`)), 60_000);
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

function connect(wsBase: string, room: string, headers: Record<string, string>, doc = new Y.Doc()) {
  const WebSocketWithHeaders = class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  };
  const provider = new WebsocketProvider(wsBase, room, doc, {
    WebSocketPolyfill: WebSocketWithHeaders as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  return { doc, provider, synced };
}

async function startOurs(): Promise<Target> {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: join(root, 'apps/server'), encoding: 'utf8', env: { ...process.env, BUILD_OUTDIR: 'dist/bench' } });
  if (build.status !== 0) throw new Error(build.stderr);
  const dataDir = await mkdtemp(join(tmpdir(), 'pc-bench-collab-'));
  const child = spawn(process.execPath, ['dist/bench/main.js'], {
    cwd: join(root, 'apps/server'),
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      DATABASE_URL: process.env.BENCH_DATABASE_URL ?? '',
      REDIS_URL: '',
      RATE_LIMIT_IP_PER_MINUTE: '100000',
      RATE_LIMIT_PER_MINUTE: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.once('exit', () => void rm(dataDir, { recursive: true, force: true }));
  const [, url] = await waitForOutput(child, /"url":"(http:[^"]+)","msg":"listening"/);
  // Per-request logs would cost the server CPU the stock one does not spend.
  child.stdout?.removeAllListeners('data');
  child.stdout?.resume();
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
  return { name: 'Production Canvas', child, wsBase, rooms, bigRoom, headers, keepAlive: [() => warm.provider.destroy()] };
}

async function startStock(): Promise<Target> {
  const port = await freePort();
  const child = spawn(process.execPath, ['node_modules/@y/websocket-server/src/server.js'], {
    cwd: join(root, 'bench/collab'),
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForOutput(child, /running at/);
  const wsBase = `ws://127.0.0.1:${port}`;
  const rooms = Array.from({ length: GRAPHS }, (_, i) => `bench-${i}`);
  // The stock server starts every room empty and keeps it while someone is connected:
  // a seeding client uploads the 1,000-node graph and stays.
  const seed = connect(wsBase, 'bench-big', {}, createGraphDoc(buildBenchGraph()));
  await seed.synced;
  await sleep(500);
  return { name: 'stock @y/websocket-server 0.1.1', child, wsBase, rooms, bigRoom: 'bench-big', headers: {}, keepAlive: [() => seed.provider.destroy()] };
}

interface Result {
  server: string;
  connections: number;
  rssPerConnectionKiB: number;
  fanOutP50Ms: number;
  fanOutP99Ms: number;
  deliveries: number;
  serverCpuPerDeliveryUs: number;
  joinP50Ms: number;
  joinP99Ms: number;
  joinAllMs: number;
}

async function measure(target: Target): Promise<Result> {
  const pid = target.child.pid!;
  await sleep(1_000);
  const before = usage(pid);

  // 1. GRAPHS × CLIENTS idle connections.
  const clients = target.rooms.map((room) => Array.from({ length: CLIENTS }, () => connect(target.wsBase, room, target.headers)));
  await Promise.all(clients.flat().map((client) => client.synced));
  await sleep(1_000);
  const connected = usage(pid);
  const connections = GRAPHS * CLIENTS;

  // 2. Fan-out: one writer per graph.
  const latencies: number[] = [];
  for (const group of clients) {
    for (const client of group.slice(1)) {
      client.doc.getMap('bench').observe((event) => {
        if (event.transaction.local) return;
        const sentAt = client.doc.getMap('bench').get('sentAt') as number;
        latencies.push(performance.timeOrigin + performance.now() - sentAt);
      });
    }
  }
  const cpuBefore = usage(pid).cpuMs;
  for (let i = 0; i < UPDATES; i += 1) {
    for (const group of clients) group[0]!.doc.getMap('bench').set('sentAt', performance.timeOrigin + performance.now());
    await sleep(1000 / RATE_HZ);
  }
  await sleep(1_000);
  const cpuAfter = usage(pid).cpuMs;
  for (const client of clients.flat()) client.provider.destroy();
  await sleep(1_000);

  // 3. Join storm on the 1,000-node graph.
  const started = performance.now();
  const joinTimes: number[] = [];
  const joiners = Array.from({ length: JOINERS }, () => {
    const client = connect(target.wsBase, target.bigRoom, target.headers);
    void client.synced.then(() => joinTimes.push(performance.now() - started));
    return client;
  });
  await Promise.all(joiners.map((client) => client.synced));
  const joinAllMs = performance.now() - started;
  const nodes = (joiners[0]!.doc.getMap('nodes') as Y.Map<unknown>).size;
  if (nodes !== 1000) throw new Error(`${target.name}: joiner saw ${nodes} nodes`);
  for (const client of joiners) client.provider.destroy();

  return {
    server: target.name,
    connections,
    rssPerConnectionKiB: Math.round((connected.rssKiB - before.rssKiB) / connections),
    fanOutP50Ms: Number(quantile(latencies, 0.5).toFixed(2)),
    fanOutP99Ms: Number(quantile(latencies, 0.99).toFixed(2)),
    deliveries: latencies.length,
    serverCpuPerDeliveryUs: Math.round(((cpuAfter - cpuBefore) * 1000) / Math.max(1, latencies.length)),
    joinP50Ms: Math.round(quantile(joinTimes, 0.5)),
    joinP99Ms: Math.round(quantile(joinTimes, 0.99)),
    joinAllMs: Math.round(joinAllMs),
  };
}

const results: Result[] = [];
for (const start of [startOurs, startStock]) {
  const target = await start();
  try {
    results.push(await measure(target));
  } finally {
    for (const stop of target.keepAlive) stop();
    target.child.kill('SIGTERM');
  }
}
console.table(results);
console.log(JSON.stringify({ config: { GRAPHS, CLIENTS, UPDATES, RATE_HZ, JOINERS }, results }, null, 2));
process.exit(0);
