import { createTestDatabase, type TestDatabase } from '@pc/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInProcessEventBus } from '../events/in-process-bus.js';
import { createBullMqQueue } from '../queue/bullmq/queue.js';
import { createInProcessQueue } from '../queue/in-process/queue.js';
import type { JobQueue } from '../queue/job-queue.js';
import { deleteKeys, freshPrefix, testRedisUrl } from '../testing/redis.js';
import { instrumentedFunctions, seedGraph } from '../testing/runs.js';
import { diamond } from '../testing/script.js';
import { sleep, waitFor } from '../testing/wait.js';
import { createRunEngine, type EngineLogger, type RunEngineOptions } from './run-engine.js';

const prefix = freshPrefix();
let test: TestDatabase;
let queueNumber = 0;
const closing: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  test = await createTestDatabase('postgres');
}, 60_000);
afterAll(async () => {
  for (const close of closing) await close();
  await test?.dispose();
  await deleteKeys(prefix);
});

/** A BullMQ queue of its own (fast retries), closed after the file. */
const bullmq = () => {
  const queue = createBullMqQueue({
    redisUrl: testRedisUrl,
    prefix,
    queueNamePrefix: `ahead${(queueNumber += 1)}`,
    retry: { attempts: 3, backoff: { delayMs: 20, jitter: 0 } },
    onError: () => {},
  });
  closing.push(() => queue.close({ deadlineMs: 500 }));
  return queue;
};

/** An engine adding dependants ahead on `queue`, with its workers started; warnings collected. */
const engineOn = (queue: JobQueue, functions = instrumentedFunctions(), extra: Partial<RunEngineOptions> = {}) => {
  const warnings: string[] = [];
  const logger: EngineLogger = { warn: (_object, message) => void warnings.push(message), error: () => {} };
  const engine = createRunEngine({ db: test.database.db, queue, bus: createInProcessEventBus(), functions: functions.functions, logger, dependantsAdd: 'ordered', ...extra });
  engine.startWorkers({ cpu: 2 });
  return { engine, functions, warnings };
};

/** The diamond with ANNA's identity block changed: nothing of it is cached from another test. */
const variant = (name: string) => {
  const graph = diamond();
  const anna = graph.nodes.find((node) => node.id === 'anna');
  if (anna) anna.data = { ...anna.data, identityBlock: `ANNA, ${name}` };
  return graph;
};

const finalStatus = async (engine: ReturnType<typeof engineOn>['engine'], runId: string) => {
  await waitFor(async () => ['succeeded', 'failed', 'cancelled'].includes((await engine.getRun(runId))?.status ?? ''), `run ${runId} to finish`, 20_000);
  return (await engine.getRun(runId))?.status;
};
const statusOf = async (engine: ReturnType<typeof engineOn>['engine'], runId: string, nodeId: string) =>
  (await engine.getRun(runId))?.nodes.find((node) => node.nodeId === nodeId)?.status;

describe('dependants added ahead of the completion (dependantsAdd: ordered)', () => {
  it('a lost add: the Character completes, the loss is logged, and the sweeper re-adds its Scenes', async () => {
    const queue = bullmq();
    let lose = true;
    // The add of ANNA's dependants is written and then lost (a connection reset before Redis ran it).
    const lossy: JobQueue = {
      ...queue,
      enqueueAhead(jobs, options) {
        if (!lose) return queue.enqueueAhead?.(jobs, options) ?? { sent: queue.enqueue(jobs, options), added: Promise.resolve() };
        lose = false;
        const lost = Promise.reject(new Error('Connection reset by peer'));
        return { sent: Promise.resolve(), added: lost };
      },
    };
    const { engine, functions, warnings } = engineOn(lossy, instrumentedFunctions(), { requeueAfterMs: 300 });
    const graph = await seedGraph(test.database.db, variant('lost add'));
    const { id } = await engine.submitRun({ ...graph, revision: graph.revision });
    await waitFor(async () => (await statusOf(engine, id, 'anna')) === 'succeeded', 'ANNA to complete');
    await waitFor(() => warnings.length > 0, 'the lost add to be logged');
    expect(warnings[0]).toMatch(/sweeper re-adds/);
    await sleep(400);
    expect(functions.executions).toEqual(['anna']);
    expect(await statusOf(engine, id, 'sc1')).toBe('queued');
    expect((await engine.sweep()).requeued).toBe(2);
    expect(await finalStatus(engine, id)).toBe('succeeded');
    expect(functions.executions.sort()).toEqual(['anna', 'sc1', 'sc2', 'sh1a', 'sh2a']);
  }, 30_000);

  it('a cancel committed before the add reaches Redis: the Scenes never run and no job is left waiting', async () => {
    const queue = bullmq();
    let slowAdds = 0;
    // The add takes 400 ms to reach Redis (a slow network): the cancel comes in between.
    const slow: JobQueue = {
      ...queue,
      enqueueAhead(jobs, options) {
        slowAdds += 1;
        const added = sleep(400).then(() => queue.enqueue(jobs, options));
        return { sent: Promise.resolve(), added };
      },
    };
    const { engine, functions } = engineOn(slow);
    const graph = await seedGraph(test.database.db, variant('cancel before add'));
    const { id } = await engine.submitRun({ ...graph, revision: graph.revision });
    // ANNA's completion committed (its Scenes queued) and their add is on its way.
    await waitFor(() => slowAdds === 1, "the Scenes' add to be sent");
    expect(await engine.cancel(id)).toMatchObject({ kind: 'cancelled' });
    await sleep(600);
    await waitFor(async () => {
      const counts = (await queue.counts()).cpu;
      return counts.waiting === 0 && counts.active === 0;
    }, 'the late jobs to be refused');
    expect(await finalStatus(engine, id)).toBe('cancelled');
    expect(functions.executions).toEqual(['anna']);
    expect(await statusOf(engine, id, 'sc1')).toBe('cancelled');
  }, 30_000);

  it('a Character that fails once and is retried still has its Scenes and Shots run', async () => {
    const functions = instrumentedFunctions();
    const run = functions.functions.run;
    let failed = false;
    functions.functions.run = async (request, context) => {
      if (request.node.id === 'anna' && !failed) {
        failed = true;
        throw new Error('ECONNRESET from the back end');
      }
      return run(request, context);
    };
    const { engine } = engineOn(bullmq(), functions);
    const graph = await seedGraph(test.database.db, variant('retried'));
    const { id } = await engine.submitRun({ ...graph, revision: graph.revision });
    expect(await finalStatus(engine, id)).toBe('succeeded');
    expect(failed).toBe(true);
    // The failed attempt threw before the instrumented function counted it.
    expect(functions.executions.sort()).toEqual(['anna', 'sc1', 'sc2', 'sh1a', 'sh2a']);
  }, 30_000);

  it('with the in-process queue (no enqueueAhead) the dependants are awaited as before', async () => {
    const queue = createInProcessQueue({ onError: () => {} });
    closing.push(() => queue.close());
    expect(queue.enqueueAhead).toBeUndefined();
    const { engine, functions } = engineOn(queue);
    const graph = await seedGraph(test.database.db, variant('in-process'));
    const { id } = await engine.submitRun({ ...graph, revision: graph.revision });
    expect(await finalStatus(engine, id)).toBe('succeeded');
    expect(functions.executions.sort()).toEqual(['anna', 'sc1', 'sc2', 'sh1a', 'sh2a']);
  }, 30_000);
});
