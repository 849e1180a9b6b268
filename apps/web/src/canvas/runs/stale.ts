import { graphCacheKeys } from '@pc/engine/plan';
import type { GraphDocument } from '@pc/graph';
import type { RunNodeState } from './run-reducer.js';

/** Statuses whose node shows an output on the canvas. */
const WITH_OUTPUT: ReadonlySet<RunNodeState['status']> = new Set(['succeeded', 'cached']);

/**
 * The nodes whose output on the canvas no longer matches them: the node's cache key in the
 * document as it is now differs from its key in the revision the run executed (its params
 * or something upstream changed). Both keys are computed here, with the same planner, so
 * they compare; a node the current document cannot key (invalid data, a cycle) is stale too.
 * Pure: the caller passes the two documents.
 */
export const findStaleNodes = (current: GraphDocument, atRun: GraphDocument, nodes: Readonly<Record<string, RunNodeState>>): string[] => {
  const now = graphCacheKeys(current);
  const then = graphCacheKeys(atRun);
  const stale: string[] = [];
  for (const node of Object.values(nodes)) {
    if (!WITH_OUTPUT.has(node.status)) continue;
    if (!current.nodes.some((candidate) => candidate.id === node.nodeId)) continue;
    const key = now.get(node.nodeId);
    if (key === undefined || key !== then.get(node.nodeId)) stale.push(node.nodeId);
  }
  return stale.sort();
};
