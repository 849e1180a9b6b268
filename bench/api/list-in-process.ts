/**
 * The graph list's CPU per request in one process, without HTTP: the app's own work
 * (middleware, cache, compression) priced apart from sockets, autocannon and the box's other
 * load, per content coding the client accepts. Two server source trees (A: `--base`, the
 * apps/server/src of another checkout; B: this one's) are loaded side by side, each over a
 * Postgres database of its own with 60 graphs, and measured in interleaved rounds: the order
 * of builds and codings alternates, so drift of the box falls on both.
 *
 *   pnpm --filter @pc/bench-api exec tsx list-in-process.ts --base /path/to/other/apps/server/src --rounds 6
 *
 * CPU is `process.cpuUsage()`: every thread of the process, so the thread pool's
 * compression counts. Requests go 50 at a time, as a busy server's event loop takes them.
 */
import path from 'node:path';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name: string, fallback?: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const ROUNDS = Number(option('rounds', '6'));
const REQUESTS = Number(option('requests', '20000'));
const BATCH = 50;
const base = option('base');
const trees = [...(base ? [{ name: 'A', src: path.resolve(base) }] : []), { name: 'B', src: path.resolve(here, '../../apps/server/src') }];
/** No header, what curl --compressed and Node's fetch send, what Chromium sends. */
const codings: { name: string; headers: Record<string, string> }[] = [
  { name: 'none', headers: {} },
  { name: 'gzip', headers: { 'Accept-Encoding': 'gzip' } },
  { name: 'br', headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } },
];

interface Harness {
  owner: { withApiKey(scopes: string[]): Promise<{ call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response> }> };
  call(method: string, path: string, body?: unknown): Promise<Response>;
  dispose(): Promise<void>;
}

type Script = Awaited<ReturnType<Harness['owner']['withApiKey']>>;
const builds: { name: string; src: string; harness: Harness; script: Script; bytes: number }[] = [];
for (const tree of trees) {
  const { createApiHarness } = (await import(path.join(tree.src, 'test/harness.ts'))) as {
    createApiHarness(kind: 'postgres', security: { rateLimits: Record<string, number> }): Promise<Harness>;
  };
  // The harness's limits (100,000 a minute) are within a few rounds' reach.
  const harness = await createApiHarness('postgres', { rateLimits: { perActorPerMinute: 1e9, perIpPerMinute: 1e9 } });
  for (let index = 0; index < 60; index += 1) await harness.call('POST', '/graphs', { name: `Episode ${index + 1}` });
  const script = await harness.owner.withApiKey(['read']);
  const probe = await script.call('GET', '/graphs');
  if (probe.status !== 200) throw new Error(`${tree.name}: GET /graphs answered ${probe.status}`);
  builds.push({ ...tree, harness, script, bytes: (await probe.arrayBuffer()).byteLength });
}

const measure = async (build: (typeof builds)[number], headers: Record<string, string>, requests: number) => {
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  for (let sent = 0; sent < requests; sent += BATCH) {
    const answers = await Promise.all(Array.from({ length: BATCH }, () => build.script.call('GET', '/graphs', undefined, headers)));
    for (const answer of answers) {
      if (answer.status !== 200) throw new Error(`${build.name}: ${answer.status}`);
      await answer.arrayBuffer();
    }
  }
  const cpu = process.cpuUsage(cpuBefore);
  return { cpuUs: (cpu.user + cpu.system) / requests, wallUs: ((performance.now() - wallBefore) * 1000) / requests };
};

console.log(`list of ${builds.map((build) => `${build.name} ${build.bytes} B`).join(', ')}; ${REQUESTS} requests per run, load ${loadavg().map((value) => value.toFixed(1)).join(' ')}`);
const results = new Map<string, number[]>();
try {
  // Warm-up: JIT and caches of both, every coding.
  for (const build of builds) for (const coding of codings) await measure(build, coding.headers, 2_000);
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = round % 2 === 0 ? builds : [...builds].reverse();
    const codingOrder = round % 2 === 0 ? codings : [...codings].reverse();
    const line = [];
    for (const build of order) {
      for (const coding of codingOrder) {
        const { cpuUs, wallUs } = await measure(build, coding.headers, REQUESTS);
        const key = `${build.name} ${coding.name}`;
        results.set(key, [...(results.get(key) ?? []), cpuUs]);
        line.push(`${key} ${cpuUs.toFixed(1)} µs CPU (${wallUs.toFixed(1)} wall)`);
      }
    }
    console.log(`round ${round + 1} (load ${loadavg()[0]!.toFixed(1)}): ${line.join(', ')}`);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  for (const [key, values] of results) console.log(`${key}: CPU µs per request ${values.map((value) => value.toFixed(1)).join(', ')} (median ${median(values).toFixed(1)})`);
} finally {
  for (const build of builds) await build.harness.dispose();
}
process.exit(0);
