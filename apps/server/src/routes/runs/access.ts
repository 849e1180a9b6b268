import { isRunId, type Db } from '@pc/db';
import type { RunEngine, RunView } from '@pc/engine';
import type { Actor } from '../../auth/actor.js';
import { checkGraphAccess, type WorkspacePermission } from '../../auth/access.js';
import { ApiError, notFound } from '../../errors/api-error.js';

/** The run, when the actor may `permission` its graph; 404 for outsiders and unknown ids alike. */
export async function runFor(db: Db, engine: RunEngine, actor: Actor, runId: string, permission: WorkspacePermission): Promise<RunView> {
  const run = isRunId(runId) ? await engine.getRun(runId) : undefined;
  if (!run) throw notFound(`Run ${runId}`);
  try {
    await checkGraphAccess(db, actor, run.graphId, permission);
  } catch (error) {
    // The graph's 404 would name the graph: answer about the run instead.
    if (error instanceof ApiError && error.code === 'not_found') throw notFound(`Run ${runId}`);
    throw error;
  }
  return run;
}
