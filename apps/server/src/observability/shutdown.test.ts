// First: the harness loads the app (zod-openapi before @pc/graph).
import { connectClient, eventually, type Client } from '../test/collab-harness.js';
import { runNodes } from '@pc/db';
import { createTestDatabase, type TestDatabase } from '@pc/db/testing';
import { getNodesMap } from '@pc/document';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CollabCloseCode } from '../collab/close-codes.js';
import { harbourScene } from '../test/documents.js';
import { api, buildBundle, exitOf, signUpOver, startServerProcess, type ServerProcess } from '../test/server-process.js';

const OUTDIR = 'dist/shutdown-test';
const BUNDLE = `${OUTDIR}/main.js`;

/** One Scene covered by `shots` Shots: enough node jobs to still be running when SIGTERM lands. */
const coverage = (shots: number) => ({
  schemaVersion: 1,
  nodes: [
    { id: 'sc1', type: 'scene', position: { x: 0, y: 0 }, data: { sceneNumber: '1', name: 'Harbour at dawn' } },
    ...Array.from({ length: shots }, (_, index) => ({ id: `sh${index}`, type: 'shot', position: { x: 300, y: index * 40 }, data: { shotNumber: `1${index}` } })),
  ],
  edges: Array.from({ length: shots }, (_, index) => ({ id: `e${index}`, source: 'sc1', sourceHandle: 'scene', target: `sh${index}`, targetHandle: 'scene' })),
});

/**
 * SIGTERM the built server (Postgres, embedded engine) while a run executes and people
 * edit live, then start it again: no node job and no applied collab update is lost.
 */
describe('graceful shutdown of the server', { timeout: 120_000 }, () => {
  let database: TestDatabase;
  const running: ServerProcess[] = [];
  const clients: Client[] = [];

  beforeAll(async () => {
    buildBundle(OUTDIR);
    database = await createTestDatabase('postgres');
  }, 120_000);
  afterAll(async () => {
    for (const client of clients) client.destroy();
    for (const server of running) if (server.child.exitCode === null) server.child.kill('SIGKILL');
    await database?.dispose();
  });

  const start = async () => {
    const server = await startServerProcess(BUNDLE, { DATABASE_URL: database.url!, SHUTDOWN_DEADLINE_MS: '20000', WORKER_CONCURRENCY_CPU: '1' });
    running.push(server);
    return server;
  };

  it('finishes or hands back node jobs, writes every applied update down, and closes sockets with 1012', async () => {
    const first = await start();
    const { cookie } = await signUpOver(first.url, 'Owner');
    const create = async (document: unknown) => ((await (await api(first.url, cookie, 'POST', '/graphs', { name: 'Breakdown', document })).json()) as { id: string }).id;
    const [liveGraph, runGraph] = [await create(harbourScene()), await create(coverage(60))];

    // People editing: every update the writer makes reaches the observer through the server.
    const writer = connectClient(first.url, liveGraph, { cookie });
    const observer = connectClient(first.url, liveGraph, { cookie });
    clients.push(writer, observer);
    await Promise.all([writer.synced, observer.synced]);
    const before = getNodesMap(writer.doc).size;
    const started = await api(first.url, cookie, 'POST', `/graphs/${runGraph}/runs`);
    expect(started.status).toBe(202);
    const { id: runId } = (await started.json()) as { id: string };
    for (let index = 0; index < 30; index += 1) {
      writer.command({ kind: 'AddNodes', nodes: [{ id: `extra-${index}`, type: 'character', position: { x: index * 10, y: 500 }, data: { name: `Extra ${index}` } }] });
    }
    await eventually(() => expect(getNodesMap(observer.doc).size).toBe(before + 30), 15_000);

    // Applied by the server, probably not yet in the durable log: SIGTERM now.
    const runAtStop = (await (await api(first.url, cookie, 'GET', `/runs/${runId}`)).json()) as { status: string };
    first.child.kill('SIGTERM');
    expect(await exitOf(first.child)).toEqual({ code: 0, signal: null });
    await eventually(() => {
      expect(writer.closes).toContain(CollabCloseCode.serverRestart);
      expect(observer.closes).toContain(CollabCloseCode.serverRestart);
    }, 10_000);
    // The clients must not heal the server from their own copies when it comes back.
    writer.destroy();
    observer.destroy();

    const second = await start();
    const reader = connectClient(second.url, liveGraph, { cookie });
    clients.push(reader);
    await reader.synced;
    expect(getNodesMap(reader.doc).size).toBe(before + 30);
    for (let index = 0; index < 30; index += 1) expect(getNodesMap(reader.doc).has(`extra-${index}`)).toBe(true);

    const run = await eventually(async () => {
      const body = (await (await api(second.url, cookie, 'GET', `/runs/${runId}`)).json()) as { status: string; nodes: { status: string }[] };
      expect(body.status).toBe('succeeded');
      return body;
    }, 60_000);
    expect(run.nodes).toHaveLength(61);
    expect(run.nodes.every((node) => node.status === 'succeeded')).toBe(true);
    expect(await database.database.db.select().from(runNodes).where(eq(runNodes.runId, runId))).toHaveLength(61);
    if (runAtStop.status !== 'succeeded') expect(second.output()).toContain('resumed unfinished runs');
  });
});
