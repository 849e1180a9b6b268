import { afterAll } from 'vitest';
import { createRedisEventBus } from '../events/redis-bus.js';
import { createBullMqQueue } from '../queue/bullmq/queue.js';
import { deleteKeys, freshPrefix, testRedisUrl } from '../testing/redis.js';
import { describeRunEngine } from './run-engine.suite.js';

const prefix = freshPrefix();
afterAll(() => deleteKeys(prefix));

// The whole specification again, with the handler awaiting its dependants' add (the default
// before session 14, still an option): run-engine.bullmq.test.ts runs the default, added ahead.
describeRunEngine('Postgres + BullMQ + Redis bus, dependants awaited', 'postgres', () => ({
  queue: createBullMqQueue({ redisUrl: testRedisUrl, prefix, onError: () => {} }),
  bus: createRedisEventBus({ redisUrl: testRedisUrl, prefix, onError: () => {} }),
  dependantsAdd: 'awaited',
}));
