import { useEffect, useRef, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { MousePointerClick } from 'lucide-react';
import { api, ApiProblem } from '../api/client.js';
import { roleIn, useSession as useAccountSession } from '../auth/session.js';
import { followLink, useSearch } from '../app/router.js';
import { FlowCanvas } from './FlowCanvas.js';
import { HintsPanel } from './hints/HintsPanel.js';
import { Palette } from './Palette.js';
import { PropertiesPanel } from './properties/PropertiesPanel.js';
import { QuickAdd } from './quick-add/QuickAdd.js';
import { RevisionPage } from './runs/RevisionPage.js';
import { parseRevisionParams } from './runs/revision-params.js';
import { RunSessionContext, useRunFollowing } from './runs/run-context.js';
import { RunHistory } from './runs/RunHistory.js';
import { ShortcutsHelp } from './shortcuts/ShortcutsHelp.js';
import { createCanvas, type Canvas } from './store/canvas.js';
import { CanvasContext, useCanvas, useDocument, useSession } from './store/react.js';
import { selectIsEmpty, selectPropertiesOpen } from './store/selectors.js';
import { Toolbar } from './Toolbar.js';
import { useCanvasActions } from './use-canvas-actions.js';
import { useCanvasKeyboard, usePersistence, useUnsavedChangesGuard } from './use-canvas-session.js';

type LoadState = { status: 'loading' } | { status: 'ready'; canvas: Canvas; readOnly: boolean } | { status: 'error'; problem: ApiProblem };

const EmptyCanvasHint = () => {
  const empty = useDocument(selectIsEmpty);
  if (!empty) return null;
  return (
    <div className="canvas-empty" aria-hidden>
      <MousePointerClick size={22} />
      <strong>An empty stage</strong>
      <span>Drag a Character, Scene or Shot from the left, or double-click here (or press Space) to add one.</span>
    </div>
  );
};

/**
 * The page once the graph is loaded: chrome, canvas, panels, and the session instances.
 * `readOnly` (a viewer): no palette, no dragging, wiring or deleting, the properties shown
 * but disabled, nothing saved. The server refuses a viewer's writes anyway; this keeps the
 * page from offering what it cannot do.
 */
const Workspace = ({ readOnly }: { readOnly: boolean }) => {
  const canvas = useCanvas();
  const canvasRef = useRef<HTMLDivElement>(null);
  const propertiesOpen = useSession(selectPropertiesOpen);
  const persistence = usePersistence(canvas, !readOnly);
  useUnsavedChangesGuard(canvas);
  const { actions, onPointerMove } = useCanvasActions(canvas, persistence, canvasRef);
  useCanvasKeyboard(actions);
  const runSession = useRunFollowing(canvas);
  const layout = `canvas-page${propertiesOpen ? '' : ' canvas-page--no-panel'}${readOnly ? ' canvas-page--read-only' : ''}`;
  return (
    <RunSessionContext.Provider value={runSession}>
      <div className={layout} data-testid={readOnly ? 'canvas-read-only' : undefined}>
        <Toolbar persistence={persistence} actions={actions} readOnly={readOnly} />
        {!readOnly && <Palette canvasRef={canvasRef} />}
        <div className="canvas" ref={canvasRef} onPointerMove={onPointerMove}>
          <FlowCanvas wrapperRef={canvasRef} readOnly={readOnly} />
          {!readOnly && <EmptyCanvasHint />}
          {!readOnly && <QuickAdd />}
          <HintsPanel />
          <RunHistory />
        </div>
        {propertiesOpen && (
          <fieldset className="properties-fieldset" disabled={readOnly}>
            <PropertiesPanel />
          </fieldset>
        )}
        <ShortcutsHelp />
      </div>
    </RunSessionContext.Provider>
  );
};

/** `/graphs/:id`: loads the graph, then opens it as a local document for this page's life. */
export const CanvasPage = ({ graphId }: { graphId: string }) => {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const session = useAccountSession();
  // Read when the graph arrives; the role is part of the load, not a reason to reload.
  const sessionRef = useRef(session);
  sessionRef.current = session;
  // `?revision=N`: the read-only document a run used, instead of the live graph.
  const revisionParams = parseRevisionParams(useSearch());

  useEffect(() => {
    const controller = new AbortController();
    let opened: Canvas | null = null;
    api
      .getGraph(graphId, controller.signal)
      .then((graph) => {
        if (controller.signal.aborted) return;
        document.title = `${graph.name} · Production Canvas`;
        const readOnly = roleIn(sessionRef.current, graph.workspaceId) === 'viewer';
        opened = createCanvas({ graph, readOnly });
        setLoad({ status: 'ready', canvas: opened, readOnly });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setLoad({ status: 'error', problem: error instanceof ApiProblem ? error : new ApiProblem({ type: 'about:blank', title: String(error), status: -1, code: 'unexpected' }) });
      });
    return () => {
      controller.abort();
      // After the persistence flush scheduled by the same unmount has read the document.
      const closing = opened;
      if (closing) setTimeout(() => closing.destroy(), 5_000);
    };
  }, [graphId, attempt]);

  if (revisionParams) return <RevisionPage graphId={graphId} revision={revisionParams.revision} runId={revisionParams.runId} />;
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
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setLoad({ status: 'loading' });
                setAttempt((n) => n + 1);
              }}
            >
              Try again
            </button>
          )}
        </div>
      </div>
    );
  }
  return (
    <CanvasContext.Provider value={load.canvas}>
      <ReactFlowProvider>
        <Workspace readOnly={load.readOnly} />
      </ReactFlowProvider>
    </CanvasContext.Provider>
  );
};
