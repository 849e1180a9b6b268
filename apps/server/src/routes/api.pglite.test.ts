import { afterAll, beforeAll, describe } from 'vitest';
import { createApiHarness, type ApiHarness } from '../test/harness.js';
import { describeApiErrorCases } from './api.errors.suite.js';
import { describeApiHappyPaths } from './api.happy.suite.js';
import { describeReadiness } from './api.readiness.suite.js';

describe('the API on embedded PGlite', () => {
  let harness: ApiHarness;
  beforeAll(async () => {
    harness = await createApiHarness('pglite');
  });
  afterAll(() => harness?.dispose());

  describeApiHappyPaths(() => harness);
  describeApiErrorCases(() => harness);
  // Last: it closes the database.
  describeReadiness(() => harness);
});
