import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, migrate, runNodes } from '@pc/db';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createInProcessEventBus } from '../events/in-process-bus.js';
import { createInProcessQueue } from '../queue/in-process/queue.js';
import { instrumentedFunctions, seedGraph } from '../testing/runs.js';
import { diamond } from '../testing/script.js';
import { waitFor } from '../testing/wait.js';
import { createRunEngine } from './run-engine.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('embedded mode recovery', () => {
  it('resumes an unfinished run after a restart: the node that was running runs again, nothing runs twice after it finished', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pc-engine-restart-'));
    dirs.push(dataDir);

    // First life: ANNA finishes, the Scenes start and hang; the process "dies".
    let database = await createDatabase({ dataDir });
    await migrate(database);
    const first = instrumentedFunctions();
    first.holding.set('sc1', new Promise(() => {}));
    first.holding.set('sc2', new Promise(() => {}));
    const queue1 = createInProcessQueue({ onError: () => {} });
    const engine1 = createRunEngine({ db: database.db, queue: queue1, bus: createInProcessEventBus(), functions: first.functions });
    engine1.startWorkers({ cpu: 2 });
    const graph = await seedGraph(database.db, diamond());
    const { id } = await engine1.submitRun({ ...graph, revision: graph.revision });
    await waitFor(() => first.started.has('sc1') && first.started.has('sc2'), 'scenes running', 10_000);
    await queue1.close({ deadlineMs: 0 });
    await database.close();

    // Second life: recovery re-queues the running Scenes (attempt 2) and the run completes.
    database = await createDatabase({ dataDir });
    await migrate(database);
    const second = instrumentedFunctions();
    const engine2 = createRunEngine({ db: database.db, queue: createInProcessQueue({ onError: () => {} }), bus: createInProcessEventBus(), functions: second.functions });
    engine2.startWorkers({ cpu: 2 });
    const report = await engine2.recoverOnStartup();
    expect(report.recovered).toBe(2);
    await waitFor(async () => (await engine2.getRun(id))?.status === 'succeeded', 'run to succeed after restart', 15_000);
    expect(second.executions.sort()).toEqual(['sc1', 'sc2', 'sh1a', 'sh2a']);
    const rows = await database.db.select().from(runNodes).where(eq(runNodes.runId, id));
    expect(Object.fromEntries(rows.map((row) => [row.nodeId, [row.status, row.attempts]]))).toEqual({
      anna: ['succeeded', 1],
      sc1: ['succeeded', 2],
      sc2: ['succeeded', 2],
      sh1a: ['succeeded', 1],
      sh2a: ['succeeded', 1],
    });
    await database.close();
  }, 60_000);

  it('the sweeper re-enqueues a queued node whose job was lost', async () => {
    const database = await createDatabase({ dataDir: 'memory://' });
    await migrate(database);
    const functions = instrumentedFunctions();
    let now = Date.now();
    // A queue that drops everything: the jobs are "lost".
    const lossy = createInProcessQueue({ onError: () => {} });
    const engine = createRunEngine({
      db: database.db,
      queue: { ...lossy, enqueue: async () => {} },
      bus: createInProcessEventBus(),
      functions: functions.functions,
      clock: () => new Date(now),
      requeueAfterMs: 1_000,
    });
    const graph = await seedGraph(database.db, diamond());
    const { id } = await engine.submitRun({ ...graph, revision: graph.revision });
    const healthy = createInProcessQueue({ onError: () => {} });
    const sweeper = createRunEngine({ db: database.db, queue: healthy, bus: createInProcessEventBus(), functions: functions.functions, clock: () => new Date(now), requeueAfterMs: 1_000 });
    sweeper.startWorkers({ cpu: 2 });
    expect((await sweeper.sweep()).requeued).toBe(0);
    now += 2_000;
    expect((await sweeper.sweep()).requeued).toBe(1);
    await waitFor(async () => (await sweeper.getRun(id))?.status === 'succeeded', 'swept run to succeed', 15_000);
    expect(functions.executions.sort()).toEqual(['anna', 'sc1', 'sc2', 'sh1a', 'sh2a']);
    await healthy.close();
    await lossy.close();
    await database.close();
  }, 60_000);
});
