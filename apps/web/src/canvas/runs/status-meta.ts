import type { RunNodeStatus, RunStatus } from '../../api/types.js';

/** Words for statuses, as badges and lists show them. */
export const nodeStatusLabel: Record<RunNodeStatus, string> = {
  queued: 'Queued',
  running: 'Running',
  succeeded: 'Done',
  cached: 'Cached',
  failed: 'Failed',
  skipped: 'Skipped',
  cancelled: 'Cancelled',
};

export const runStatusLabel: Record<RunStatus, string> = {
  queued: 'Queued',
  running: 'Running',
  succeeded: 'Succeeded',
  failed: 'Failed',
  cancelled: 'Cancelled',
};
