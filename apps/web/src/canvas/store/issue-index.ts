import type { ValidationIssue } from '@pc/graph';

/** Validation issues grouped by where the canvas shows them. */
export interface IssueIndex {
  all: readonly ValidationIssue[];
  byNode: Readonly<Record<string, readonly ValidationIssue[]>>;
  byEdge: Readonly<Record<string, readonly ValidationIssue[]>>;
  /** Issues about the graph as a whole (no node, no edge). */
  graph: readonly ValidationIssue[];
}

export const emptyIssueIndex: IssueIndex = { all: [], byNode: {}, byEdge: {}, graph: [] };

const sameIssues = (a: readonly ValidationIssue[] | undefined, b: readonly ValidationIssue[]): boolean =>
  a !== undefined &&
  a.length === b.length &&
  a.every((issue, i) => issue.code === b[i]?.code && issue.message === b[i]?.message && issue.severity === b[i]?.severity);

const group = (
  issues: readonly ValidationIssue[],
  keyOf: (issue: ValidationIssue) => string | undefined,
  previous: Readonly<Record<string, readonly ValidationIssue[]>>,
): Readonly<Record<string, readonly ValidationIssue[]>> => {
  const fresh: Record<string, ValidationIssue[]> = {};
  for (const issue of issues) {
    const key = keyOf(issue);
    if (key !== undefined) (fresh[key] ??= []).push(issue);
  }
  // Reuse the previous array when a node's issues did not change, so re-validating after
  // a keystroke re-renders only the nodes whose badge changes.
  const result: Record<string, readonly ValidationIssue[]> = {};
  let changed = Object.keys(previous).length !== Object.keys(fresh).length;
  for (const [key, list] of Object.entries(fresh)) {
    const before = previous[key];
    if (sameIssues(before, list)) result[key] = before!;
    else {
      result[key] = list;
      changed = true;
    }
  }
  return changed ? result : previous;
};

/** Indexes `issues` by node and edge, sharing unchanged parts of `previous`. */
export const indexIssues = (issues: readonly ValidationIssue[], previous: IssueIndex = emptyIssueIndex): IssueIndex => {
  const byNode = group(issues, (issue) => issue.nodeId, previous.byNode);
  const byEdge = group(issues, (issue) => issue.edgeId, previous.byEdge);
  const graphIssues = issues.filter((issue) => issue.nodeId === undefined && issue.edgeId === undefined);
  const graph = sameIssues(previous.graph, graphIssues) ? previous.graph : graphIssues;
  if (byNode === previous.byNode && byEdge === previous.byEdge && graph === previous.graph && sameIssues(previous.all, issues)) return previous;
  return { all: issues, byNode, byEdge, graph };
};
