import { afterAll } from 'vitest';
import { createRedisEventBus } from '../events/redis-bus.js';
import { createBullMqQueue } from '../queue/bullmq/queue.js';
import { deleteKeys, freshPrefix, testRedisUrl } from '../testing/redis.js';
import { describeRunEngine } from './run-engine.suite.js';

const prefix = freshPrefix();
afterAll(() => deleteKeys(prefix));

// The whole specification again, with dependants added ahead of their dependency's completion.
describeRunEngine('Postgres + BullMQ + Redis bus, dependants added ahead', 'postgres', () => ({
  queue: createBullMqQueue({ redisUrl: testRedisUrl, prefix, onError: () => {} }),
  bus: createRedisEventBus({ redisUrl: testRedisUrl, prefix, onError: () => {} }),
  dependantsAdd: 'ordered',
}));
