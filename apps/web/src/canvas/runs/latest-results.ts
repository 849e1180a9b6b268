import type { NodeResult, NodeRunResult, Run, RunNode, RunNodeStatus } from '../../api/types.js';
import { isRunFinal, toNodeState, type EarlierOutput, type RunNodeState, type RunState } from './run-reducer.js';

/*
 * What each card shows: its node's latest result, from whichever run last produced it (a run
 * of one Shot must not take the breakdowns of every other card away). The server answers the
 * same per node (`GET /graphs/:id/results`), so a reload and every collaborator see the same;
 * the runs this tab follows fold their finished nodes in as they arrive. The graph's latest
 * run, while it runs, lays its live statuses over the nodes in it and leaves the others be.
 */

/** A node's result with the run that produced it (its revision judges the Stale badge). */
export interface LatestResult extends RunNodeState {
  readonly runId: string;
  readonly revision: number;
  readonly runCreatedAt: string;
}

export type LatestResults = Readonly<Record<string, LatestResult>>;

/** Statuses that are a result: the node ran (or its output was found) and ended so. Skipped and cancelled nodes keep their earlier one. */
export const RESULT_STATUSES: ReadonlySet<RunNodeStatus> = new Set(['succeeded', 'cached', 'failed']);

const isResult = (node: { status: RunNodeStatus; outputs: unknown }) =>
  RESULT_STATUSES.has(node.status) && (node.status === 'failed' || node.outputs !== null);

const toResult = (node: RunNode, run: { runId: string; revision: number; runCreatedAt: string }): LatestResult => ({ ...toNodeState(node), ...run });

const earlierFrom = (success: NodeRunResult | null): EarlierOutput | null =>
  success?.outputs ? { outputs: success.outputs, runId: success.runId, runCreatedAt: success.runCreatedAt } : null;

/** The server's answer as results (a failed one with its last success's output as `earlier`). */
export const resultsFromList = (nodes: readonly NodeResult[]): LatestResult[] =>
  nodes
    .filter(isResult)
    .map(({ runId, revision, runCreatedAt, lastSuccess, ...node }) => ({ ...toResult(node, { runId, revision, runCreatedAt }), earlier: earlierFrom(lastSuccess) }));

/** The output a result leaves for a later failure to show: its own, or (failed itself) the earlier one it kept. */
export const earlierOf = (result: LatestResult | undefined): EarlierOutput | null =>
  !result ? null : result.status !== 'failed' && result.outputs ? { outputs: result.outputs, runId: result.runId, runCreatedAt: result.runCreatedAt } : (result.earlier ?? null);

/**
 * The finished nodes of a run read from the server (succeeded and cached ones with their
 * outputs). None of a batch item's: a variant with overrides, not the graph as drawn (the
 * server's answer leaves them out too, so a reload shows the same).
 */
export const resultsOfRun = (run: Run): LatestResult[] =>
  run.batchId !== null ? [] : run.nodes.filter(isResult).map((node) => toResult(node, { runId: run.id, revision: run.revision, runCreatedAt: run.createdAt }));

/** Later run first, as the server orders them: by start, then id. */
const isLater = (a: LatestResult, b: LatestResult) => (a.runCreatedAt === b.runCreatedAt ? a.runId > b.runId : a.runCreatedAt > b.runCreatedAt);

const sameResult = (a: LatestResult, b: LatestResult) =>
  a.runId === b.runId && a.status === b.status && a.finishedAt === b.finishedAt && (a.outputs === null) === (b.outputs === null);

/**
 * Folds results in: a node's result is replaced by one of a later run (or a fuller read of the
 * same run); a failure keeps the output the result it replaces had (or kept). Unchanged, the same object.
 */
export const mergeResults = (latest: LatestResults, incoming: readonly LatestResult[]): LatestResults => {
  let next: Record<string, LatestResult> | null = null;
  for (const result of incoming) {
    const known = (next ?? latest)[result.nodeId];
    if (known && (sameResult(known, result) || (known.runId !== result.runId && !isLater(result, known)))) continue;
    next ??= { ...latest };
    next[result.nodeId] = result.status === 'failed' && !result.earlier && known ? { ...result, earlier: earlierOf(known) } : result;
  }
  return next ?? latest;
};

/** A card's node state and the revision it is judged against (0: a run not started yet). */
export interface ShownNode {
  readonly node: RunNodeState;
  readonly revision: number;
}

/**
 * What one card shows outside a past run's view: its state in the graph's latest run (`live`)
 * while that run is going, or when that run gave it a result; else its latest result (or, when
 * it has none, what the finished run made of it: skipped, cancelled). A finished batch item
 * leaves every card its latest result. While it waits or runs,
 * its last output stays on the card under the live status; failed, its last good output stays
 * beside the reason, as `earlier`.
 */
export const shownNode = (live: RunState | null, latest: LatestResults, nodeId: string): RunNodeState | undefined => {
  const current = live?.nodes[nodeId];
  const last = latest[nodeId];
  if (!current) return last;
  if (isRunFinal(live) && live.run.batchId !== null) return last;
  if (isRunFinal(live) && !RESULT_STATUSES.has(current.status)) return last ?? current;
  if (current.status === 'failed') {
    const earlier = earlierOf(last);
    return earlier ? { ...current, earlier } : current;
  }
  if (current.outputs === null && last?.outputs) return { ...current, outputs: last.outputs };
  return current;
};

/** Every card's shown state with the revision it is judged against, for the Stale badge. */
export const shownNodes = (live: RunState | null, latest: LatestResults): ShownNode[] => {
  const ids = new Set([...Object.keys(latest), ...Object.keys(live?.nodes ?? {})]);
  const shown: ShownNode[] = [];
  for (const id of ids) {
    const node = shownNode(live, latest, id);
    if (!node) continue;
    const fromLatest = node === latest[id];
    shown.push({ node, revision: fromLatest ? latest[id]!.revision : (live?.run.revision ?? 0) });
  }
  return shown;
};
