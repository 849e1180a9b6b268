/**
 * Where a PUT of the 1,000-node bench graph spends: lone PUTs (one at a time, 20 ms apart)
 * against the built server, per PUT the server's CPU split into its main thread and the
 * others (GC helpers, compiler, libuv; /proc), the CPU of this database's Postgres backends
 * (/proc) and the WAL written, with the median wall latency next to them. CPU and WAL per
 * PUT are counts that hold on a loaded box; the latency is not.
 *
 *   pnpm --filter @pc/bench-api exec tsx put-probe.ts                      # this build
 *   pnpm --filter @pc/bench-api exec tsx put-probe.ts --base <A's main.js>  # interleaved A/B (see ab.ts for where A sits)
 *   … --compression-ab           # pglz and lz4 for graphs.document, alternated on one server
 *   … --paced-seconds 10 --rate 15   # also a paced run per round (CPU per PUT, p50 / p99)
 *   … --profile-dir /tmp/prof    # --cpu-prof of each server, written when it stops
 *   … --accept-encoding gzip     # the PUTs accept a compressed answer
 *   … --get-after                # a GET of the graph after each PUT (CPU per PUT then covers both)
 */
import http from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createTestDatabase } from '@pc/db/testing';
import { childCpuMs } from './server-cpu.js';
import { pacedLoadInOwnProcess } from './paced-process.js';
import { startProductServer, type ProductServer } from '../../e2e/support/server.js';
import { buildBenchGraph } from '../canvas/graph.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const PUTS = Number(option('puts', '60'));
const ROUNDS = Number(option('rounds', '3'));
const RATE = Number(option('rate', '15'));
const PACED_SECONDS = Number(option('paced-seconds', '0'));
const ACCEPT = option('accept-encoding', '');
const base = option('base', '');
const PROFILE_DIR = option('profile-dir', '');
const GET_AFTER = args.includes('--get-after');
const builds = [
  ...(base ? [{ name: 'A', entry: path.resolve(base) }] : []),
  { name: base ? 'B' : 'this', entry: path.join(root, 'apps/server/dist/main.js') },
];

const database = await createTestDatabase('postgres');
const db = database.database.db;
const procCpu = (pid: number, file = `/proc/${pid}/stat`) => {
  try {
    const stat = readFileSync(file, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
};
/** CPU ms of a process's main thread (tid = pid) and of its other threads (GC helpers, compiler, libuv). */
const threadsCpu = (pid: number) => {
  let main = 0;
  let others = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const ms = procCpu(Number(tid), `/proc/${pid}/task/${tid}/stat`);
    if (Number(tid) === pid) main += ms;
    else others += ms;
  }
  return { main, others };
};
const serverPid = (entry: string) => {
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) !== process.pid) continue;
      if (readFileSync(`/proc/${name}/cmdline`, 'utf8').includes(entry)) return Number(name);
    } catch {
      // gone
    }
  }
  throw new Error(`no server process for ${entry}`);
};
const backendsCpu = async () => {
  const rows = (await db.execute('select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()')) as unknown as { pid: number }[];
  return rows.reduce((sum, row) => sum + procCpu(row.pid), 0);
};
const walLsn = async () => ((await db.execute('select pg_current_wal_insert_lsn()::text as lsn')) as unknown as { lsn: string }[])[0]!.lsn;
const walBytes = async (from: string) => Number(((await db.execute(`select pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '${from}'::pg_lsn)::bigint as d`)) as unknown as { d: string }[])[0]!.d);

interface Probe { name: string; entry: string; server: ProductServer; cpu: () => number | undefined; url: string; headers: Record<string, string>; before: string; after: string; n: number }
const probes: Probe[] = [];
for (const build of builds) {
  const server = await startProductServer(
    { DATABASE_URL: database.url!, REDIS_URL: 'redis://127.0.0.1:6379', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000000', RATE_LIMIT_IP_PER_MINUTE: '100000000', SIGNUPS_PER_IP_PER_HOUR: '100000000' },
    { entry: build.entry, nodeArgs: PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${path.join(PROFILE_DIR, build.name)}`] : [] },
  );
  const sameOrigin = { Origin: server.url, 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/json' };
  const signUp = await fetch(`${server.url}/api/v1/auth/signup`, { method: 'POST', headers: sameOrigin, body: JSON.stringify({ name: 'Probe', email: `probe-${build.name}-${Date.now()}@example.test`, password: 'harbour-at-dawn-42' }) });
  const cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0]!;
  const key = ((await (await fetch(`${server.url}/api/v1/api-keys`, { method: 'POST', headers: { ...sameOrigin, Cookie: cookie }, body: JSON.stringify({ name: 'p', scopes: ['read', 'write'] }) })).json()) as { key: string }).key;
  const auth = { Authorization: `Bearer ${key}` };
  const document = buildBenchGraph();
  const graph = (await (await fetch(`${server.url}/api/v1/graphs`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'Probe', document }) })).json()) as { id: string };
  const MOVED_X = 987654321.5;
  const [before, after] = JSON.stringify({ document: { ...document, nodes: [{ ...document.nodes[0]!, position: { ...document.nodes[0]!.position, x: MOVED_X } }, ...document.nodes.slice(1)] } }).split(String(MOVED_X)) as [string, string];
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  probes.push({ name: build.name, entry: build.entry, server, cpu: childCpuMs(new RegExp(escape(build.entry))), url: `${server.url}/api/v1/graphs/${graph.id}`, headers: { ...auth, 'If-Match': '*', 'Content-Type': 'application/json', ...(ACCEPT ? { 'Accept-Encoding': ACCEPT } : {}) }, before, after, n: 1 });
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const put = (probe: Probe) =>
  new Promise<number>((resolve, reject) => {
    const body = `${probe.before}${(probe.n += 1)}${probe.after}`;
    const target = new URL(probe.url);
    const started = performance.now();
    const request = http.request({ agent, host: target.hostname, port: target.port, path: target.pathname, method: 'PUT', headers: { ...probe.headers, 'content-length': String(Buffer.byteLength(body)) } }, (response) => {
      response.resume();
      response.on('end', () => (response.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`PUT ${response.statusCode}`))));
    });
    request.on('error', reject);
    request.end(body);
  });
/** The graph as another reader loads it after the write (no coding asked, as the bench's GETs). */
const get = (probe: Probe) =>
  new Promise<void>((resolve, reject) => {
    const target = new URL(probe.url);
    http
      .get({ agent, host: target.hostname, port: target.port, path: target.pathname, headers: { Authorization: probe.headers.Authorization! } }, (response) => {
        response.resume();
        response.on('end', () => (response.statusCode === 200 ? resolve() : reject(new Error(`GET ${response.statusCode}`))));
      })
      .on('error', reject);
  });
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

for (const probe of probes) for (let index = 0; index < 20; index += 1) await put(probe); // warm-up
const COMPRESSION_AB = args.includes('--compression-ab');

/** One round of lone PUTs of one build (and a paced run after it, when asked). */
const measure = async (probe: Probe, label: string) => {
  const pid = serverPid(probe.entry);
  const threads0 = threadsCpu(pid);
  const cpu0 = probe.cpu()!;
  const db0 = await backendsCpu();
  const wal0 = await walLsn();
  const walls: number[] = [];
  for (let index = 0; index < PUTS; index += 1) {
    walls.push(await put(probe));
    if (GET_AFTER) await get(probe);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const wal = await walBytes(wal0);
  const dbCpu = (await backendsCpu()) - db0;
  const cpu = probe.cpu()! - cpu0;
  const threads = threadsCpu(pid);
  let paced = '';
  if (PACED_SECONDS > 0) {
    const pacedCpu0 = probe.cpu()!;
    const result = await pacedLoadInOwnProcess({ url: probe.url, method: 'PUT', headers: probe.headers, body: { before: probe.before, after: probe.after, from: probe.n + 1 }, rate: RATE, seconds: PACED_SECONDS, connections: 100 });
    probe.n += result.sent ?? 0;
    paced = ` | paced ${RATE}/s: CPU ${((probe.cpu()! - pacedCpu0) / (result.sent ?? 1)).toFixed(1)} ms/PUT p50 ${result.p50} p99 ${result.p99} (generator lag p99 ${result.clientLag?.p99})`;
  }
  const perPut = (ms: number) => (ms / PUTS).toFixed(1);
  console.log(
    `${label}: lone PUT wall median ${median(walls).toFixed(1)} ms (min ${Math.min(...walls).toFixed(1)}), server CPU ${perPut(cpu)} ms/PUT (main thread ${perPut(threads.main - threads0.main)}, ` +
      `other threads ${perPut(threads.others - threads0.others)}), db backends CPU ${perPut(dbCpu)} ms/PUT, WAL ${(wal / PUTS / 1024).toFixed(0)} KB/PUT${paced} (load ${loadavg()[0]!.toFixed(1)})`,
  );
};

for (let round = 0; round < ROUNDS; round += 1) {
  for (const probe of round % 2 === 0 ? probes : [...probes].reverse()) {
    const methods = COMPRESSION_AB ? (round % 2 === 0 ? ['pglz', 'lz4'] : ['lz4', 'pglz']) : [undefined];
    for (const method of methods) {
      // Takes effect for the values written from now on (each PUT rewrites the document).
      if (method) await db.execute(`alter table graphs alter column document set compression ${method}`);
      await measure(probe, `round ${round + 1} ${probe.name}${method ? ` ${method}` : ''}`);
    }
  }
}
for (const probe of probes) {
  // SIGTERM lets Node write the CPU profile on the way out.
  await probe.server.stop(PROFILE_DIR ? 'SIGTERM' : 'SIGKILL');
  await probe.server.dispose();
}
await database.dispose();
agent.destroy();
process.exit(0);
