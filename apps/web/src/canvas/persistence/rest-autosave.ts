import { loadGraphDocument, toGraphDocument } from '@pc/document';
import type { ApiClient } from '../../api/client.js';
import { ApiProblem } from '../../api/problem.js';
import type { Canvas } from '../store/canvas.js';
import { setRevision, setSave, type SaveProblem } from '../store/session-store.js';
import type { Persistence } from './types.js';

export interface RestAutosaveOptions {
  canvas: Pick<Canvas, 'doc' | 'session'>;
  api: Pick<ApiClient, 'saveGraph' | 'getGraph'>;
  /** Quiet time after the last edit before saving. */
  delayMs?: number;
  /** Longest wait between retries while the server is unreachable. */
  maxRetryMs?: number;
}

export const toSaveProblem = (error: unknown): SaveProblem =>
  error instanceof ApiProblem
    ? { status: error.status, code: error.code, message: error.summary }
    : { status: -1, code: 'unexpected', message: error instanceof Error ? error.message : String(error) };

/** The origin of a reload from the server: not an edit, so it neither dirties nor enters undo. */
const RELOAD_ORIGIN = Object.freeze({ name: 'production-canvas/rest-reload' });

/**
 * Saves the Y.Doc as GraphJSON with optimistic concurrency: a debounced PUT with If-Match
 * of the revision the edits are based on. Every Y.Doc update except a reload counts as a
 * local edit (there are no peers yet: commands, undo and redo all change what must be
 * saved). Local edits are never discarded here: on a 412, saving stops until the user
 * picks reload or overwrite; a 422 waits for the next edit or Retry; network errors and
 * 5xx retry with backoff.
 */
export const createRestAutosave = ({ canvas, api, delayMs = 600, maxRetryMs = 30_000 }: RestAutosaveOptions): Persistence => {
  const { doc, session } = canvas;
  const ydoc = doc.ydoc;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | null = null;
  let retryMs = 1_000;
  let destroyed = false;
  // Counts edits; `savedVersion` is the count the server has acknowledged.
  let version = 0;
  let savedVersion = 0;

  const status = () => session.getState().save.status;

  const schedule = (ms: number) => {
    clearTimeout(timer);
    if (!destroyed) timer = setTimeout(() => void save(), ms);
  };

  const save = async (): Promise<void> => {
    clearTimeout(timer);
    if (inFlight) return inFlight.then(save);
    if (version === savedVersion || status() === 'conflict') return;
    const { id, revision } = session.getState().graph;
    const at = version;
    const document = toGraphDocument(ydoc);
    setSave(session, { status: 'saving' });
    inFlight = (async () => {
      try {
        const saved = await api.saveGraph(id, document, revision);
        retryMs = 1_000;
        savedVersion = at;
        setRevision(session, saved.revision);
        setSave(session, { status: version === at ? 'saved' : 'dirty', problem: null, lastSavedAt: Date.now() });
      } catch (error) {
        const problem = toSaveProblem(error);
        if (error instanceof ApiProblem && error.isConflict) {
          setSave(session, { status: 'conflict', problem: { ...problem, message: 'This graph changed elsewhere.' } });
          return;
        }
        setSave(session, { status: 'error', problem });
        // An unreachable server is retried with backoff; a refusal (422, 4xx) waits for
        // the next edit or an explicit retry, since resending the same body cannot help.
        if (error instanceof ApiProblem && (error.isNetworkError || error.status >= 500)) {
          schedule(retryMs);
          retryMs = Math.min(retryMs * 2, maxRetryMs);
        }
      } finally {
        inFlight = null;
      }
      if (status() === 'dirty') schedule(delayMs);
    })();
    return inFlight;
  };

  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === RELOAD_ORIGIN) return;
    version += 1;
    const current = status();
    if (current === 'conflict') return;
    if (current === 'saved') setSave(session, { status: 'dirty' });
    schedule(delayMs);
  };
  ydoc.on('update', onUpdate);

  return {
    flush: save,

    reloadFromServer: async () => {
      clearTimeout(timer);
      const latest = await api.getGraph(session.getState().graph.id);
      // The smallest change to the server's version, under an origin undo does not track.
      loadGraphDocument(ydoc, latest.document, RELOAD_ORIGIN);
      savedVersion = version;
      setRevision(session, latest.revision);
      setSave(session, { status: 'saved', problem: null, lastSavedAt: Date.now() });
    },

    overwriteServer: async () => {
      const latest = await api.getGraph(session.getState().graph.id);
      setRevision(session, latest.revision);
      setSave(session, { status: 'dirty', problem: null });
      await save();
    },

    destroy: () => {
      destroyed = true;
      clearTimeout(timer);
      ydoc.off('update', onUpdate);
    },
  };
};
