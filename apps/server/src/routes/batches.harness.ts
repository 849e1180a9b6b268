// The harness first: it loads @hono/zod-openapi, which must extend zod before @pc/graph builds its schemas.
import { createApiHarness } from '../test/harness.js';
import type { DatabaseKind } from '@pc/db';
import { createNodeFunctions, NonRetryableError, type NodeFunctions } from '@pc/engine';
import { createRunServices } from '../runs/services.js';
import type { BatchSuiteContext } from './batches.suite.js';

/** The real functions, except that Shots with mood "storm" fail while `failing.storm` is set. */
function stormyFunctions(failing: { storm: boolean }): NodeFunctions {
  const inner = createNodeFunctions();
  return {
    ...inner,
    async run(request, context) {
      if (failing.storm && request.node.type === 'shot' && request.node.data['mood'] === 'storm') throw new NonRetryableError('The storm stopped the shoot');
      return inner.run(request, context);
    },
  };
}

/** An API harness whose engine retries webhooks quickly and caps users at 3 unfinished batches. */
export async function createBatchHarness(kind: DatabaseKind): Promise<BatchSuiteContext> {
  const failing = { storm: false };
  const harness = await createApiHarness(kind, {}, {
    maxActiveBatchesPerUser: 3,
    runs: (database) => createRunServices({ database, functions: stormyFunctions(failing), webhookRetryBaseMs: 300, batchTickMs: 200 }),
  });
  return { harness, failing };
}
