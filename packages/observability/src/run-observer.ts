import type { Metrics, NodeOutcome, RunOutcome } from './metrics.js';

/**
 * The engine's `RunObserver` (packages/engine) feeding {@link Metrics}. Declared
 * structurally here so this package does not depend on the engine.
 */
export function metricsRunObserver(metrics: Metrics) {
  return {
    nodeStarted({ nodeType, resourceClass, waitMs }: { nodeType: string; resourceClass: string; waitMs: number }) {
      metrics.jobWait.observe({ queue: resourceClass, node_type: nodeType }, Math.max(0, waitMs) / 1000);
    },
    nodeFinished({ nodeType, resourceClass, outcome, runMs }: { nodeType: string; resourceClass: string; outcome: NodeOutcome; runMs: number }) {
      metrics.jobRun.observe({ queue: resourceClass, node_type: nodeType, outcome }, Math.max(0, runMs) / 1000);
    },
    cacheLookup({ nodeType, hit }: { nodeType: string; hit: boolean }) {
      metrics.cacheLookups.inc({ node_type: nodeType, result: hit ? 'hit' : 'miss' });
    },
    runFinished({ status }: { status: RunOutcome }) {
      metrics.runsFinished.inc({ status });
    },
  };
}
