import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { batchItems, batches, insertGraph, nodeOutputs, runNodes, runs, snapshotGraph } from '@pc/db';
import { createTestAccount, createTestDatabase, type TestDatabase } from '@pc/db/testing';
import {
  createBatchService,
  createBullMqQueue,
  createDbArtifactStore,
  createRedisEventBus,
  createRunEngine,
  loadBatchView,
  submitBatch,
  type JobQueue,
  type RunEngine,
  type EventBus,
} from '@pc/engine';
import { eq, inArray, sql } from 'drizzle-orm';
import { sampleValue } from '@pc/observability/testing';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const prefix = `pc-test-${randomBytes(5).toString('hex')}`;

const at = (x: number) => ({ x, y: 0 });
/** One Character feeding two Scenes feeding a Shot each: a diamond. */
const diamond = (name = 'Anna') => ({
  schemaVersion: 1 as const,
  nodes: [
    { id: 'anna', type: 'character', position: at(0), data: { name } },
    { id: 'sc1', type: 'scene', position: at(300), data: { name: 'Harbour at dawn' } },
    { id: 'sc2', type: 'scene', position: at(300), data: { name: 'Harbour at dusk' } },
    { id: 'sh1a', type: 'shot', position: at(600), data: { shotNumber: '1A' } },
    { id: 'sh2a', type: 'shot', position: at(600), data: { shotNumber: '2A' } },
  ],
  edges: [
    { id: 'e1', source: 'anna', sourceHandle: 'character', target: 'sc1', targetHandle: 'characters' },
    { id: 'e2', source: 'anna', sourceHandle: 'character', target: 'sc2', targetHandle: 'characters' },
    { id: 'e3', source: 'sc1', sourceHandle: 'scene', target: 'sh1a', targetHandle: 'scene' },
    { id: 'e4', source: 'sc2', sourceHandle: 'scene', target: 'sh2a', targetHandle: 'scene' },
  ],
});

const waitFor = async (check: () => Promise<boolean>, what: string, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('apps/worker (BullMQ, Postgres)', () => {
  let test: TestDatabase;
  let queue: JobQueue;
  let bus: EventBus;
  let engine: RunEngine;
  const children: ChildProcess[] = [];

  const startWorker = (name: string, env: Record<string, string>) => {
    const child = spawn(process.execPath, ['dist/main.js'], {
      cwd: packageDir,
      env: {
        ...process.env,
        DATABASE_URL: test.url!,
        REDIS_URL: redisUrl,
        REDIS_PREFIX: prefix,
        WORKER_CONCURRENCY_CPU: '2',
        WORKER_LEASE_MS: '2000',
        WORKER_LOCK_DURATION_MS: '2000',
        WORKER_STALLED_INTERVAL_MS: '1000',
        SWEEP_INTERVAL_MS: '1000',
        LOG_LEVEL: 'info',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    children.push(child);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    return { child, name, output: () => output, exited, ready: () => waitFor(async () => output.includes('worker ready'), `${name} ready`, 20_000) };
  };

  beforeAll(async () => {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: packageDir, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
    test = await createTestDatabase('postgres');
    queue = createBullMqQueue({ redisUrl, prefix, onError: () => {} });
    bus = createRedisEventBus({ redisUrl, prefix, onError: () => {} });
    // The server's side: submit only, no workers here.
    engine = createRunEngine({ db: test.database.db, queue, bus });
  });

  // A failed test must not leave its workers taking the next test's jobs.
  afterEach(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  });

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await queue?.close({ deadlineMs: 500 });
    await bus?.close();
    await test?.dispose();
    const redis = new Redis(redisUrl);
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1_000);
      cursor = next;
      if (keys.length > 0) await redis.unlink(...keys);
    } while (cursor !== '0');
    redis.disconnect();
  });

  const submitDiamond = async (name?: string) => {
    const account = await createTestAccount(test.database.db);
    const graph = await insertGraph(test.database.db, { name: 'Diamond', workspaceId: account.workspaceId, document: diamond(name) });
    const snapshot = await snapshotGraph(test.database.db, { graphId: graph.id });
    if (snapshot.kind !== 'snapshot') throw new Error('no snapshot');
    return engine.submitRun({ graphId: graph.id, workspaceId: account.workspaceId, revision: snapshot.revision.revision });
  };

  it('finishes a run after its worker is SIGKILLed mid-run; each node recorded once', async () => {
    const first = startWorker('worker A', { PC_TEST_NODE_DELAY_MS: '1500' });
    await first.ready();
    const { id } = await submitDiamond();
    // Kill A while the Scenes (after ANNA) are in flight.
    await waitFor(async () => (await engine.getRun(id))?.nodes.some((node) => node.nodeId !== 'anna' && node.status === 'running') ?? false, 'a scene running', 20_000);
    const before = await engine.getRun(id);
    first.child.kill('SIGKILL');
    await first.exited;
    const finishedBeforeKill = new Map(before!.nodes.filter((node) => node.status === 'succeeded').map((node) => [node.nodeId, node.finishedAt?.getTime()]));

    const second = startWorker('worker B', { PC_TEST_NODE_DELAY_MS: '100', WORKER_PORT: '0', WORKER_HOST: '127.0.0.1', METRICS_TOKEN: 'worker-metrics-token-0123' });
    await second.ready();
    await waitFor(async () => (await engine.getRun(id))?.status === 'succeeded', 'the run to succeed on worker B', 40_000);
    const run = (await engine.getRun(id))!;
    // A node A was running may end `cached`: B's redelivered attempt ran it and stored its output
    // while the sweeper's newer attempt took the node over and found that output. Either way once.
    for (const node of run.nodes) expect(['succeeded', 'cached'], node.nodeId).toContain(node.status);
    // Nodes A finished were not run again: their completion is the one A recorded.
    for (const [nodeId, finishedAt] of finishedBeforeKill) expect(run.nodes.find((node) => node.nodeId === nodeId)?.finishedAt?.getTime()).toBe(finishedAt);
    const startedOnB = second.output().split('\n').filter((line) => line.includes('"node started"')).map((line) => (JSON.parse(line) as { nodeId: string }).nodeId);
    for (const nodeId of finishedBeforeKill.keys()) expect(startedOnB).not.toContain(nodeId);
    expect(new Set(startedOnB).size).toBe(startedOnB.length);
    // One cached output per node key, one row per node.
    const keys = run.nodes.map((node) => node.cacheKey);
    expect(await test.database.db.select({ key: nodeOutputs.cacheKey }).from(nodeOutputs).where(inArray(nodeOutputs.cacheKey, keys))).toHaveLength(5);
    expect(await test.database.db.select().from(runNodes).where(eq(runNodes.runId, id))).toHaveLength(5);

    // PNGs were rendered (on the bundle's dist/png-thread.js threads) and stored next to the SVGs.
    const store = createDbArtifactStore(test.database.db);
    const pngs = run.nodes.flatMap((node) => Object.entries(node.outputs?.artifacts ?? {}).filter(([name]) => name.endsWith('.png')));
    expect(pngs.map(([name]) => name).sort()).toEqual(['frame.png', 'frame.png', 'turnaround.png']);
    for (const [, artifact] of pngs) {
      const stored = await store.get(artifact.hash);
      expect(stored?.mediaType).toBe('image/png');
      expect([...stored!.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    }
    expect(second.output()).toMatch(/"pngThreads":\d+/);

    // /healthz on WORKER_PORT: ready while Postgres and Redis answer.
    const healthPort = (JSON.parse(second.output().split('\n').find((line) => line.includes('"worker ready"'))!) as { healthPort: number }).healthPort;
    const health = await fetch(`http://127.0.0.1:${healthPort}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ready', checks: { database: 'ok', redis: 'ok' } });

    // /metrics on the same port, for the bearer of METRICS_TOKEN: B's node jobs, counted.
    expect((await fetch(`http://127.0.0.1:${healthPort}/metrics`)).status).toBe(401);
    const scraped = await fetch(`http://127.0.0.1:${healthPort}/metrics`, { headers: { Authorization: 'Bearer worker-metrics-token-0123' } });
    expect(scraped.status).toBe(200);
    const exposition = await scraped.text();
    expect(sampleValue(exposition, 'pc_job_run_seconds_count', { service: 'worker', outcome: 'succeeded' })).toBe(startedOnB.length);
    // Waits are counted for jobs claimed from the queue, not for the ones B took over from A.
    expect(sampleValue(exposition, 'pc_job_wait_seconds_count', { queue: 'cpu' })).toBeGreaterThan(0);
    expect(exposition).toMatch(/pc_queue_jobs\{[^}]*queue="cpu"/);
    expect(exposition).toContain('nodejs_eventloop_lag_seconds');

    // Graceful shutdown: SIGTERM exits 0.
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('hands its running job back on SIGTERM past the deadline; another worker finishes the run, no node lost', async () => {
    // A different Character: nothing of the first test's run is in the cache.
    const first = startWorker('worker C', { PC_TEST_NODE_DELAY_MS: '4000', WORKER_SHUTDOWN_DEADLINE_MS: '300' });
    await first.ready();
    const { id } = await submitDiamond('Bruno');
    await waitFor(async () => (await engine.getRun(id))?.nodes.some((node) => node.status === 'running') ?? false, 'a node running', 20_000);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toMatch(/"handedBack":1,.*"msg":"queue closed"/);
    expect((await engine.getRun(id))?.status).not.toBe('succeeded');

    const second = startWorker('worker D', { PC_TEST_NODE_DELAY_MS: '50' });
    await second.ready();
    await waitFor(async () => (await engine.getRun(id))?.status === 'succeeded', 'the run to succeed on worker D', 40_000);
    const run = (await engine.getRun(id))!;
    expect(run.nodes.map((node) => node.status)).toEqual(['succeeded', 'succeeded', 'succeeded', 'succeeded', 'succeeded']);
    expect(await test.database.db.select().from(runNodes).where(eq(runNodes.runId, id))).toHaveLength(5);
    // One JSON line per node job, with the run, node and job ids.
    const finishedLines = second
      .output()
      .split('\n')
      .filter((line) => line.includes('"node job finished"'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(finishedLines.length).toBeGreaterThan(0);
    for (const line of finishedLines) expect(line).toMatchObject({ service: 'worker', runId: id, jobId: `${id}_${String(line['nodeId'])}_${String(line['attempt'])}`, outcome: 'succeeded' });
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('finishes every item of a batch exactly once when a worker is SIGKILLed mid-batch', async () => {
    const workers = [startWorker('batch worker A', { PC_TEST_NODE_DELAY_MS: '300' }), startWorker('batch worker B', { PC_TEST_NODE_DELAY_MS: '300' })];
    await Promise.all(workers.map((worker) => worker.ready()));
    // The server's part: submit, and reconcile on its own tick. The workers finish items and start the next ones.
    const service = createBatchService({ db: test.database.db, engine, bus, globalConcurrency: 8 });
    const stopTicking = service.start(500);
    try {
      const account = await createTestAccount(test.database.db);
      const graph = await insertGraph(test.database.db, { name: 'Diamond batch', workspaceId: account.workspaceId, document: diamond() });
      const snapshot = await snapshotGraph(test.database.db, { graphId: graph.id });
      if (snapshot.kind !== 'snapshot') throw new Error('no snapshot');
      const total = 40;
      const outcome = await submitBatch(test.database.db, {
        workspaceId: account.workspaceId,
        graphId: graph.id,
        revision: snapshot.revision.revision,
        createdBy: account.user.id,
        idempotencyKey: 'sigkill',
        requestHash: 'sigkill',
        priority: 'normal',
        concurrency: 8,
        items: Array.from({ length: total }, (_, index) => ({ overrides: { sh1a: { lensMm: 20 + index } } })),
        maxActivePerUser: 10,
      });
      if (outcome.kind !== 'created') throw new Error(outcome.kind);
      service.kick();
      const view = async () => (await loadBatchView(test.database.db, outcome.batchId))!.view;
      // Kill A while it holds batch nodes and items are in flight.
      await waitFor(async () => workers[0]!.output().split('"node started"').length > 3 && (await view()).counts.running >= 4, 'items in flight on worker A', 60_000);
      workers[0]!.child.kill('SIGKILL');
      await workers[0]!.exited;
      await waitFor(async () => (await view()).status === 'completed', 'the batch to complete on worker B', 120_000);
      expect((await view()).counts).toEqual({ total, queued: 0, running: 0, succeeded: total, failed: 0, cancelled: 0 });
      // Each item finished exactly once (the finish counter moves once per item finish), with one run of its own.
      const [batch] = await test.database.db.select({ seq: batches.finishedSeq }).from(batches).where(eq(batches.id, outcome.batchId));
      expect(batch?.seq).toBe(total);
      const [linked] = await test.database.db
        .select({ items: sql<number>`count(*)::int`, runs: sql<number>`count(distinct ${batchItems.runId})::int` })
        .from(batchItems)
        .where(eq(batchItems.batchId, outcome.batchId));
      expect(linked).toEqual({ items: total, runs: total });
      const [made] = await test.database.db.select({ count: sql<number>`count(*)::int` }).from(runs).where(eq(runs.batchId, outcome.batchId));
      expect(Number(made?.count)).toBe(total);
    } finally {
      stopTicking();
      workers[1]!.child.kill('SIGTERM');
      await workers[1]!.exited;
    }
  }, 240_000);

  it('answers /healthz 503 naming Redis when Redis does not answer', async () => {
    const worker = startWorker('worker without Redis', { REDIS_URL: 'redis://127.0.0.1:1', WORKER_PORT: '0', WORKER_HOST: '127.0.0.1', SWEEP_INTERVAL_MS: '0' });
    await worker.ready();
    const healthPort = (JSON.parse(worker.output().split('\n').find((line) => line.includes('"worker ready"'))!) as { healthPort: number }).healthPort;
    const health = await fetch(`http://127.0.0.1:${healthPort}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'unavailable', checks: { database: 'ok', redis: 'unreachable' } });
    worker.child.kill('SIGKILL');
    await worker.exited;
  });
});
