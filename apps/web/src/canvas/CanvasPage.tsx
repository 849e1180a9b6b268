import { useEffect, useRef, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { MousePointerClick } from 'lucide-react';
import { api, ApiProblem } from '../api/client.js';
import { roleIn, useSession } from '../auth/session.js';
import { followLink } from '../app/router.js';
import { FlowCanvas } from './FlowCanvas.js';
import { Palette } from './Palette.js';
import { PropertiesPanel } from './properties/PropertiesPanel.js';
import { createCanvasStore } from './store/canvas-store.js';
import { CanvasStoreContext, useCanvas, useCanvasStore } from './store/react.js';
import { selectIsEmpty, selectPropertiesOpen } from './store/selectors.js';
import { Toolbar } from './Toolbar.js';
import { useAutosave, useCanvasShortcuts, useUnsavedChangesGuard } from './use-canvas-session.js';

type LoadState = { status: 'loading' } | { status: 'ready'; readOnly: boolean } | { status: 'error'; problem: ApiProblem };

const EmptyCanvasHint = () => {
  const empty = useCanvas(selectIsEmpty);
  if (!empty) return null;
  return (
    <div className="canvas-empty" aria-hidden>
      <MousePointerClick size={22} />
      <strong>An empty stage</strong>
      <span>Drag a Character, Scene or Shot from the left, or click one to add it here.</span>
    </div>
  );
};

/**
 * The editor. `readOnly` (a viewer): no palette, no dragging, wiring or deleting, the
 * properties shown but disabled, nothing saved. The server refuses a viewer's writes
 * anyway; this keeps the page from offering what it cannot do.
 */
const Workspace = ({ readOnly }: { readOnly: boolean }) => {
  const canvasRef = useRef<HTMLDivElement>(null);
  const propertiesOpen = useCanvas(selectPropertiesOpen);
  const layout = `canvas-page${propertiesOpen ? '' : ' canvas-page--no-panel'}${readOnly ? ' canvas-page--read-only' : ''}`;
  return (
    <div className={layout} data-testid={readOnly ? 'canvas-read-only' : undefined}>
      <CanvasChrome readOnly={readOnly} />
      {!readOnly && <Palette canvasRef={canvasRef} />}
      <div className="canvas" ref={canvasRef}>
        <FlowCanvas wrapperRef={canvasRef} readOnly={readOnly} />
        {!readOnly && <EmptyCanvasHint />}
      </div>
      {propertiesOpen && (
        <fieldset className="properties-fieldset" disabled={readOnly}>
          <PropertiesPanel />
        </fieldset>
      )}
    </div>
  );
};

/** Toolbar plus the session hooks that need the store (autosave, shortcuts, unload guard). */
const CanvasChrome = ({ readOnly }: { readOnly: boolean }) => {
  const store = useCanvasStore();
  const autosave = useAutosave(store, !readOnly);
  useUnsavedChangesGuard(store);
  useCanvasShortcuts(store, autosave, !readOnly);
  return <Toolbar autosave={autosave} readOnly={readOnly} />;
};

/** `/graphs/:id`: loads the graph, then hands it to a fresh store for this page's life. */
export const CanvasPage = ({ graphId }: { graphId: string }) => {
  const [store] = useState(() => createCanvasStore());
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const session = useSession();
  // Read when the graph arrives; the role is part of the load, not a reason to reload.
  const sessionRef = useRef(session);
  sessionRef.current = session;

  useEffect(() => {
    const controller = new AbortController();
    api
      .getGraph(graphId, controller.signal)
      .then((graph) => {
        store.getState().load(graph);
        document.title = `${graph.name} · Production Canvas`;
        setLoad({ status: 'ready', readOnly: roleIn(sessionRef.current, graph.workspaceId) === 'viewer' });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setLoad({ status: 'error', problem: error instanceof ApiProblem ? error : new ApiProblem({ type: 'about:blank', title: String(error), status: -1, code: 'unexpected' }) });
      });
    return () => controller.abort();
  }, [graphId, store, attempt]);

  if (load.status === 'loading') {
    return (
      <div className="page-state" aria-busy="true">
        <span className="spinner" aria-hidden /> Loading graph…
      </div>
    );
  }
  if (load.status === 'error') {
    return (
      <div className="page-state page-state--error" role="alert">
        <strong>{load.problem.status === 404 ? 'This graph does not exist (any more).' : 'Could not open this graph.'}</strong>
        <span className="muted">{load.problem.summary}</span>
        <div className="page-state__actions">
          <a className="button button--ghost" href="/" onClick={followLink}>
            Back to graphs
          </a>
          {load.problem.status !== 404 && (
            <button type="button" className="button button--primary" onClick={() => {
                setLoad({ status: 'loading' });
                setAttempt((n) => n + 1);
              }}>
              Try again
            </button>
          )}
        </div>
      </div>
    );
  }
  return (
    <CanvasStoreContext.Provider value={store}>
      <ReactFlowProvider>
        <Workspace readOnly={load.readOnly} />
      </ReactFlowProvider>
    </CanvasStoreContext.Provider>
  );
};
