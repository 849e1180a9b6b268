import type { Run, RunNode } from '../../../api/types.js';

/** A finished node of a run as the server answers it (a Shot, succeeded, with empty outputs). */
export const aRunNode = (nodeId: string, patch: Partial<RunNode> = {}): RunNode => ({
  nodeId,
  type: 'shot',
  role: 'target',
  status: 'succeeded',
  cacheKey: `server-key-${nodeId}`,
  attempts: 1,
  startedAt: null,
  finishedAt: null,
  outputs: { values: {}, artifacts: {} },
  error: null,
  ...patch,
});

/** A succeeded run of revision 3 as the server answers it. */
export const aRun = (nodes: RunNode[], patch: Partial<Run> = {}): Run => ({
  id: 'run1',
  graphId: 'g1',
  status: 'succeeded',
  revision: 3,
  nodeIds: null,
  batchId: null,
  requestedBy: null,
  error: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  startedAt: null,
  finishedAt: null,
  nodes,
  ...patch,
});
