/**
 * Interleaved A/B pairs of two server builds on one database: for a box shared with other
 * work, where req/s of back-to-back runs moves by 2–5× and only pairs taken in the same
 * minutes compare. Per round and build (the order alternating), a saturating autocannon run
 * (req/s and the server's CPU µs per request, from /proc) and an open-loop paced run at one
 * fixed rate for both builds (p50 / p99 from when each request was due, the generator's own
 * event-loop lag next to it, and the database's committed transactions during it: the lookups
 * the build made, a count that holds on a loaded box). `--route put-graph`: each build PUTs a
 * 1,000-node graph of its own (each request moves a node), and the paced run also reports the
 * database's time per PUT idle in a transaction (`pg_stat_database.idle_in_transaction_time`:
 * the server computing while the graph's write lock is held) and executing statements.
 *
 *   pnpm --filter @pc/server build && cp apps/server/dist/*.js <somewhere under apps/server/node_modules>/   # A: the old build
 *   … change, build again (B) …
 *   pnpm --filter @pc/bench-api exec tsx ab.ts --base <A's main.js> --route list-graphs --rate 1500 --rounds 4
 *
 * `--paced-seconds 0`: saturating runs only (CPU per request), many short pairs. `--seconds 0
 * --no-database-stats`: paced runs only, without the 11 s wait for the database's counts — on a
 * loaded box the CPU per request of a saturating run follows the throughput the box allows
 * (fewer requests per event-loop turn, more per request), a paced run's does not.
 * A must sit where its bundle resolves the same node_modules as B (under apps/server).
 * `--accept-encoding gzip` (any header value): every request sends it, as browsers and Node's
 * fetch do; without it no request does, and answers go out uncompressed.
 */
import path from 'node:path';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createTestDatabase } from '@pc/db/testing';
import autocannon from 'autocannon';
import { pacedLoadInOwnProcess } from './paced-process.js';
import { childCpuMs } from './server-cpu.js';
import { startProductServer, type ProductServer } from '../../e2e/support/server.js';
import { buildBenchGraph } from '../canvas/graph.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name: string, fallback?: string) => {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? args[at + 1] : fallback;
  if (value === undefined) throw new Error(`--${name} is required`);
  return value;
};
const base = path.resolve(option('base'));
const ROUTE = option('route', 'list-graphs');
const RATE = Number(option('rate', '1000'));
const ROUNDS = Number(option('rounds', '4'));
const SECONDS = Number(option('seconds', '4'));
const PACED_SECONDS = Number(option('paced-seconds', '12'));
const DATABASE_STATS = !args.includes('--no-database-stats');
/** `--accept-encoding gzip`: the client asks for a coding, as browsers, Node's fetch and curl --compressed do. */
const ACCEPT_ENCODING = args.includes('--accept-encoding') ? option('accept-encoding') : undefined;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const builds = [
  { name: 'A', entry: base },
  { name: 'B', entry: path.join(root, 'apps/server/dist/main.js') },
];

const database = await createTestDatabase('postgres');
const servers: ProductServer[] = [];
/**
 * This database's committed transactions so far (with autocommit reads, its queries) and its
 * backends' time executing statements and idle inside a transaction (ms). Backends report at
 * most once a second, idle ones within 10 s.
 */
const databaseStats = async () => {
  await new Promise((resolve) => setTimeout(resolve, 11_000));
  const rows = (await database.database.db.execute(
    'select xact_commit::bigint as n, active_time as active, idle_in_transaction_time as idle from pg_stat_database where datname = current_database()',
  )) as unknown as { n: string | number; active: number; idle: number }[];
  return { commits: Number(rows[0]!.n), activeMs: Number(rows[0]!.active), idleInTransactionMs: Number(rows[0]!.idle) };
};
try {
  const env = {
    DATABASE_URL: database.url!,
    REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    RATE_LIMIT_PER_MINUTE: '100000000',
    RATE_LIMIT_IP_PER_MINUTE: '100000000',
    SIGNUPS_PER_IP_PER_HOUR: '100000000',
  };
  for (const build of builds) servers.push(await startProductServer(env, { entry: build.entry }));
  const cpu = builds.map((build) => childCpuMs(new RegExp(escape(build.entry))));
  const [first] = servers as [ProductServer];
  const json = async (response: Response) => {
    if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
    return response.json() as Promise<Record<string, unknown>>;
  };
  const sameOrigin = { Origin: first.url, 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/json' };
  const signUp = await fetch(`${first.url}/api/v1/auth/signup`, { method: 'POST', headers: sameOrigin, body: JSON.stringify({ name: 'AB', email: `ab-${Date.now()}@example.test`, password: 'harbour-at-dawn-42' }) });
  const cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0]!;
  await json(signUp);
  const { key } = (await json(await fetch(`${first.url}/api/v1/api-keys`, { method: 'POST', headers: { ...sameOrigin, Cookie: cookie }, body: JSON.stringify({ name: 'ab', scopes: ['read', 'write'] }) }))) as { key: string };
  const auth = { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' };
  const document = buildBenchGraph();
  const newGraph = async (name: string) => ((await json(await fetch(`${first.url}/api/v1/graphs`, { method: 'POST', headers: auth, body: JSON.stringify({ name, document }) }))) as { id: string }).id;
  const id = await newGraph('Bench breakdown');
  // PUT: a graph per build, so neither's writes queue behind the other's lock or replica.
  const putGraphs = ROUTE === 'put-graph' ? [await newGraph('Bench PUT A'), await newGraph('Bench PUT B')] : [];
  for (let index = 0; index < 59; index += 1) await json(await fetch(`${first.url}/api/v1/graphs`, { method: 'POST', headers: auth, body: JSON.stringify({ name: `Episode ${index + 1}` }) }));
  const routePath = (index: number) => (ROUTE === 'put-graph' ? `/api/v1/graphs/${putGraphs[index]}` : ROUTE === 'get-graph' ? `/api/v1/graphs/${id}` : '/api/v1/graphs');
  const method = ROUTE === 'put-graph' ? 'PUT' : 'GET';
  const headers: Record<string, string> = {
    Authorization: `Bearer ${key}`,
    ...(ROUTE === 'put-graph' ? { 'If-Match': '*', 'Content-Type': 'application/json' } : {}),
    ...(ACCEPT_ENCODING ? { 'Accept-Encoding': ACCEPT_ENCODING } : {}),
  };
  // As bench/api/run.ts: every PUT moves the first scene to a new x, a real change each time.
  const MOVED_X = 987654321.5;
  const [beforeX, afterX] = JSON.stringify({ document: { ...document, nodes: [{ ...document.nodes[0]!, position: { ...document.nodes[0]!.position, x: MOVED_X } }, ...document.nodes.slice(1)] } }).split(String(MOVED_X)) as [string, string];
  let moves = 0;
  const putBodies = method === 'PUT' ? { requests: [{ setupRequest: (request: autocannon.Request) => ({ ...request, body: `${beforeX}${(moves += 1)}${afterX}` }) }] } : {};

  const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const index of order) {
      const url = `${servers[index]!.url}${routePath(index)}`;
      await autocannon({ url, method, headers, ...putBodies, connections: 100, duration: 1 }); // warm-up
      const before = cpu[index]!();
      const saturated = SECONDS > 0 ? await autocannon({ url, method, headers, ...putBodies, connections: 100, duration: SECONDS }) : undefined;
      const cpuUs = saturated ? ((cpu[index]!()! - before!) * 1000) / Math.max(1, saturated.requests.total) : Number.NaN;
      if (PACED_SECONDS <= 0) {
        console.log(`round ${round + 1} ${builds[index]!.name}: ${Math.round(saturated?.requests.average ?? 0)} req/s, ${cpuUs.toFixed(0)} µs CPU/req (load ${loadavg()[0]!.toFixed(1)})`);
        await settle();
        continue;
      }
      const noStats = { commits: 0, activeMs: 0, idleInTransactionMs: 0 };
      const statsBefore = DATABASE_STATS ? await databaseStats() : noStats;
      const pacedBefore = cpu[index]!();
      const body = method === 'PUT' ? { before: beforeX, after: afterX, from: moves + 1 } : undefined;
      const paced = await pacedLoadInOwnProcess({ url, method, headers, body, rate: RATE, seconds: PACED_SECONDS, connections: 100 });
      moves += paced.sent ?? 0;
      const pacedCpuUs = ((cpu[index]!()! - pacedBefore!) * 1000) / Math.max(1, paced.sent ?? 1);
      // Minus the other server's and this connection's own, idle: compare builds, not absolutes.
      const statsAfter = DATABASE_STATS ? await databaseStats() : noStats;
      const queries = statsAfter.commits - statsBefore.commits;
      const perRequest = (ms: number) => (ms / Math.max(1, paced.sent ?? 1)).toFixed(2);
      const databaseLine = !DATABASE_STATS ? 'no database stats' : `${queries} database transactions, per request ${perRequest(statsAfter.idleInTransactionMs - statsBefore.idleInTransactionMs)} ms idle in transaction, ${perRequest(statsAfter.activeMs - statsBefore.activeMs)} ms active`;
      console.log(
        `round ${round + 1} ${builds[index]!.name}: ${Math.round(saturated?.requests.average ?? 0)} req/s, ${cpuUs.toFixed(0)} µs CPU/req | paced ${RATE}/s: p50 ${paced.p50} p99 ${paced.p99} ms, ${pacedCpuUs.toFixed(0)} µs CPU/req, ` +
          `generator lag p99 ${paced.clientLag?.p99} max ${paced.clientLag?.max} ms, ${databaseLine}, errors ${paced.errors + paced.non2xx + (saturated?.errors ?? 0) + (saturated?.non2xx ?? 0)} (load ${loadavg()[0]!.toFixed(1)})`,
      );
    }
  }
} finally {
  for (const server of servers) await server.dispose();
  await database.dispose();
}
process.exit(0);
