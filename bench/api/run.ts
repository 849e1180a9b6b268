/**
 * API bench: the built server under autocannon, each API route next to a bare Hono route on
 * the same server answering the same bytes (`BENCH_BARE_ROUTES=1`). The ratio is the figure:
 * throughput ≥ 50 % of the bare route's, p99 under 25 ms at 100 connections below saturation.
 *
 *   pnpm --filter @pc/bench-api bench                      # builds the server; scaled mode (Postgres + Redis)
 *   pnpm --filter @pc/bench-api bench --no-build --mode embedded --seconds 5 --rounds 1
 *   pnpm --filter @pc/bench-api bench --no-build --profile  # also writes a CPU profile of the server
 *   pnpm --filter @pc/bench-api bench --no-build --routes list-graphs,get-graph --no-docs
 *   pnpm --filter @pc/bench-api bench --no-build --pool 40      # the server's DATABASE_POOL_SIZE
 *   pnpm --filter @pc/bench-api bench --no-build --log-level info  # with the per-request log line
 *   pnpm --filter @pc/bench-api bench --no-build --server-env GRAPH_READ_CACHE_TTL_SECONDS=0  # any server variable (A/B pairs)
 *
 * Routes: GET /api/v1/graphs/:id of a 1,000-node graph, PUT of that graph (If-Match: *; each
 * request moves one node to a new position, so every PUT is a real change), and
 * the graph list (a page of 20 of 60). Per round and route: a saturating run at 100 connections
 * (throughput, p99, and the same for the bare route), then a paced run at 100 connections at
 * half the route's own saturated rate, open loop at a steady rate from a process of its own (paced.ts; the p99 the target
 * is about; `--trace-gc` also counts the server's GC pauses during it; each saturating run also reports the server's CPU ms per
 * request, a count that holds on a loaded box). Prints a table, writes
 * bench/results/api.json and the API section of docs/benchmarks.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeMachine, machineLine } from '@pc/bench-tools/machine';
import { writeSection } from '@pc/bench-tools/sections';
import { createTestDatabase, type TestDatabase } from '@pc/db/testing';
import autocannon from 'autocannon';
import type { NumberedBodies, PacedResult } from './paced.js';
import { pacedLoadInOwnProcess } from './paced-process.js';
import { childCpuMs } from './server-cpu.js';
import { BENCH_METRICS_TOKEN, scrapeServer, serverView, type ServerView } from './server-metrics.js';
import { startProductServer, type ProductServer } from '../../e2e/support/server.js';
import { buildBenchGraph } from '../canvas/graph.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const SECONDS = Number(option('seconds', '8'));
const ROUNDS = Number(option('rounds', '2'));
const CONNECTIONS = Number(option('connections', '100'));
const MODE = option('mode', 'scaled');
if (MODE !== 'scaled' && MODE !== 'embedded') throw new Error('--mode is scaled (Postgres + Redis) or embedded (PGlite)');
const PROFILE = args.includes('--profile');
/** The server runs with --trace-gc; each paced run reports the GC pauses during it. */
const TRACE_GC = args.includes('--trace-gc');
/** The server's DATABASE_POOL_SIZE; default: the server's own default. */
const POOL = option('pool', '');
/** `--server-env A=1,B=2`: more server variables, e.g. a cache turned off for an A/B pair. */
const SERVER_ENV = Object.fromEntries(
  option('server-env', '')
    .split(',')
    .filter(Boolean)
    .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)] as const),
);

/** One run's figures, the same for autocannon's saturating runs and the paced one. */
type Load = PacedResult & { serverCpuMsPerRequest?: number | undefined; server?: ServerView | undefined };

interface RouteCase {
  name: string;
  label: string;
  method: 'GET' | 'PUT';
  ours: string;
  bare: string;
  headers: Record<string, string>;
  body?: string;
  /** A fresh body per request (PUT: each one moves a node, so every write is a real change). */
  nextBody?: () => string;
  /** The same bodies as data, for the paced generator's own process. */
  numberedBodies?: () => NumberedBodies;
}

/** The server process's CPU ms so far (it is this process's child); undefined off Linux. */
const serverCpu = childCpuMs(/dist\/main\.js/);

const load = async (url: string, route: RouteCase, seconds: number): Promise<Load> => {
  const cpuBefore = serverCpu();
  const result = await autocannon({
    url,
    method: route.method,
    headers: route.headers,
    ...(route.body === undefined ? {} : { body: route.body }),
    ...(route.nextBody === undefined ? {} : { requests: [{ setupRequest: (request: autocannon.Request) => ({ ...request, body: route.nextBody!() }) }] }),
    connections: CONNECTIONS,
    duration: seconds,
  });
  return {
    requestsPerS: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytesPerS: result.throughput.average,
    // The requests still in flight when autocannon stops are not counted: a slight overestimate.
    serverCpuMsPerRequest: cpuBefore === undefined ? undefined : (serverCpu()! - cpuBefore) / Math.max(1, result.requests.total),
  };
};

/** `--trace-gc` lines (`… Scavenge 30.1 (40.2) -> 29.5 (41.2) MB, 1.23 / 0.00 ms …`): the pauses, in ms. */
const gcPauses = (output: string) => {
  const pauses = [...output.matchAll(/(Scavenge|Mark-Compact|Mark-sweep)[^\n]*?MB, ([\d.]+) \/ [\d.]+ ms/g)].map((match) => ({ kind: match[1]!, ms: Number(match[2]) }));
  const longest = pauses.reduce((max, pause) => (pause.ms > max.ms ? pause : max), { kind: 'none', ms: 0 });
  return { count: pauses.length, over10: pauses.filter((pause) => pause.ms >= 10).length, max: `${longest.ms} (${longest.kind})` };
};

const cpuNote = (run: Load) => (run.serverCpuMsPerRequest === undefined ? '' : ` (server CPU ${run.serverCpuMsPerRequest.toFixed(2)} ms/req)`);

/** autocannon stops with requests in flight: let the server finish them before the next run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const call = async (server: ProductServer, method: string, urlPath: string, headers: Record<string, string>, body?: unknown) => {
  const response = await fetch(`${server.url}${urlPath}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${urlPath}: ${response.status} ${await response.text()}`);
  return response;
};

if (!args.includes('--no-build')) execFileSync('pnpm', ['--filter', '@pc/server', 'build'], { cwd: root, stdio: 'inherit' });

const started = new Date();
const machine = describeMachine();
let database: TestDatabase | undefined;
let server: ProductServer | undefined;
const profileDir = PROFILE ? mkdtempSync(path.join(tmpdir(), 'pc-api-prof-')) : undefined;
try {
  database = MODE === 'scaled' ? await createTestDatabase('postgres') : undefined;
  server = await startProductServer({
    BENCH_BARE_ROUTES: '1',
    // `--log-level info` to measure the per-request log line too.
    LOG_LEVEL: option('log-level', 'warn'),
    // The bench is one IP and one key at thousands of requests a second.
    RATE_LIMIT_PER_MINUTE: '100000000',
    RATE_LIMIT_IP_PER_MINUTE: '100000000',
    // Every run signs up from 127.0.0.1, and the counter lives in the shared Redis.
    SIGNUPS_PER_IP_PER_HOUR: '100000000',
    // Each paced run reads the server's own view of it from /metrics (server-metrics.ts).
    METRICS_TOKEN: BENCH_METRICS_TOKEN,
    ...(POOL ? { DATABASE_POOL_SIZE: POOL } : {}),
    ...SERVER_ENV,
    ...(database?.url ? { DATABASE_URL: database.url, REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379' } : {}),
  }, { nodeArgs: [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), ...(TRACE_GC ? ['--trace-gc'] : [])] });

  // A person signs up (same-origin, as the browser does), and a script acts for them with a key.
  const sameOrigin = { Origin: server.url, 'Sec-Fetch-Site': 'same-origin' };
  const signUp = await call(server, 'POST', '/api/v1/auth/signup', sameOrigin, { name: 'Bench', email: `bench-${Date.now()}@example.test`, password: 'harbour-at-dawn-42' });
  const cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0]!;
  const key = ((await (await call(server, 'POST', '/api/v1/api-keys', { ...sameOrigin, Cookie: cookie }, { name: 'bench', scopes: ['read', 'write'] })).json()) as { key: string }).key;
  const auth = { Authorization: `Bearer ${key}` };

  const document = buildBenchGraph();
  const graph = (await (await call(server, 'POST', '/api/v1/graphs', auth, { name: 'Bench breakdown', document })).json()) as { id: string };
  for (let index = 0; index < 59; index += 1) await call(server, 'POST', '/api/v1/graphs', auth, { name: `Episode ${index + 1}` });
  // Every PUT moves the first scene to a new x: a real change each time (the write, the Yjs
  // diff and the projection all have work to do), never the stored bytes again.
  const MOVED_X = 987654321.5;
  const [beforeX, afterX] = JSON.stringify({ document: { ...document, nodes: [{ ...document.nodes[0]!, position: { ...document.nodes[0]!.position, x: MOVED_X } }, ...document.nodes.slice(1)] } }).split(String(MOVED_X)) as [string, string];
  let moves = 0;
  const nextPutBody = () => `${beforeX}${(moves += 1)}${afterX}`;
  // The paced run numbers on from here; `moves` skips past what it sent afterwards.
  const numberedPutBodies = (): NumberedBodies => ({ before: beforeX, after: afterX, from: moves + 1 });
  const putBody = nextPutBody();

  // The bare routes answer exactly the bytes the API answered.
  const prime = async (slot: string, bytes: ArrayBuffer) => call(server!, 'POST', `/__bench/bare/${slot}`, {}, new TextDecoder().decode(bytes));
  const graphBytes = await (await call(server, 'GET', `/api/v1/graphs/${graph.id}`, auth)).arrayBuffer();
  const listBytes = await (await call(server, 'GET', '/api/v1/graphs', auth)).arrayBuffer();
  const putBytes = await (await call(server, 'PUT', `/api/v1/graphs/${graph.id}`, { ...auth, 'If-Match': '*' }, putBody)).arrayBuffer();
  await prime('graph', graphBytes);
  await prime('list', listBytes);
  await prime('put', putBytes);

  const routes: RouteCase[] = [
    { name: 'get-graph', label: 'GET /graphs/:id (1,000 nodes)', method: 'GET', ours: `/api/v1/graphs/${graph.id}`, bare: '/__bench/bare/graph', headers: auth },
    { name: 'list-graphs', label: 'GET /graphs (20 of 60)', method: 'GET', ours: '/api/v1/graphs', bare: '/__bench/bare/list', headers: auth },
    {
      name: 'put-graph',
      label: 'PUT /graphs/:id (1,000 nodes)',
      method: 'PUT',
      ours: `/api/v1/graphs/${graph.id}`,
      bare: '/__bench/bare/put',
      headers: { ...auth, 'If-Match': '*', 'Content-Type': 'application/json' },
      body: putBody,
      nextBody: nextPutBody,
      numberedBodies: numberedPutBodies,
    },
  ];
  const only = option('routes', '').split(',').filter(Boolean);
  const chosen = only.length > 0 ? routes.filter((route) => only.includes(route.name)) : routes;
  const bytes = { 'get-graph': graphBytes.byteLength, 'list-graphs': listBytes.byteLength, 'put-graph': putBytes.byteLength };

  const rounds: Record<string, { ours: Load; bare: Load; paced: Load; ratio: number }[]> = {};
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const route of chosen) {
      await load(`${server.url}${route.ours}`, route, 2); // warm-up, not recorded
      // Alternate which goes first, so neither always gets the warmer machine.
      const first = round % 2 === 0 ? 'bare' : 'ours';
      const runs: Partial<Record<'ours' | 'bare', Load>> = {};
      for (const which of first === 'bare' ? (['bare', 'ours'] as const) : (['ours', 'bare'] as const)) {
        runs[which] = await load(`${server.url}${which === 'ours' ? route.ours : route.bare}`, route, SECONDS);
        await settle();
      }
      const outputBefore = server.output().length;
      const pacedCpuBefore = serverCpu();
      // Starts the server's loop-lag window too (prom-client resets it on every scrape).
      const scrapeBefore = await scrapeServer(server.url);
      const pacedRun = await pacedLoadInOwnProcess({
        url: `${server.url}${route.ours}`,
        method: route.method,
        headers: route.headers,
        body: route.numberedBodies?.(),
        rate: runs.ours!.requestsPerS / 2,
        seconds: SECONDS,
        connections: CONNECTIONS,
      });
      const pacedCpuMs = pacedCpuBefore === undefined ? undefined : serverCpu()! - pacedCpuBefore;
      const view = serverView(scrapeBefore, await scrapeServer(server.url));
      const paced: Load = { ...pacedRun, serverCpuMsPerRequest: pacedCpuMs === undefined ? undefined : pacedCpuMs / Math.max(1, pacedRun.sent ?? 1), server: view };
      moves += paced.sent ?? 0;
      const gc = TRACE_GC ? gcPauses(server.output().slice(outputBefore)) : undefined;
      await settle();
      const entry = { ours: runs.ours!, bare: runs.bare!, paced, ratio: runs.ours!.requestsPerS / runs.bare!.requestsPerS };
      (rounds[route.name] ??= []).push(entry);
      console.log(
        `round ${round + 1} ${route.name}: ours ${Math.round(entry.ours.requestsPerS)} req/s p99 ${entry.ours.p99} ms${cpuNote(entry.ours)} | bare ${Math.round(entry.bare.requestsPerS)} req/s p99 ${entry.bare.p99} ms${cpuNote(entry.bare)} | ratio ${(100 * entry.ratio).toFixed(0)} % | paced ${Math.round(paced.requestsPerS)} req/s p50 ${paced.p50} p99 ${paced.p99} ms${cpuNote(paced)}` +
          ` (generator loop lag p99 ${paced.clientLag?.p99} max ${paced.clientLag?.max} ms, sent late p99 ${paced.sendLag?.p99} ms; server's own: ${(100 * view.over25ms).toFixed(2)} % over 25 ms, loop lag p99 ${view.loopLagP99Ms} max ${view.loopLagMaxMs} ms, GC ${view.gcCount} pauses ${view.gcMs} ms (${view.gcOver10ms} ≥ 10 ms)${gc ? `; server GC during it: ${gc.count} pauses, ${gc.over10} ≥ 10 ms, max ${gc.max} ms` : ''}; load ${loadavg()[0]!.toFixed(1)})` +
          (entry.ours.non2xx + entry.ours.errors + paced.non2xx + paced.errors > 0 ? ` | NON-2XX ${entry.ours.non2xx + paced.non2xx}, errors ${entry.ours.errors + paced.errors}` : ''),
      );
    }
  }

  const summary = chosen.map((route) => {
    const entries = rounds[route.name]!;
    const pick = (get: (entry: (typeof entries)[number]) => number) => median(entries.map(get));
    // Latencies to 0.1 ms: the median of two rounds is their mean, with float noise.
    const ms = (get: (entry: (typeof entries)[number]) => number) => Math.round(pick(get) * 10) / 10;
    return {
      route: route.name,
      label: route.label,
      bytes: bytes[route.name as keyof typeof bytes],
      ours: { requestsPerS: pick((e) => e.ours.requestsPerS), p50: ms((e) => e.ours.p50), p99: ms((e) => e.ours.p99) },
      bare: { requestsPerS: pick((e) => e.bare.requestsPerS), p50: ms((e) => e.bare.p50), p99: ms((e) => e.bare.p99) },
      paced: { requestsPerS: pick((e) => e.paced.requestsPerS), p50: ms((e) => e.paced.p50), p99: ms((e) => e.paced.p99) },
      ratio: pick((e) => e.ratio),
      ratios: entries.map((e) => e.ratio),
      failures: entries.reduce((sum, e) => sum + e.ours.non2xx + e.ours.errors + e.paced.non2xx + e.paced.errors + e.bare.non2xx + e.bare.errors, 0),
    };
  });

  const kb = (n: number) => `${(n / 1024).toFixed(n < 10_240 ? 1 : 0)} KB`;
  const pct = (n: number) => `${Math.round(100 * n)} %`;
  const table = [
    `| route (answer size) | ours req/s | bare req/s | **ratio** (rounds) | ours p50 / p99 | bare p50 / p99 | paced at ½: req/s, p50 / p99 | targets |`,
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...summary.map((row) => {
      const throughputMet = row.ratio >= 0.5;
      const latencyMet = row.paced.p99 < 25;
      return (
        `| ${row.label} (${kb(row.bytes)}) | ${Math.round(row.ours.requestsPerS)} | ${Math.round(row.bare.requestsPerS)} | **${pct(row.ratio)}** (${row.ratios.map((r) => Math.round(100 * r)).join(', ')}) ` +
        `| ${row.ours.p50} / ${row.ours.p99} ms | ${row.bare.p50} / ${row.bare.p99} ms | ${Math.round(row.paced.requestsPerS)}, ${row.paced.p50} / ${row.paced.p99} ms ` +
        `| ratio ≥ 50 %: ${throughputMet ? 'met' : '**not met**'}; paced p99 < 25 ms: ${latencyMet ? 'met' : '**not met**'}${row.failures > 0 ? `; ${row.failures} failed requests` : ''} |`
      );
    }),
  ].join('\n');

  // Per paced run, whose the tail is: the generator's (sent late, its loop stalled), the
  // server process's (its loop lag, GC), or the route's (over 25 ms by the server's clock).
  const tailTable = [
    `| paced run | p99 | generator: sent late p99, loop lag p99 / max | server's own clock: over 25 ms | server loop lag p99 / max | server GC: pauses, ms (≥ 10 ms) |`,
    '|---|---:|---:|---:|---:|---:|',
    ...chosen.flatMap((route) =>
      rounds[route.name]!.map(({ paced }, index) => {
        const view = paced.server;
        return (
          `| ${route.label}, round ${index + 1} | ${paced.p99} ms | ${paced.sendLag?.p99 ?? '–'}, ${paced.clientLag?.p99 ?? '–'} / ${paced.clientLag?.max ?? '–'} ms ` +
          `| ${view ? `${(100 * view.over25ms).toFixed(2)} %` : '–'} | ${view ? `${view.loopLagP99Ms} / ${view.loopLagMaxMs} ms` : '–'} | ${view ? `${view.gcCount}, ${view.gcMs} (${view.gcOver10ms})` : '–'} |`
        );
      }),
    ),
  ].join('\n');

  const section = [
    '## API: graph read, write and list next to a bare route',
    '',
    `\`pnpm bench --only api\` (bench/api/run.ts) — ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${machineLine(machine)} at the start;`,
    `${MODE === 'scaled' ? 'scaled mode (a fresh Postgres database, Redis for rate limits), ' : 'embedded mode (PGlite), '}the built server (\`apps/server/dist/main.js\`) in its own process,`,
    `autocannon 9 in the bench process on the same 2 cores, ${CONNECTIONS} connections, ${SECONDS} s per run, ${ROUNDS} rounds (median; ratios per round in brackets).`,
    '',
    'Each API route is measured next to a bare Hono route on the same server (`BENCH_BARE_ROUTES=1`, registered before every',
    'middleware) that answers the same bytes from memory (for PUT: after reading the same request body). The API route does',
    'everything a script gets: request id, logging, security headers, compression negotiation, CORS, timeout, body limit, two rate',
    'limits, API-key authentication, workspace access, the database read or the guarded write. "Paced" is the same route at',
    `half its own saturated throughput, sent open loop at a steady rate over ${CONNECTIONS} keep-alive connections by a load generator in`,
    "a process of its own (bench/api/paced.ts; latency from when each request was due): below saturation, where the p99 target applies (at saturation latency is just",
    "connections ÷ throughput). autocannon's own `overallRate` sends each connection's quota for the second in a burst at its start.",
    '',
    table,
    '',
    "Where each paced run's tail is: the generator's own lateness (requests sent after they were due; its event loop's delay), the",
    "server's own clock (the share of requests over 25 ms from its edge middleware to the answer built: a p99 over 25 ms that the",
    "server's clock does not show is queueing before its handler or outside it), the server's event-loop lag and its GC pauses",
    '(its `/metrics`, scraped before and after each paced run).',
    '',
    tailTable,
  ].join('\n');

  console.log(`\n${section}\n`);
  mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  writeFileSync(
    path.join(root, 'bench/results/api.json'),
    `${JSON.stringify({ date: started.toISOString(), machine, mode: MODE, connections: CONNECTIONS, seconds: SECONDS, rounds: ROUNDS, summary, perRound: rounds }, null, 2)}\n`,
  );
  if (!args.includes('--no-docs')) writeSection(path.join(root, 'docs/benchmarks.md'), 'api-bench', section);
  console.log(`wrote bench/results/api.json${args.includes('--no-docs') ? '' : ' and the API section of docs/benchmarks.md'}`);
} finally {
  if (server) {
    // SIGTERM lets Node write the CPU profile on the way out.
    await server.stop(PROFILE ? 'SIGTERM' : 'SIGKILL');
    await server.dispose();
  }
  await database?.dispose();
  if (profileDir) console.log(`CPU profile: ${readdirSync(profileDir).map((file) => path.join(profileDir, file)).join(', ') || '(none written)'}`);
}
process.exit(0);
