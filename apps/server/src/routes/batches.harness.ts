// The harness first: it loads @hono/zod-openapi, which must extend zod before @pc/graph builds its schemas.
import { createApiHarness } from '../test/harness.js';
import type { DatabaseKind } from '@pc/db';
import { lookup } from 'node:dns/promises';
import { createNodeFunctions, NonRetryableError, parseWebhookAllowPrivate, type NodeFunctions, type ResolveHost, type WebhookTargetPolicy } from '@pc/engine';
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

/** The receivers of the webhook tests listen on 127.0.0.1: what WEBHOOK_ALLOW_PRIVATE=127.0.0.1/32 allows. */
export const loopbackAllowed = (): WebhookTargetPolicy['allowPrivate'] => {
  const parsed = parseWebhookAllowPrivate('127.0.0.1/32');
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.policy.allowPrivate;
};

/**
 * An API harness whose engine retries webhooks quickly and caps users at 3 unfinished batches.
 * Webhooks may reach 127.0.0.1 (tests may change `webhookPolicy.allowPrivate`); names in
 * `hosts` resolve to their addresses (an /etc/hosts of the test's own), others through the system.
 */
export async function createBatchHarness(kind: DatabaseKind): Promise<BatchSuiteContext> {
  const failing = { storm: false };
  const webhookPolicy: WebhookTargetPolicy = { allowPrivate: loopbackAllowed() };
  const hosts = new Map<string, string[]>();
  const resolve: ResolveHost = async (hostname) => {
    const listed = hosts.get(hostname);
    return listed ? listed.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })) : lookup(hostname, { all: true });
  };
  const harness = await createApiHarness(kind, {}, {
    maxActiveBatchesPerUser: 3,
    runs: (database) =>
      createRunServices({ database, functions: stormyFunctions(failing), webhookRetryBaseMs: 300, batchTickMs: 200, webhookPolicy, webhookResolve: resolve }),
  });
  return { harness, failing, webhookPolicy, hosts };
}
