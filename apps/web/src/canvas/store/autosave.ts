import type { ApiClient } from '../../api/client.js';
import { ApiProblem } from '../../api/problem.js';
import { toGraphDocument } from './canvas-document.js';
import type { CanvasStore, SaveProblem } from './canvas-store.js';

export interface AutosaveOptions {
  store: CanvasStore;
  api: Pick<ApiClient, 'saveGraph' | 'getGraph'>;
  /** Quiet time after the last edit before saving. */
  delayMs?: number;
  /** Longest wait between retries while the server is unreachable. */
  maxRetryMs?: number;
}

export interface Autosave {
  /** Saves now if there is anything to save; resolves when the save settles. */
  flush(): Promise<void>;
  /** After a 412: take the server's version, dropping local edits (the user chose to). */
  reloadFromServer(): Promise<void>;
  /** After a 412: save the local document over the server's newer revision. */
  overwriteServer(): Promise<void>;
  destroy(): void;
}

export const toSaveProblem = (error: unknown): SaveProblem =>
  error instanceof ApiProblem
    ? { status: error.status, code: error.code, message: error.summary }
    : { status: -1, code: 'unexpected', message: error instanceof Error ? error.message : String(error) };

/**
 * Saves the canvas document with optimistic concurrency: a debounced PUT with If-Match of
 * the revision the edits are based on. Local edits are never discarded here: on a
 * conflict, saving stops until the user picks reload or overwrite.
 */
export const createAutosave = ({ store, api, delayMs = 600, maxRetryMs = 30_000 }: AutosaveOptions): Autosave => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | null = null;
  let retryMs = 1_000;
  let destroyed = false;

  const schedule = (ms: number) => {
    clearTimeout(timer);
    if (!destroyed) timer = setTimeout(() => void save(), ms);
  };

  const save = async (): Promise<void> => {
    clearTimeout(timer);
    if (inFlight) return inFlight.then(save);
    const { document, session } = store.getState();
    if (!session.graph || document === session.savedDocument || session.save.status === 'conflict') return;
    const { id, revision } = session.graph;
    store.getState().markSaving();
    inFlight = (async () => {
      try {
        const saved = await api.saveGraph(id, toGraphDocument(document), revision);
        retryMs = 1_000;
        store.getState().markSaved(saved.revision, document);
      } catch (error) {
        const problem = toSaveProblem(error);
        if (error instanceof ApiProblem && error.isConflict) {
          store.getState().markConflict({ ...problem, message: 'This graph changed elsewhere.' });
          return;
        }
        store.getState().markSaveFailed(problem);
        // An unreachable server is retried with backoff; a refusal (422, 4xx) waits for
        // the next edit or an explicit retry, since resending the same body cannot help.
        if (error instanceof ApiProblem && (error.isNetworkError || error.status >= 500)) {
          schedule(retryMs);
          retryMs = Math.min(retryMs * 2, maxRetryMs);
        }
      } finally {
        inFlight = null;
      }
      const after = store.getState();
      if (after.session.save.status === 'dirty') schedule(delayMs);
    })();
    return inFlight;
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.document === previous.document || state.session.save.status === 'conflict') return;
    if (state.document !== state.session.savedDocument) schedule(delayMs);
  });

  return {
    flush: save,

    reloadFromServer: async () => {
      const graphId = store.getState().session.graph?.id;
      if (!graphId) return;
      clearTimeout(timer);
      const latest = await api.getGraph(graphId);
      store.getState().load(latest);
    },

    overwriteServer: async () => {
      const graphId = store.getState().session.graph?.id;
      if (!graphId) return;
      const latest = await api.getGraph(graphId);
      store.setState((draft) => {
        if (draft.session.graph) draft.session.graph.revision = latest.revision;
        draft.session.save = { status: 'dirty', problem: null, lastSavedAt: draft.session.save.lastSavedAt };
      });
      await save();
    },

    destroy: () => {
      destroyed = true;
      clearTimeout(timer);
      unsubscribe();
    },
  };
};
