import type { ValidationIssue } from '@pc/graph';

/** Why a graph cannot be planned. */
export type RunPlanErrorCode = 'graph_not_runnable' | 'unknown_nodes';

/**
 * Thrown by `planRun`: the graph has issues that block a run (`issues`), or the
 * selection names nodes the graph does not have (`unknownNodeIds`). The API maps it to a
 * 422 listing them; the canvas shows each issue on its node.
 */
export class RunPlanError extends Error {
  readonly code: RunPlanErrorCode;
  readonly issues: readonly ValidationIssue[];
  readonly unknownNodeIds: readonly string[];

  constructor(code: RunPlanErrorCode, details: { issues?: readonly ValidationIssue[]; unknownNodeIds?: readonly string[] }) {
    const issues = details.issues ?? [];
    const unknownNodeIds = details.unknownNodeIds ?? [];
    super(
      code === 'unknown_nodes'
        ? `The graph has no node ${unknownNodeIds.join(', ')}`
        : `The graph cannot run: ${issues.length} issue(s), first: ${issues[0]?.message ?? 'unknown'}`,
    );
    this.name = 'RunPlanError';
    this.code = code;
    this.issues = issues;
    this.unknownNodeIds = unknownNodeIds;
  }
}
