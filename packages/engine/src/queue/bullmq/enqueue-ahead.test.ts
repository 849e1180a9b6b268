import { connect } from 'node:net';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { deleteKeys, freshPrefix, testRedisUrl } from '../../testing/redis.js';
import { deferred, waitFor } from '../../testing/wait.js';
import { jobIdOf, jobPriority, type NodeJob } from '../node-job.js';
import { createBullMqQueue } from './queue.js';
import { moveToActiveCommand } from './worker-connection.js';

const prefix = freshPrefix();
afterAll(() => deleteKeys(prefix));

const queueFor = (queueNamePrefix: string) => createBullMqQueue({ redisUrl: testRedisUrl, prefix, queueNamePrefix, onError: () => {} });
const cpu = { resourceClass: 'cpu' as const, priority: jobPriority.interactive };
const shot = (nodeId: string): NodeJob => ({ runId: 'run-ahead', nodeId, attempt: 1 });

/** The job's state as another process sees it ('unknown' when Redis does not have it). */
const stateOf = async (queueNamePrefix: string, job: NodeJob) => {
  const connection = new Redis(testRedisUrl);
  const queue = new Queue(`${queueNamePrefix}-cpu`, { connection, prefix });
  try {
    return await queue.getJobState(jobIdOf(job));
  } finally {
    await queue.close();
    connection.disconnect();
  }
};

/**
 * The commands Redis runs from now on whose MONITOR line passes `keep`, client calls only
 * (not those a script runs). A raw socket: ioredis's monitor mode can trip over a busy
 * server's first lines.
 */
const monitorRedis = async (keep: (line: string) => boolean) => {
  const url = new URL(testRedisUrl);
  const socket = connect(Number(url.port || 6379), url.hostname);
  const lines: string[] = [];
  let rest = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    const parts = (rest + chunk).split('\r\n');
    rest = parts.pop() ?? '';
    for (const line of parts) if (!line.includes(' lua] ') && keep(line)) lines.push(line);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.write('MONITOR\r\n');
    socket.once('data', () => resolve());
  });
  return {
    stop() {
      socket.destroy();
      return lines;
    },
  };
};

/** The sha of BullMQ's fetch script (`moveToActive`). */
const fetchScriptSha = async () => {
  const connection = new Redis(testRedisUrl);
  const queue = new Queue('scripts', { connection, prefix });
  try {
    await queue.waitUntilReady();
    const script = (connection as unknown as { scriptsSet: Record<string, { sha: string; lua: string }> }).scriptsSet[moveToActiveCommand];
    if (!script) throw new Error(`no ${moveToActiveCommand} script`);
    return script.sha;
  } finally {
    await queue.close();
    connection.disconnect();
  }
};

describe('BullMQ enqueueAhead: dependants added ahead of the completion', () => {
  it("reaches Redis before the finishing job's moveToFinished, whose fetch then starts it", async () => {
    const name = 'order';
    const queue = queueFor(name);
    // MONITOR lists the commands Redis runs, in the order it runs them (the server's, so filter by our prefix).
    const monitor = await monitorRedis((line) => line.includes(`${prefix}:${name}-`));
    const started: string[] = [];
    const dependantStarted = deferred();
    queue.process(
      async (job) => {
        started.push(job.nodeId);
        if (job.nodeId === 'sc1') {
          // Returns once the add is written, not once Redis answered it.
          await queue.enqueueAhead?.([shot('sh1a')], cpu).sent;
        } else dependantStarted.resolve();
      },
      { concurrency: { cpu: 1 } },
    );
    await queue.enqueue([shot('sc1')], cpu);
    await dependantStarted.promise;
    await queue.close();
    const commands = monitor.stop();

    expect(started).toEqual(['sc1', 'sh1a']);
    const added = commands.findIndex((line) => line.includes(jobIdOf(shot('sh1a'))));
    const finished = commands.findIndex((line) => line.includes(`"${jobIdOf(shot('sc1'))}"`) && line.includes(`"${prefix}:${name}-cpu:completed"`));
    expect(added).toBeGreaterThanOrEqual(0);
    expect(finished).toBeGreaterThanOrEqual(0);
    expect(added).toBeLessThan(finished);
    // The one slot was taken when the add went out: the completion's fetch got the job, no fetch of its own.
    const dependantFinished = commands.findIndex((line) => line.includes(`"${jobIdOf(shot('sh1a'))}"`) && line.includes(`"${prefix}:${name}-cpu:completed"`));
    expect(dependantFinished).toBeGreaterThan(finished);
    // (Each socket's first call of a script is an EVAL; the workers' connection fetched before.)
    const fetch = `"evalsha" "${await fetchScriptSha()}"`;
    expect(commands.slice(finished + 1, dependantFinished).filter((line) => line.includes(fetch))).toEqual([]);
  });

  it('settles `sent` before `added`; the job is in the queue once `added` settles', async () => {
    const name = 'settle';
    const queue = queueFor(name);
    const ran = deferred();
    const order: string[] = [];
    queue.process(
      async (job) => {
        if (job.nodeId !== 'sc1') return;
        const flight = queue.enqueueAhead?.([shot('sh2a')], { resourceClass: 'cpu', priority: jobPriority.batch });
        void flight?.added.then(() => order.push('added'));
        await flight?.sent;
        order.push('sent');
        await flight?.added;
        ran.resolve();
      },
      { concurrency: { cpu: 1, io: 1 } },
    );
    // A worker of another class is busy: the add still goes on the workers' connection.
    await queue.enqueue([shot('sc1')], cpu);
    await ran.promise;
    expect(order).toEqual(['sent', 'added']);
    await waitFor(async () => (await stateOf(name, shot('sh2a'))) === 'completed', 'the dependant to run');
    await queue.close();
  });

  it('is a plain enqueue in a process that runs no workers', async () => {
    const name = 'producer';
    const queue = queueFor(name);
    const flight = queue.enqueueAhead?.([shot('sh1b')], cpu);
    await flight?.sent;
    await flight?.added;
    expect(await stateOf(name, shot('sh1b'))).toBe('waiting');
    await queue.close();
  });

  it('waits at shutdown for an add sent just before it: the job is in Redis after close', async () => {
    const name = 'shutdown';
    const queue = queueFor(name);
    const handed = deferred<{ added: Promise<void> | undefined }>();
    let closing: Promise<unknown> | undefined;
    queue.process(
      async (job) => {
        if (job.nodeId !== 'sc2') return;
        const flight = queue.enqueueAhead?.([shot('sh2b')], cpu);
        await flight?.sent;
        // The process is told to stop the moment this handler returns.
        closing = queue.close({ deadlineMs: 1_000 });
        handed.resolve({ added: flight?.added });
      },
      { concurrency: { cpu: 1 } },
    );
    await queue.enqueue([shot('sc2')], cpu);
    const { added } = await handed.promise;
    let settled = false;
    void added?.then(() => (settled = true));
    await closing;
    expect(settled).toBe(true);
    expect(['waiting', 'active', 'completed']).toContain(await stateOf(name, shot('sh2b')));
  });

  it('refuses once the queue is closed, and a malformed job, through `sent`', async () => {
    const queue = queueFor('refuse');
    await expect(queue.enqueueAhead?.([{ runId: '', nodeId: 'x', attempt: 0 }], cpu).sent).rejects.toThrow();
    await queue.close();
    const flight = queue.enqueueAhead?.([shot('late')], cpu);
    await expect(flight?.sent).rejects.toThrow(/closed/);
    await expect(flight?.added).rejects.toThrow(/closed/);
  });
});
