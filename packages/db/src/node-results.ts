import { and, asc, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { graphs } from './schema/graphs.js';
import { runNodes, type RunNodeRow } from './schema/run-nodes.js';
import { runs } from './schema/runs.js';

/** Node statuses that are a result: something ran (or was found in the cache) and ended so. */
export const NODE_RESULT_STATUSES = ['succeeded', 'cached', 'failed'] as const;

/** Of the result statuses, those that leave an output. */
const GOOD_STATUSES = ['succeeded', 'cached'] as const;

/** A node's state in one run, and that run. */
export interface NodeRunRecord {
  node: RunNodeRow;
  run: { id: string; revision: number; createdAt: Date };
}

/**
 * A node's latest result and the run that produced it. When that result failed, also the
 * newest earlier one that succeeded (or was cached), if any: the output a card keeps showing
 * beside the reason it failed.
 */
export interface NodeResultRecord extends NodeRunRecord {
  lastSuccess: NodeRunRecord | null;
}

/** The first page of runs is small (the latest full run usually answers every node); each next one doubles, up to this. */
const FIRST_PAGE = 8;
const LARGEST_PAGE = 256;

type RunKey = NodeRunRecord['run'];

/**
 * Each node of the graph (as drawn now) with its latest result: its state in the newest
 * run that is not a batch item (batch items are variants with overrides) where it ended
 * `succeeded`, `cached` or `failed`; for a failed one, its newest success before that too.
 * Newest by start, then id: the history index's order.
 *
 * Walks the graph's runs newest first, a page at a time, and looks up only the nodes not
 * answered yet, by primary key: the cost follows the nodes and the runs it has to look
 * at, not the graph's whole history. (A DISTINCT ON over every run's nodes read and
 * sorted all of them: 0.5 s for 300 runs of 200 nodes, docs/benchmarks.md.) The nodes whose
 * latest result failed get a second look at their page, and those still without a success one
 * statement over the older runs: a graph where nothing failed runs what it did.
 */
export async function findLatestNodeResults(db: Db, graphId: string): Promise<NodeResultRecord[]> {
  const [graph] = await db
    .select({ nodeIds: sql<string[]>`array(select jsonb_array_elements_text(jsonb_path_query_array(${graphs.document}, '$.nodes[*].id')))` })
    .from(graphs)
    .where(eq(graphs.id, graphId));
  const remaining = new Set(graph?.nodeIds ?? []);
  /** Nodes whose latest result failed, still looking for their last success. */
  const failed = new Map<string, NodeResultRecord>();
  const results: NodeResultRecord[] = [];
  let after: RunKey | undefined;
  let older = true;
  for (let pageSize = FIRST_PAGE; remaining.size > 0; pageSize = Math.min(pageSize * 2, LARGEST_PAGE)) {
    const page = await runsPage(db, graphId, after, pageSize);
    if (page.length === 0) {
      older = false;
      break;
    }
    const position = new Map(page.map((run, index) => [run.id, index]));
    const record = (node: RunNodeRow): NodeRunRecord => ({ node, run: page[position.get(node.runId)!]! });
    for (const node of remaining.size > 0 ? await newestInPage(db, page, [...remaining], NODE_RESULT_STATUSES) : []) {
      remaining.delete(node.nodeId);
      const result: NodeResultRecord = { ...record(node), lastSuccess: null };
      results.push(result);
      if (node.status === 'failed') failed.set(node.nodeId, result);
    }
    // A second look at this page only for nodes whose latest result failed: their last
    // success (older than the failure, which was the newest result).
    for (const node of failed.size > 0 ? await newestInPage(db, page, [...failed.keys()], GOOD_STATUSES) : []) {
      failed.get(node.nodeId)!.lastSuccess = record(node);
      failed.delete(node.nodeId);
    }
    after = page.at(-1);
    if (page.length < pageSize) {
      older = false;
      break;
    }
  }
  // The failed nodes still without a success: one look over the older runs for them alone.
  if (failed.size > 0 && older) for (const success of await newestSuccessesBefore(db, graphId, after, [...failed.keys()])) failed.get(success.node.nodeId)!.lastSuccess = success;
  return results.sort((a, b) => (a.node.nodeId < b.node.nodeId ? -1 : a.node.nodeId > b.node.nodeId ? 1 : 0));
}

/** The graph's non-batch runs older than `after`. */
const olderRuns = (graphId: string, after: RunKey | undefined) =>
  and(
    eq(runs.graphId, graphId),
    isNull(runs.batchId),
    after ? or(lt(runs.createdAt, after.createdAt), and(eq(runs.createdAt, after.createdAt), lt(runs.id, after.id))) : undefined,
  );

/** The graph's non-batch runs older than `after`, newest first (a keyset scan of runs_graph_history_idx). */
const runsPage = (db: Db, graphId: string, after: RunKey | undefined, limit: number): Promise<RunKey[]> =>
  db
    .select({ id: runs.id, revision: runs.revision, createdAt: runs.createdAt })
    .from(runs)
    .where(olderRuns(graphId, after))
    .orderBy(desc(runs.createdAt), desc(runs.id))
    .limit(limit);

/**
 * Per node, its row in the newest of these runs where it ended in one of `statuses`. The
 * choice reads narrow columns (the status from the heap, no outputs copied or sorted); only
 * the chosen rows are read whole, by primary key.
 */
const newestInPage = async (db: Db, page: readonly RunKey[], nodeIds: readonly string[], statuses: readonly RunNodeRow['status'][]): Promise<RunNodeRow[]> => {
  const newest = db
    .selectDistinctOn([runNodes.nodeId], { runId: runNodes.runId, nodeId: runNodes.nodeId })
    .from(runNodes)
    .innerJoin(runs, eq(runs.id, runNodes.runId))
    .where(
      and(
        inArray(
          runNodes.runId,
          page.map((run) => run.id),
        ),
        inArray(runNodes.nodeId, nodeIds),
        inArray(runNodes.status, [...statuses]),
      ),
    )
    .orderBy(asc(runNodes.nodeId), desc(runs.createdAt), desc(runs.id))
    .as('newest');
  const rows = await db
    .select({ node: runNodes })
    .from(runNodes)
    .innerJoin(newest, and(eq(runNodes.runId, newest.runId), eq(runNodes.nodeId, newest.nodeId)));
  return rows.map((row) => row.node);
};

/**
 * Per node of `nodeIds` (a few: those whose latest result failed), its newest success in the
 * runs older than `after`, in one statement: the runs by the history index, each one's rows
 * for these nodes by primary key. Paging on for them cost two round trips a page.
 */
const newestSuccessesBefore = async (db: Db, graphId: string, after: RunKey | undefined, nodeIds: readonly string[]): Promise<NodeRunRecord[]> => {
  const newest = db
    .selectDistinctOn([runNodes.nodeId], { runId: runNodes.runId, nodeId: runNodes.nodeId, revision: runs.revision, createdAt: runs.createdAt })
    .from(runs)
    .innerJoin(runNodes, and(eq(runNodes.runId, runs.id), inArray(runNodes.nodeId, nodeIds)))
    .where(and(olderRuns(graphId, after), inArray(runNodes.status, [...GOOD_STATUSES])))
    .orderBy(asc(runNodes.nodeId), desc(runs.createdAt), desc(runs.id))
    .as('newest');
  const rows = await db
    .select({ node: runNodes, revision: newest.revision, createdAt: newest.createdAt })
    .from(runNodes)
    .innerJoin(newest, and(eq(runNodes.runId, newest.runId), eq(runNodes.nodeId, newest.nodeId)));
  return rows.map(({ node, revision, createdAt }) => ({ node, run: { id: node.runId, revision, createdAt } }));
};
