import { createInProcessEventBus } from '../events/in-process-bus.js';
import { createInProcessQueue } from '../queue/in-process/queue.js';
import { describeBatchScheduling } from './batches.suite.js';

const transport = () => ({ queue: createInProcessQueue({ onError: () => {} }), bus: createInProcessEventBus() });

describeBatchScheduling('Postgres + in-process queue', 'postgres', { bigBatch: 1_000 }, transport);
describeBatchScheduling('PGlite + in-process queue', 'pglite', { bigBatch: 100 }, transport);
