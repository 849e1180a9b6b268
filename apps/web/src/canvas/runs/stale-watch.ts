import { toGraphDocument } from '@pc/document';
import type { GraphDocument } from '@pc/graph';
import type { ApiClient } from '../../api/client.js';
import type { Canvas } from '../store/canvas.js';
import { selectShownRun, setStale } from './run-store.js';
import { findStaleNodes } from './stale.js';

export interface StaleWatchOptions {
  readonly canvas: Canvas;
  readonly api: Pick<ApiClient, 'getRevision'>;
  /** Edits come in bursts (typing): keys are recomputed this long after the last one. */
  readonly debounceMs?: number;
}

/**
 * Keeps `runs.stale` up to date: whenever the document or the shown run changes, the
 * run's revision (fetched once per revision; revisions never change) and the current
 * document are keyed and compared (see `findStaleNodes`).
 */
export const createStaleWatch = ({ canvas, api, debounceMs = 200 }: StaleWatchOptions) => {
  const graphId = canvas.session.getState().graph.id;
  const revisions = new Map<number, Promise<GraphDocument | null>>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const revisionDocument = (revision: number) => {
    let known = revisions.get(revision);
    if (!known) {
      known = api.getRevision(graphId, revision).then(
        (found) => found.document,
        () => {
          revisions.delete(revision);
          return null;
        },
      );
      revisions.set(revision, known);
    }
    return known;
  };

  const recompute = async () => {
    const shown = selectShownRun(canvas.runs.getState());
    // Revision 0: a run being started (no revision yet).
    if (!shown || shown.run.revision < 1) return setStale(canvas.runs, []);
    const atRun = await revisionDocument(shown.run.revision);
    if (stopped || selectShownRun(canvas.runs.getState()) !== shown) return;
    setStale(canvas.runs, atRun ? findStaleNodes(toGraphDocument(canvas.doc.ydoc), atRun, shown.nodes) : []);
  };

  const schedule = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void recompute(), debounceMs);
  };

  const unsubscribeDoc = canvas.doc.store.subscribe((state, previous) => {
    if (state.nodes !== previous.nodes || state.edges !== previous.edges) schedule();
  });
  const unsubscribeRuns = canvas.runs.subscribe((state, previous) => {
    if (selectShownRun(state) !== selectShownRun(previous)) schedule();
  });
  schedule();

  return {
    recompute,
    stop() {
      stopped = true;
      clearTimeout(timer);
      unsubscribeDoc();
      unsubscribeRuns();
    },
  };
};
