import { ApiProblem } from '../../api/problem.js';
import { showToast } from '../../ui/toasts.js';
import type { ServerSync } from '../collab/server-sync.js';
import type { Canvas } from '../store/canvas.js';
import type { RunSession } from './run-session.js';
import { setRefused, setStarting } from './run-store.js';

/** The refusal of a graph that cannot run, as one toast line per issue (at most four). */
export const describeRefusal = (problem: ApiProblem): { detail: string; nodeIds: string[] } => {
  const lines = problem.errors.map((error) => error.message);
  const shown = lines.slice(0, 4);
  if (lines.length > shown.length) shown.push(`+${lines.length - shown.length} more`);
  const nodeIds = [...new Set(problem.errors.map((error) => error.nodeId).filter((id): id is string => typeof id === 'string'))];
  return { detail: shown.join(' · ') || problem.summary, nodeIds };
};

/**
 * Run (the whole graph, or `nodeIds` and their dependants): a run executes the server's
 * document, so the server first confirms it holds every local edit (a sync round trip on
 * the live socket); offline, the reason is shown instead. A refusal names its nodes,
 * which are outlined.
 */
export const runGraph = async ({
  canvas,
  connection,
  session,
  nodeIds,
}: {
  canvas: Pick<Canvas, 'runs'>;
  connection: ServerSync | null;
  session: RunSession;
  nodeIds?: readonly string[];
}): Promise<boolean> => {
  const { runs } = canvas;
  if (runs.getState().starting) return false;
  setStarting(runs, true);
  try {
    if (connection && !(await connection.confirmSynced())) {
      showToast({ tone: 'error', title: 'Cannot run yet', detail: 'You are offline: a run uses the graph on the server, which does not have your latest changes yet.' });
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
