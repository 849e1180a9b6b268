import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { deleteKeys, freshPrefix, testRedisUrl } from '../testing/redis.js';

const prefix = freshPrefix();
afterAll(() => deleteKeys(prefix));

type Scripted = Redis & Record<string, (...args: unknown[]) => Promise<unknown>>;
type ScriptedPipeline = ReturnType<Redis['pipeline']> & Record<string, (...args: unknown[]) => unknown>;

/**
 * patches/ioredis@5.11.1.patch: ioredis copied every script defined on a connection onto
 * each Pipeline it built (BullMQ defines ~64 per connection: 60–80 µs per pipeline, and
 * every auto-pipeline flush and `addBulk` builds one). Patched, a connection's pipelines
 * share one class holding them. These check the copy is gone and nothing else changed.
 */
describe('ioredis pipelines on a connection with scripts (patched)', () => {
  it('do not copy the connection’s scripts, yet run them, in pipelines and in MULTI', async () => {
    const connection = new Redis(testRedisUrl) as Scripted;
    const queue = new Queue('pipeline-scripts', { connection, prefix });
    await queue.waitUntilReady();
    const scripts = Object.keys((connection as unknown as { scriptsSet: object }).scriptsSet);
    expect(scripts.length).toBeGreaterThan(30);

    // A script unknown to the server (random body): the first call takes the NOSCRIPT path.
    const name = `echoKey${randomBytes(4).toString('hex')}`;
    connection.defineCommand(name, { numberOfKeys: 1, lua: `-- ${name}\nreturn {KEYS[1], ARGV[1]}` });
    const key = `${prefix}:k`;

    const pipeline = connection.pipeline() as ScriptedPipeline;
    const own = Object.keys(pipeline);
    for (const script of [...scripts, name]) {
      expect(own).not.toContain(script);
      expect(typeof pipeline[script]).toBe('function');
    }
    pipeline[name]!(key, 'a');
    pipeline.set(key, 'v');
    pipeline[`${name}Buffer`]!(key, 'b');
    const results = await pipeline.exec();
    expect(results?.map(([error]) => error)).toEqual([null, null, null]);
    expect(results?.[0]?.[1]).toEqual([key, 'a']);
    expect((results?.[2]?.[1] as Buffer[]).map((value) => value.toString())).toEqual([key, 'b']);

    const multi = connection.multi() as ScriptedPipeline;
    multi[name]!(key, 'c');
    const multiResults = await multi.exec();
    expect(multiResults?.[0]).toEqual([null, [key, 'c']]);

    // BullMQ's own scripts through its pipelined path (addBulk builds a pipeline).
    await queue.addBulk([
      { name: 'x', data: { n: 1 } },
      { name: 'x', data: { n: 2 } },
    ]);
    expect(await queue.getWaitingCount()).toBe(2);

    await queue.close();
    connection.disconnect();
  });

  it('see a script or command defined after an earlier pipeline', async () => {
    const connection = new Redis(testRedisUrl) as Scripted;
    await connection.pipeline().ping().exec();
    const name = `late${randomBytes(4).toString('hex')}`;
    connection.defineCommand(name, { numberOfKeys: 0, lua: `-- ${name}\nreturn ARGV[1]` });
    connection.addBuiltinCommand('echo');
    const pipeline = connection.pipeline() as ScriptedPipeline;
    pipeline[name]!('late');
    pipeline['echo']!('hi');
    expect(await pipeline.exec()).toEqual([
      [null, 'late'],
      [null, 'hi'],
    ]);
    // Pipelines of another connection do not see this one's scripts.
    const other = new Redis(testRedisUrl);
    expect((other.pipeline() as ScriptedPipeline)[name]).toBeUndefined();
    other.disconnect();
    connection.disconnect();
  });
});
