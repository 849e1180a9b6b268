import { createInProcessEventBus } from '../events/in-process-bus.js';
import { createInProcessQueue } from '../queue/in-process/queue.js';
import { describeRunEngine } from './run-engine.suite.js';

const transport = () => ({ queue: createInProcessQueue({ onError: () => {} }), bus: createInProcessEventBus() });

describeRunEngine('Postgres + in-process queue', 'postgres', transport);
describeRunEngine('PGlite + in-process queue', 'pglite', transport);
