import { and, asc, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { graphs } from './schema/graphs.js';
import { runNodes, type RunNodeRow } from './schema/run-nodes.js';
import { runs } from './schema/runs.js';

/** Node statuses that are a result: something ran (or was found in the cache) and ended so. */
export const NODE_RESULT_STATUSES = ['succeeded', 'cached', 'failed'] as const;

/** A node's latest result and the run that produced it. */
export interface NodeResultRecord {
  node: RunNodeRow;
  run: { id: string; revision: number; createdAt: Date };
}

/** The first page of runs is small (the latest full run usually answers every node); each next one doubles, up to this. */
const FIRST_PAGE = 8;
const LARGEST_PAGE = 256;

type RunKey = NodeResultRecord['run'];

/**
 * Each node of the graph (as drawn now) with its latest result: its state in the newest
 * run that is not a batch item (batch items are variants with overrides) where it ended
 * `succeeded`, `cached` or `failed`. Newest by start, then id: the history index's order.
 *
 * Walks the graph's runs newest first, a page at a time, and looks up only the nodes not
 * answered yet, by primary key: the cost follows the nodes and the runs it has to look
 * at, not the graph's whole history. (A DISTINCT ON over every run's nodes read and
 * sorted all of them: 0.5 s for 300 runs of 200 nodes, docs/benchmarks.md.)
 */
export async function findLatestNodeResults(db: Db, graphId: string): Promise<NodeResultRecord[]> {
  const [graph] = await db
    .select({ nodeIds: sql<string[]>`array(select jsonb_array_elements_text(jsonb_path_query_array(${graphs.document}, '$.nodes[*].id')))` })
    .from(graphs)
    .where(eq(graphs.id, graphId));
  const remaining = new Set(graph?.nodeIds ?? []);
  const results: NodeResultRecord[] = [];
  let after: RunKey | undefined;
  for (let pageSize = FIRST_PAGE; remaining.size > 0; pageSize = Math.min(pageSize * 2, LARGEST_PAGE)) {
    const page = await runsPage(db, graphId, after, pageSize);
    if (page.length === 0) break;
    const position = new Map(page.map((run, index) => [run.id, index]));
    for (const node of await newestInPage(db, page, [...remaining])) {
      remaining.delete(node.nodeId);
      results.push({ node, run: page[position.get(node.runId)!]! });
    }
    if (page.length < pageSize) break;
    after = page.at(-1);
  }
  return results.sort((a, b) => (a.node.nodeId < b.node.nodeId ? -1 : a.node.nodeId > b.node.nodeId ? 1 : 0));
}

/** The graph's non-batch runs older than `after`, newest first (a keyset scan of runs_graph_history_idx). */
const runsPage = (db: Db, graphId: string, after: RunKey | undefined, limit: number): Promise<RunKey[]> =>
  db
    .select({ id: runs.id, revision: runs.revision, createdAt: runs.createdAt })
    .from(runs)
    .where(
      and(
        eq(runs.graphId, graphId),
        isNull(runs.batchId),
        after ? or(lt(runs.createdAt, after.createdAt), and(eq(runs.createdAt, after.createdAt), lt(runs.id, after.id))) : undefined,
      ),
    )
    .orderBy(desc(runs.createdAt), desc(runs.id))
    .limit(limit);

/**
 * Per node, its row in the newest of these runs where it has a result. The choice reads
 * narrow columns (the status from the heap, no outputs copied or sorted); only the chosen
 * rows are read whole, by primary key.
 */
const newestInPage = async (db: Db, page: readonly RunKey[], nodeIds: readonly string[]): Promise<RunNodeRow[]> => {
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
        inArray(runNodes.status, [...NODE_RESULT_STATUSES]),
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
