import { nodeOutputs, runNodes, runs, type Database } from '@pc/db';
import { createTestDatabase, type TestDatabase } from '@pc/db/testing';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInProcessEventBus } from '../events/in-process-bus.js';
import { createInProcessQueue } from '../queue/in-process/queue.js';
import type { JobQueue } from '../queue/job-queue.js';
import type { NodeJob } from '../queue/node-job.js';
import { seedGraph } from '../testing/runs.js';
import { cast, character, graphOf, scene } from '../testing/script.js';
import { insertRuns, type RunWithNodes } from './insert-run.js';
import { planRun } from '../plan/plan-run.js';
import { createNodeFunctions } from './node-functions.js';
import { createRunEngine, type RunEngine } from './run-engine.js';

const runOf = (id: string, graph: { graphId: string; workspaceId: string; revision: number }, status: 'queued' | 'succeeded' = 'queued'): RunWithNodes => ({
  run: { id, ...graph, status, requestedBy: null, priority: 1, selection: ['anna'], batchId: null, overrides: { anna: { name: 'ANNA' } }, now: new Date('2026-11-22T12:00:00.123Z') },
  nodes: [
    {
      run_id: id,
      node_id: 'anna',
      type: 'character',
      role: 'target',
      status: status === 'succeeded' ? 'cached' : 'queued',
      remaining_deps: 0,
      depends_on: [],
      dependants: [],
      cache_key: `key-${id}`,
      attempts: status === 'succeeded' ? 0 : 1,
      enqueued_at: status === 'succeeded' ? null : '2026-11-22T12:00:00.123Z',
      started_at: null,
      finished_at: null,
      outputs: null,
    },
  ],
});

describe.each(['postgres', 'pglite'] as const)('inserting runs together on %s', (kind) => {
  let test: TestDatabase;
  let database: Database;
  let engine: RunEngine;
  /** The jobs submits enqueued (nothing runs them). */
  const enqueued: NodeJob[] = [];

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    database = test.database;
    const inner = createInProcessQueue({ onError: () => {} });
    const queue: JobQueue = {
      ...inner,
      enqueue: async (jobs) => {
        enqueued.push(...jobs);
      },
    };
    engine = createRunEngine({ db: database.db, queue, bus: createInProcessEventBus() });
  }, 60_000);
  afterAll(async () => {
    await test?.dispose();
  });

  it('inserts several runs and their nodes in one statement, every column as given', async () => {
    const graph = await seedGraph(database.db, graphOf([character('anna')], []));
    const revision = { graphId: graph.graphId, workspaceId: graph.workspaceId, revision: graph.revision };
    await insertRuns(database.db, [runOf('runinsertaaaaaaaaaaaaa', revision), runOf('runinsertbbbbbbbbbbbbb', revision, 'succeeded')]);
    const rows = await database.db.select().from(runs).where(inArray(runs.id, ['runinsertaaaaaaaaaaaaa', 'runinsertbbbbbbbbbbbbb']));
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get('runinsertaaaaaaaaaaaaa')).toMatchObject({
      status: 'queued',
      selection: ['anna'],
      overrides: { anna: { name: 'ANNA' } },
      priority: 1,
      cancelRequested: false,
      createdAt: new Date('2026-11-22T12:00:00.123Z'),
      startedAt: null,
      finishedAt: null,
    });
    expect(byId.get('runinsertbbbbbbbbbbbbb')).toMatchObject({
      status: 'succeeded',
      startedAt: new Date('2026-11-22T12:00:00.123Z'),
      finishedAt: new Date('2026-11-22T12:00:00.123Z'),
    });
    const nodes = await database.db.select().from(runNodes).where(inArray(runNodes.runId, ['runinsertaaaaaaaaaaaaa', 'runinsertbbbbbbbbbbbbb']));
    expect(nodes.map((node) => [node.runId, node.status]).sort()).toEqual([
      ['runinsertaaaaaaaaaaaaa', 'queued'],
      ['runinsertbbbbbbbbbbbbb', 'cached'],
    ]);
  });

  it('inserts none of the runs when one of them cannot be inserted', async () => {
    const graph = await seedGraph(database.db, graphOf([character('anna')], []));
    const revision = { graphId: graph.graphId, workspaceId: graph.workspaceId, revision: graph.revision };
    await insertRuns(database.db, [runOf('runinsertccccccccccccc', revision)]);
    await expect(insertRuns(database.db, [runOf('runinsertddddddddddddd', revision), runOf('runinsertccccccccccccc', revision)])).rejects.toThrow();
    expect(await database.db.select().from(runs).where(inArray(runs.id, ['runinsertddddddddddddd']))).toEqual([]);
    expect(await database.db.select().from(runNodes).where(inArray(runNodes.runId, ['runinsertddddddddddddd']))).toEqual([]);
  });

  it('submits made together each get their run, their cache hits and their jobs; a bad one fails alone', async () => {
    // ANNA and BEN cast in one scene, in two graphs: the same nodes, the same keys. ANNA's output is in the cache.
    const document = graphOf([character('anna', { name: 'ANNA TOGETHER' }), character('ben', { name: 'BEN TOGETHER' }), scene('sc1', '1')], [cast('anna', 'sc1'), cast('ben', 'sc1')]);
    const annaKey = planRun(document, { getFunctionVersion: createNodeFunctions().versionOf }).nodes.find((node) => node.nodeId === 'anna')?.cacheKey as string;
    await database.db.insert(nodeOutputs).values({ cacheKey: annaKey, nodeType: 'character', functionVersions: { characterSheet: 1 }, outputs: { values: { cached: true }, artifacts: {} } });
    const first = await seedGraph(database.db, document);
    const second = await seedGraph(database.db, document);
    const taken = await engine.submitRun({ ...first, revision: first.revision });
    const before = enqueued.length;
    const results = await Promise.allSettled([
      engine.submitRun({ ...first, revision: first.revision }),
      engine.submitRun({ ...second, revision: second.revision }),
      // An existing run id: its insert fails, and only it.
      engine.submitRun({ ...second, revision: second.revision, runId: taken.id }),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    const ids = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value.id] : []));
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) {
      const run = await engine.getRun(id);
      expect(run?.status).toBe('queued');
      expect(run?.nodes.map((node) => [node.nodeId, node.status, node.outputs?.values ?? null])).toEqual([
        ['anna', 'cached', { cached: true }],
        ['ben', 'queued', null],
        ['sc1', 'queued', null],
      ]);
    }
    // Only BEN was ready in each (ANNA cached, the scene waits for BEN).
    expect(enqueued.slice(before).map((job) => `${job.runId}:${job.nodeId}`).sort()).toEqual(ids.map((id) => `${id}:ben`).sort());
  });
});
