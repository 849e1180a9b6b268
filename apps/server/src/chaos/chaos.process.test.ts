import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { GraphDocument } from '@pc/graph';
import { createTestDatabase, type TestDatabase } from '@pc/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, eventually, type Client } from '../test/collab-harness.js';
import { sceneCoverage } from '../test/documents.js';
import { api, buildBundle, exitOf, signUpOver, startServerProcess, type ServerProcess } from '../test/server-process.js';
import { freePort, startPostgresProxy, startPrivateRedis, type PostgresProxy, type PrivateRedis } from './services.js';

/*
 * Chaos with the real services in the scaled mode (server process + worker process,
 * Postgres through a cuttable proxy, a private Redis): Redis restarted mid-run, Postgres
 * gone for ten seconds while a collaborator edits and runs execute, the worker and the
 * server SIGKILLed. Afterwards no run is stuck, no edit the server applied is lost, and
 * the product serves again without anyone's help.
 */

const OUTDIR = 'dist/chaos-test';
const workerDir = fileURLToPath(new URL('../../../worker', import.meta.url));
const FINAL = ['succeeded', 'failed', 'cancelled'];


let database: TestDatabase;
let redis: PrivateRedis;
let proxy: PostgresProxy;
let server: ServerProcess | undefined;
let worker: ChildProcess | undefined;
let client: Client | undefined;
let workerOutput = '';
let port: number;
let env: Record<string, string>;

const startWorker = () => {
  workerOutput = '';
  worker = spawn(process.execPath, ['dist/main.js'], {
    cwd: workerDir,
    env: { ...process.env, ...env, WORKER_LEASE_MS: '2000', WORKER_LOCK_DURATION_MS: '2000', WORKER_STALLED_INTERVAL_MS: '1000', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  worker.stdout?.on('data', (chunk: Buffer) => (workerOutput += chunk.toString()));
  worker.stderr?.on('data', (chunk: Buffer) => (workerOutput += chunk.toString()));
};
const startServer = async () => {
  server = await startServerProcess(`${OUTDIR}/main.js`, { ...env, PORT: String(port) });
};
const kill = async (child: ChildProcess | undefined) => {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGKILL');
  await exitOf(child);
};

beforeAll(async () => {
  buildBundle(OUTDIR);
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: workerDir, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`worker build failed:\n${build.stdout}${build.stderr}`);
  database = await createTestDatabase('postgres');
  const target = new URL(database.url!);
  proxy = await startPostgresProxy({ host: target.hostname, port: Number(target.port || 5432) });
  target.port = String(proxy.port);
  redis = await startPrivateRedis();
  port = await freePort();
  env = {
    DATABASE_URL: target.toString(),
    REDIS_URL: redis.url,
    TRUST_PROXY: 'true',
    EMBEDDED_WORKERS: 'false',
    SWEEP_INTERVAL_MS: '2000',
  };
  startWorker();
  await startServer();
}, 180_000);

afterAll(async () => {
  client?.destroy();
  await kill(server?.child);
  await kill(worker);
  await proxy?.dispose();
  await redis?.dispose();
  await database?.dispose();
});

describe('chaos (scaled mode: server and worker processes, Postgres, a private Redis)', () => {
  it('recovers from a Redis restart, a Postgres outage and SIGKILLed processes: no run stuck, no applied edit lost', async () => {
    const { cookie } = await signUpOver(server!.url, 'Chaos');
    const call = (method: string, path: string, body?: unknown) => api(server!.url, cookie, method, path, body);
    const created = await call('POST', '/graphs', { name: 'Chaos coverage', document: sceneCoverage(24) });
    expect(created.status).toBe(201);
    const graphId = ((await created.json()) as { id: string }).id;
    const startRun = async () => {
      const response = await call('POST', `/graphs/${graphId}/runs`, {});
      expect(response.status).toBe(202);
      return ((await response.json()) as { id: string }).id;
    };
    const finalStatus = (runId: string) =>
      eventually(
        async () => {
          const response = await call('GET', `/runs/${runId}`);
          const run = (await response.json()) as { status: string };
          if (!FINAL.includes(run.status)) throw new Error(`run ${runId} is ${run.status}\nworker:\n${workerOutput.slice(-2000)}`);
          return run.status;
        },
        180_000,
        500,
      );
    const namesInProjection = async () => {
      const graph = (await (await call('GET', `/graphs/${graphId}`)).json()) as { document: GraphDocument };
      return graph.document.nodes.flatMap((node) => (typeof node.data?.['name'] === 'string' ? [node.data['name'] as string] : []));
    };
    client = connectClient(server!.url, graphId, { cookie });
    await client.synced;

    // 1. Redis dies mid-run and comes back empty: the sweeper re-enqueues what was lost.
    const first = await startRun();
    await redis.stop();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await redis.start();
    expect(await finalStatus(first)).toBe('succeeded');

    // 2. Postgres is gone for ten seconds while a collaborator edits and a run executes.
    const second = await startRun();
    proxy.cut();
    const duringOutage = ['Outage 1', 'Outage 2', 'Outage 3', 'Outage 4', 'Outage 5'];
    for (const [index, name] of duringOutage.entries()) {
      client.command({ kind: 'AddNodes', nodes: [{ type: 'character', position: { x: -400, y: index * 160 }, data: { name } }] });
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
    proxy.restore();
    expect(await finalStatus(second)).toBe('succeeded');
    await eventually(async () => expect(await namesInProjection()).toEqual(expect.arrayContaining(duringOutage)), 60_000, 500);

    // 3. Edits the server applied, then the worker and the server are SIGKILLed mid-run.
    const beforeKill = ['Killed 1', 'Killed 2'];
    for (const [index, name] of beforeKill.entries()) {
      client.command({ kind: 'AddNodes', nodes: [{ type: 'character', position: { x: -800, y: index * 160 }, data: { name } }] });
    }
    // The durability promise is 250 ms from the server applying an update.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const third = await startRun();
    await Promise.all([kill(worker), kill(server!.child)]);
    startWorker();
    await startServer();
    expect(await finalStatus(third)).toBe('succeeded');
    await eventually(async () => expect(await namesInProjection()).toEqual(expect.arrayContaining([...duringOutage, ...beforeKill])), 60_000, 500);

    // The collaborator's provider reconnected by itself and sees everything.
    await eventually(() => {
      const names = [...client!.doc.getMap('nodes').values()].flatMap((node) => {
        const data = (node as { get?: (key: string) => unknown }).get?.('data') as { get?: (key: string) => unknown } | undefined;
        const name = data?.get?.('name');
        return typeof name === 'string' ? [name] : [];
      });
      expect(names).toEqual(expect.arrayContaining(beforeKill));
    }, 60_000, 200);
    expect((await fetch(`${server!.url}/readyz`)).status).toBe(200);
  }, 600_000);
});
