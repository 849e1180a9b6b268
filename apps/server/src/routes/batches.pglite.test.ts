import { afterAll, beforeAll, describe } from 'vitest';
import { createBatchHarness } from './batches.harness.js';
import { describeBatchApi, type BatchSuiteContext } from './batches.suite.js';

describe('the batch API on embedded PGlite (in-process queue)', () => {
  let context: BatchSuiteContext;
  beforeAll(async () => {
    context = await createBatchHarness('pglite');
  }, 60_000);
  afterAll(() => context?.harness.dispose());
  describeBatchApi(() => context);
});
