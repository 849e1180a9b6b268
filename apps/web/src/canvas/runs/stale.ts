import { graphCacheKeys } from '@pc/engine/plan';
import type { GraphDocument } from '@pc/graph';
import type { ShownNode } from './latest-results.js';
import type { RunNodeState } from './run-reducer.js';

/** Statuses whose node shows an output on the canvas. */
const WITH_OUTPUT: ReadonlySet<RunNodeState['status']> = new Set(['succeeded', 'cached']);

/**
 * The nodes whose output on the canvas no longer matches them: the node's cache key in the
 * document as it is now differs from its key in the revision the run that produced that output
 * executed (its params or something upstream changed since). Cards may show results of
 * different runs, so each is judged against its own run's revision (`revisions`; one missing
 * judges nothing). Both keys are computed here, with the same planner, so they compare; a node
 * the current document cannot key (invalid data, a cycle) is stale too. Pure: the caller
 * passes the documents.
 */
export const findStaleNodes = (current: GraphDocument, shown: readonly ShownNode[], revisions: ReadonlyMap<number, GraphDocument>): string[] => {
  const now = graphCacheKeys(current);
  const then = new Map<number, ReturnType<typeof graphCacheKeys>>();
  const present = new Set(current.nodes.map((node) => node.id));
  const stale: string[] = [];
  for (const { node, revision } of shown) {
    if (!WITH_OUTPUT.has(node.status) || !present.has(node.nodeId)) continue;
    const atRun = revisions.get(revision);
    if (!atRun) continue;
    let keys = then.get(revision);
    if (!keys) then.set(revision, (keys = graphCacheKeys(atRun)));
    const key = now.get(node.nodeId);
    if (key === undefined || key !== keys.get(node.nodeId)) stale.push(node.nodeId);
  }
  return stale.sort();
};
