import type { RunNodeStatus } from '../../api/types.js';
import type { RunState } from './run-reducer.js';

export interface RunProgress {
  readonly total: number;
  /** Nodes that reached a final status (any of them). */
  readonly finished: number;
  readonly counts: Readonly<Record<RunNodeStatus, number>>;
  /** Mean progress of the whole run, 0…1 (a running node counts by its own fraction, or half). */
  readonly fraction: number;
  /** "4/9 done · 2 cached · 1 failed". */
  readonly text: string;
}

const emptyCounts = (): Record<RunNodeStatus, number> => ({ queued: 0, running: 0, succeeded: 0, cached: 0, failed: 0, skipped: 0, cancelled: 0 });

/** The toolbar's one-line account of a run. */
export const summarizeProgress = (state: RunState | null): RunProgress => {
  const counts = emptyCounts();
  let weight = 0;
  const nodes = state ? Object.values(state.nodes) : [];
  for (const node of nodes) {
    counts[node.status] += 1;
    weight += node.status === 'queued' ? 0 : node.status === 'running' ? (node.progress ?? 0.5) : 1;
  }
  const total = nodes.length;
  const finished = counts.succeeded + counts.cached + counts.failed + counts.skipped + counts.cancelled;
  // A cancelled node did not get done: "6/12 done · 6 cancelled", not "12/12 done".
  const parts = [`${finished - counts.cancelled}/${total} done`];
  if (counts.cached > 0) parts.push(`${counts.cached} cached`);
  if (counts.failed > 0) parts.push(`${counts.failed} failed`);
  if (counts.skipped > 0) parts.push(`${counts.skipped} skipped`);
  if (counts.cancelled > 0) parts.push(`${counts.cancelled} cancelled`);
  return { total, finished, counts, fraction: total === 0 ? 0 : weight / total, text: parts.join(' · ') };
};

/** "1.4 s", "2 min 05 s" — how long a run or node took. */
export const formatDuration = (from: string | null, to: string | null): string | null => {
  if (!from || !to) return null;
  const ms = Date.parse(to) - Date.parse(from);
  if (!Number.isFinite(ms) || ms <= 0) return null;
  if (ms < 1_000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1_000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1_000);
  return `${minutes} min ${String(seconds).padStart(2, '0')} s`;
};

/**
 * The run's failed nodes still on the canvas, in the run's order: what "Select failed" selects
 * (then Run, of the selection, runs them, and what they feed, again). A node deleted since is left out.
 */
export const failedNodeIds = (state: RunState | null, isOnCanvas: (nodeId: string) => boolean): string[] =>
  state ? Object.values(state.nodes).filter((node) => node.status === 'failed' && isOnCanvas(node.nodeId)).map((node) => node.nodeId) : [];
