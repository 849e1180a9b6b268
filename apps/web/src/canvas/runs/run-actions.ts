import { ApiProblem } from '../../api/problem.js';
import { showToast } from '../../ui/toasts.js';
import type { Persistence } from '../persistence/types.js';
import type { Canvas } from '../store/canvas.js';
import type { SaveState } from '../store/session-store.js';
import type { RunSession } from './run-session.js';
import { setRefused, setStarting } from './run-store.js';

/** Why the saved document is not what is on screen, or null when it is. */
export const unsavedReason = (save: SaveState): string | null => {
  switch (save.status) {
    case 'saved':
      return null;
    case 'dirty':
    case 'saving':
      return 'Your latest changes are still being saved. Try again in a moment.';
    case 'error':
      return `The graph could not be saved${save.problem ? `: ${save.problem.message}` : ''}. A run uses the saved graph.`;
    case 'conflict':
      return 'This graph changed elsewhere. Choose Reload or Keep mine first; a run uses the saved graph.';
  }
};

/** The refusal of a graph that cannot run, as one toast line per issue (at most four). */
export const describeRefusal = (problem: ApiProblem): { detail: string; nodeIds: string[] } => {
  const lines = problem.errors.map((error) => error.message);
  const shown = lines.slice(0, 4);
  if (lines.length > shown.length) shown.push(`+${lines.length - shown.length} more`);
  const nodeIds = [...new Set(problem.errors.map((error) => error.nodeId).filter((id): id is string => typeof id === 'string'))];
  return { detail: shown.join(' · ') || problem.summary, nodeIds };
};

/**
 * Run (the whole graph, or `nodeIds` and their dependants): a run executes the saved
 * document, so pending edits are flushed first and the run starts only once they are on
 * the server; otherwise the reason is shown. A refusal names its nodes, which are outlined.
 */
export const runGraph = async ({
  canvas,
  persistence,
  session,
  nodeIds,
}: {
  canvas: Pick<Canvas, 'session' | 'runs'>;
  persistence: Persistence | null;
  session: RunSession;
  nodeIds?: readonly string[];
}): Promise<boolean> => {
  const { runs } = canvas;
  if (runs.getState().starting) return false;
  setStarting(runs, true);
  try {
    await persistence?.flush();
    // An edit that landed during the save: one more round.
    if (canvas.session.getState().save.status === 'dirty') await persistence?.flush();
    const reason = unsavedReason(canvas.session.getState().save);
    if (reason) {
      showToast({ tone: 'error', title: 'Cannot run yet', detail: reason });
      return false;
    }
    await session.start(nodeIds);
    return true;
  } catch (error) {
    if (error instanceof ApiProblem && error.code === 'graph_not_runnable') {
      const { detail, nodeIds: refused } = describeRefusal(error);
      setRefused(runs, refused);
      showToast({ tone: 'error', title: 'This graph cannot run yet', detail });
    } else if (error instanceof ApiProblem && error.status === 403) {
      showToast({ tone: 'error', title: 'Cannot run', detail: 'Viewers can look at runs but not start them.' });
    } else {
      showToast({ tone: 'error', title: 'Could not start the run', detail: error instanceof ApiProblem ? error.summary : String(error) });
    }
    return false;
  } finally {
    setStarting(runs, false);
  }
};
