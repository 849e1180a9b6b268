/**
 * Batch bench (issue 7, item 8): submit 1,000 items × a 10-node graph over HTTP and time
 * the acceptance (target < 1.5 s), then process them in the scaled mode — the built
 * server (EMBEDDED_WORKERS=false) and apps/worker processes on Postgres + Redis — and
 * report items/s and node jobs/s.
 *
 *   pnpm bench:batch        (BENCH_ITEMS=1000, BENCH_ACCEPT_REPEATS=5, BENCH_WORKERS=2)
 *
 * Needs Postgres (TEST_DATABASE_URL; a fresh database, dropped after) and Redis (REDIS_URL;
 * keys under a fresh `pc-bench-*` prefix, deleted after). Prints a table, writes
 * bench/results/batch.json and rewrites the batch section of docs/benchmarks.md.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { batchItems, runNodes, selectRows } from '@pc/db';
import { createTestDatabase } from '@pc/db/testing';
import { sql } from 'drizzle-orm';
import { Redis } from 'ioredis';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const ITEMS = Number(process.env['BENCH_ITEMS'] ?? 1_000);
const ACCEPT_REPEATS = Number(process.env['BENCH_ACCEPT_REPEATS'] ?? 5);
const WORKERS = Number(process.env['BENCH_WORKERS'] ?? 2);
const prefix = `pc-bench-${randomBytes(4).toString('hex')}`;
const ACCEPT_TARGET_MS = 1_500;

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const uptime = () => {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return `load average: ${loadavg().map((load) => load.toFixed(2)).join(', ')}`;
  }
};

/** The bench graph: a Character cast in 3 Scenes, each covered by 2 Shots (10 nodes). */
const tenNodeGraph = () => {
  const nodes: { id: string; type: string; position: { x: number; y: number }; data: Record<string, unknown> }[] = [
    { id: 'lead', type: 'character', position: { x: 0, y: 0 }, data: { name: 'MARA' } },
  ];
  const edges: { id: string; source: string; sourceHandle: string; target: string; targetHandle: string }[] = [];
  for (let s = 1; s <= 3; s += 1) {
    nodes.push({ id: `sc${s}`, type: 'scene', position: { x: 300, y: s * 200 }, data: { sceneNumber: String(s) } });
    edges.push({ id: `cast-${s}`, source: 'lead', sourceHandle: 'character', target: `sc${s}`, targetHandle: 'characters' });
    for (const letter of ['A', 'B']) {
      nodes.push({ id: `sh${s}${letter.toLowerCase()}`, type: 'shot', position: { x: 600, y: s * 200 }, data: { shotNumber: `${s}${letter}` } });
      edges.push({ id: `cover-${s}${letter}`, source: `sc${s}`, sourceHandle: 'scene', target: `sh${s}${letter.toLowerCase()}`, targetHandle: 'scene' });
    }
  }
  return { schemaVersion: 1, nodes, edges };
};
const SHOTS = ['sh1a', 'sh1b', 'sh2a', 'sh2b', 'sh3a', 'sh3b'];
const SIZES = ['WS', 'MS', 'MCU', 'CU'];
/** Item i re-frames one Shot (its own lens): one node of work per item, nine from the cache. */
const items = Array.from({ length: ITEMS }, (_, index) => ({
  ref: `row-${index + 1}`,
  overrides: { [SHOTS[index % SHOTS.length]!]: { lensMm: 10 + (index % 1_000) + Math.floor(index / 1_000) / 10, shotSize: SIZES[index % SIZES.length] } },
}));

const build = (dir: string) => {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: join(root, dir), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`building ${dir} failed:\n${result.stdout}${result.stderr}`);
};

const children: ChildProcess[] = [];
const start = (dir: string, env: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; match: RegExpExecArray }> => {
  const { DATABASE_URL: _db, REDIS_URL: _redis, ...inherited } = process.env;
  const child = spawn(process.execPath, ['dist/main.js'], { cwd: join(root, dir), env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${dir} not ready in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, match });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`${dir} exited with ${code}:\n${output}`)));
  });
};

async function main(): Promise<void> {
  const loadBefore = uptime();
  console.log(`building the server and worker bundles…`);
  build('apps/server');
  build('apps/worker');
  const test = await createTestDatabase('postgres');
  const dataDir = mkdtempSync(join(tmpdir(), 'pc-bench-batch-'));
  try {
    const shared = { DATABASE_URL: test.url!, REDIS_URL: redisUrl, REDIS_PREFIX: prefix, BATCH_CONCURRENCY: '16', LOG_LEVEL: 'info' };
    const server = await start(
      'apps/server',
      { ...shared, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, EMBEDDED_WORKERS: 'false', RATE_LIMIT_PER_MINUTE: '100000', RATE_LIMIT_IP_PER_MINUTE: '100000' },
      /"url":"(http:[^"]+)","msg":"listening"/,
    );
    const url = server.match[1]!;
    for (let index = 0; index < WORKERS; index += 1) {
      await start('apps/worker', { ...shared, WORKER_CONCURRENCY_CPU: '2', WORKER_CONCURRENCY_IO: '4', PNG_THREADS: '1', SWEEP_INTERVAL_MS: '5000' }, /"worker ready"/);
    }

    const signup = await fetch(`${url}/api/v1/auth/signup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: `bench-${Date.now()}@example.test`, password: 'harbour-at-dawn-42', name: 'Bench' }),
    });
    if (signup.status !== 201) throw new Error(`sign-up: ${signup.status} ${await signup.text()}`);
    const cookie = /pc_session=[^;]*/.exec(signup.headers.getSetCookie().join(';'))?.[0] ?? '';
    const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      fetch(`${url}/api/v1${path}`, { method, headers: { Cookie: cookie, 'Content-Type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    const graph = (await (await call('POST', '/graphs', { name: 'Bench', document: tenNodeGraph() })).json()) as { id: string };
    const revision = (await (await call('POST', `/graphs/${graph.id}/revisions`, { message: 'bench' })).json()) as { revision: number };
    const body = { graphId: graph.id, revision: revision.revision, items, concurrency: 16 };
    const bodyBytes = Buffer.byteLength(JSON.stringify(body));

    // Acceptance: every submission is timed; all but the last are cancelled at once, the last is processed.
    const acceptMs: number[] = [];
    let processed: { id: string; createdAt: string } | undefined;
    for (let repeat = 0; repeat < ACCEPT_REPEATS; repeat += 1) {
      const started = performance.now();
      const response = await call('POST', '/batches', body, { 'Idempotency-Key': `bench-${repeat}` });
      const created = (await response.json()) as { id: string; createdAt: string };
      acceptMs.push(performance.now() - started);
      if (response.status !== 201) throw new Error(`submit: ${response.status} ${JSON.stringify(created)}`);
      if (repeat < ACCEPT_REPEATS - 1) await call('POST', `/batches/${created.id}/cancel`);
      else processed = created;
    }
    if (!processed) throw new Error('nothing submitted');
    console.log(`accepted ${ITEMS} items in ${acceptMs.map((ms) => round(ms)).join(', ')} ms; processing…`);

    let etag = '';
    let batch: { status: string; createdAt: string; startedAt: string | null; finishedAt: string | null; counts: Record<string, number> } | undefined;
    const deadline = Date.now() + 30 * 60_000;
    while (Date.now() < deadline) {
      const response = await call('GET', `/batches/${processed.id}`, undefined, etag ? { 'If-None-Match': etag } : {});
      if (response.status === 200) {
        etag = response.headers.get('ETag') ?? '';
        batch = (await response.json()) as typeof batch;
        if (batch?.status === 'completed') break;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    if (batch?.status !== 'completed' || !batch.finishedAt) throw new Error(`batch did not complete: ${JSON.stringify(batch)}`);
    const seconds = (Date.parse(batch.finishedAt) - Date.parse(batch.createdAt)) / 1000;
    const [nodes] = await selectRows<{ executed: number; cached: number; total: number }>(
      test.database.db,
      sql`select count(*) filter (where ${runNodes.status} = 'succeeded')::int as executed,
                 count(*) filter (where ${runNodes.status} = 'cached')::int as cached, count(*)::int as total
          from ${runNodes} join ${batchItems} on ${batchItems.runId} = ${runNodes.runId}
          where ${batchItems.batchId} = ${processed.id}`,
    );
    const loadAfter = uptime();
    const result = {
      date: new Date().toISOString().slice(0, 10),
      machine: { cpus: availableParallelism(), model: cpus()[0]?.model.trim() ?? '', memoryGiB: round(totalmem() / 2 ** 30), node: process.version },
      loadBefore,
      loadAfter,
      items: ITEMS,
      nodesPerItem: 10,
      workers: WORKERS,
      bodyBytes,
      acceptMs: { median: round(median(acceptMs)), min: round(Math.min(...acceptMs)), max: round(Math.max(...acceptMs)), samples: acceptMs.map((ms) => round(ms)) },
      processing: {
        seconds: round(seconds, 2),
        itemsPerSecond: round(ITEMS / seconds),
        nodeJobsPerSecond: round(Number(nodes?.executed ?? 0) / seconds),
        runNodesPerSecond: round(Number(nodes?.total ?? 0) / seconds),
        executedNodes: Number(nodes?.executed ?? 0),
        cachedNodes: Number(nodes?.cached ?? 0),
        counts: batch.counts,
      },
    };
    const table = [
      '| measure | value | target |',
      '|---|---:|---|',
      `| accept ${ITEMS} items × 10-node graph (${round(bodyBytes / 1024)} KiB body), median of ${ACCEPT_REPEATS} (min / max) | ${result.acceptMs.median} ms (${result.acceptMs.min} / ${result.acceptMs.max}) | < ${ACCEPT_TARGET_MS} ms: ${result.acceptMs.median < ACCEPT_TARGET_MS ? 'met' : 'not met'} |`,
      `| process the batch (submit → last item), scaled: server + ${WORKERS} workers | ${result.processing.seconds} s | – |`,
      `| items/s | ${result.processing.itemsPerSecond} | – |`,
      `| node jobs/s (nodes executed: ${result.processing.executedNodes}) | ${result.processing.nodeJobsPerSecond} | – |`,
      `| run nodes/s incl. cache hits (${result.processing.executedNodes + result.processing.cachedNodes} of ${ITEMS * 10}) | ${result.processing.runNodesPerSecond} | – |`,
    ].join('\n');
    console.log(`\n${table}\n`);
    mkdirSync(join(root, 'bench/results'), { recursive: true });
    writeFileSync(join(root, 'bench/results/batch.json'), `${JSON.stringify(result, null, 2)}\n`);

    const section = [
      '<!-- batch-bench:start -->',
      '## Batches: acceptance and scaled processing',
      '',
      `\`pnpm bench:batch\` (bench/batch/run.ts) — ${result.date}, ${result.machine.cpus} × ${result.machine.model}, ${result.machine.memoryGiB} GiB, Node ${result.machine.node}; Postgres and Redis on the same box.`,
      '',
      `Machine load — before: \`${loadBefore}\`; after: \`${loadAfter}\`.`,
      '',
      `${ITEMS} items, each re-framing one of the graph's 6 Shots (its own lens and size): one node of work per item, the other nine`,
      'served from the cache (the first item computes the shared Character and Scenes). Submitted over HTTP to the built server',
      `(\`EMBEDDED_WORKERS=false\`), processed by ${WORKERS} \`apps/worker\` processes (2 CPU jobs each, 1 PNG thread), \`BATCH_CONCURRENCY=16\`,`,
      'per-batch concurrency 16. Items/s and node jobs/s: from the batch\'s `createdAt` to its `finishedAt`.',
      '',
      table,
      '<!-- batch-bench:end -->',
    ].join('\n');
    const docsPath = join(root, 'docs/benchmarks.md');
    const docs = readFileSync(docsPath, 'utf8');
    const updated = /<!-- batch-bench:start -->[\s\S]*<!-- batch-bench:end -->/.test(docs)
      ? docs.replace(/<!-- batch-bench:start -->[\s\S]*<!-- batch-bench:end -->/, section)
      : `${docs.trimEnd()}\n\n${section}\n`;
    writeFileSync(docsPath, updated);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)))));
    rmSync(dataDir, { recursive: true, force: true });
    await test.dispose();
    const redis = new Redis(redisUrl);
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1_000);
      cursor = next;
      if (keys.length > 0) await redis.unlink(...keys);
    } while (cursor !== '0');
    redis.disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
