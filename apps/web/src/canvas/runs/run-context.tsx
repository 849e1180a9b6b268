import { createContext, useContext, useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import type { Canvas } from '../store/canvas.js';
import { createRunSession, type RunSession } from './run-session.js';
import { noteSavedRevision, noteStreamResumed } from './run-store.js';
import { createRunWatcher } from './run-watch.js';
import { createStaleWatch } from './stale-watch.js';

/** The open canvas's run session (null on a canvas that does not follow runs, e.g. a revision). */
export const RunSessionContext = createContext<RunSession | null>(null);

export const useRunSession = (): RunSession | null => useContext(RunSessionContext);

/**
 * Mounts run following for the open graph: the latest run is loaded (so results show after
 * a reload) and followed live, and runs anyone else starts arrive on the graph's run stream
 * (so do the revisions anyone saves, for an open Revisions list).
 */
export const useRunFollowing = (canvas: Canvas): RunSession | null => {
  const [session, setSession] = useState<RunSession | null>(null);
  useEffect(() => {
    const graphId = canvas.session.getState().graph.id;
    const instance = createRunSession({ graphId, store: canvas.runs, api });
    void instance.loadLatest();
    const watcher = createRunWatcher({
      url: api.graphRunEventsUrl(graphId),
      onRun: instance.notice,
      onRevisionSaved: (revision) => noteSavedRevision(canvas.runs, revision),
      onResumed: () => noteStreamResumed(canvas.runs),
    });
    const stale = createStaleWatch({ canvas, api });
    setSession(instance);
    return () => {
      stale.stop();
      watcher.stop();
      instance.destroy();
    };
  }, [canvas]);
  return session;
};
