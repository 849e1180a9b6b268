import { afterAll } from 'vitest';
import { createRedisEventBus } from '../events/redis-bus.js';
import { createBullMqQueue } from '../queue/bullmq/queue.js';
import { deleteKeys, freshPrefix, testRedisUrl } from '../testing/redis.js';
import { describeBatchScheduling } from './batches.suite.js';

const prefix = freshPrefix();
afterAll(() => deleteKeys(prefix));

describeBatchScheduling('Postgres + BullMQ + Redis bus', 'postgres', { bigBatch: 200 }, () => ({
  queue: createBullMqQueue({ redisUrl: testRedisUrl, prefix, onError: () => {} }),
  bus: createRedisEventBus({ redisUrl: testRedisUrl, prefix, onError: () => {} }),
}));
