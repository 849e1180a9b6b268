import { toGraphDocument } from '@pc/document';
import type { GraphDocument } from '@pc/graph';
import type { ApiClient } from '../../api/client.js';
import type { Canvas } from '../store/canvas.js';
import { shownNodes, type ShownNode } from './latest-results.js';
import { setStale, type RunsState } from './run-store.js';
import { findStaleNodes } from './stale.js';

export interface StaleWatchOptions {
  readonly canvas: Canvas;
  readonly api: Pick<ApiClient, 'getRevision'>;
  /** Edits come in bursts (typing): keys are recomputed this long after the last one. */
  readonly debounceMs?: number;
}

/** The cards' states and the revision each is judged against: a viewed run's alone, or each node's latest result. */
const cardsOf = (state: RunsState): ShownNode[] =>
  state.viewing
    ? Object.values(state.viewing.nodes).map((node) => ({ node, revision: state.viewing?.run.revision ?? 0 }))
    : shownNodes(state.live, state.latest);

/**
 * Keeps `runs.stale` up to date: whenever the document or what the cards show changes, the
 * revisions their results were made from (fetched once each; revisions never change) and the
 * current document are keyed and compared (see `findStaleNodes`).
 */
export const createStaleWatch = ({ canvas, api, debounceMs = 200 }: StaleWatchOptions) => {
  const graphId = canvas.session.getState().graph.id;
  const revisions = new Map<number, Promise<GraphDocument | null>>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let computing = 0;

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
    const request = ++computing;
    const cards = cardsOf(canvas.runs.getState());
    // Revision 0: a run being started (no revision yet).
    const wanted = [...new Set(cards.map((card) => card.revision))].filter((revision) => revision >= 1);
    const documents = new Map<number, GraphDocument>();
    for (const [index, document] of (await Promise.all(wanted.map(revisionDocument))).entries()) if (document) documents.set(wanted[index]!, document);
    // A later edit or result started its own computation: this one's answer is out of date.
    if (stopped || request !== computing) return;
    setStale(canvas.runs, cards.length === 0 ? [] : findStaleNodes(toGraphDocument(canvas.doc.ydoc), cards, documents));
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
    if (state.viewing !== previous.viewing || state.live !== previous.live || state.latest !== previous.latest) schedule();
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
