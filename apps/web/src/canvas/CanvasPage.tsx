import { useEffect, useRef, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { MousePointerClick } from 'lucide-react';
import * as Y from 'yjs';
import { api, ApiProblem } from '../api/client.js';
import { getSession, refreshSession, roleIn, useSession as useAccountSession } from '../auth/session.js';
import { followLink, useSearch } from '../app/router.js';
import { Announcer } from '../ui/Announcer.js';
import { createCollabConnection, TerminalCloseError, type CollabConnection } from './collab/collab-connection.js';
import { CloseCode, describeConnection, initialConnectionState, isLockedOut, isUnreachable } from './collab/connection-state.js';
import { ConnectionNotice } from './collab/ConnectionNotice.js';
import { CollabContext, useConnection } from './collab/context.js';
import { FindNode } from './find/FindNode.js';
import { FlowCanvas } from './FlowCanvas.js';
import { HintsPanel } from './hints/HintsPanel.js';
import { Palette } from './Palette.js';
import { PresenceContext } from './presence/context.js';
import { PresenceOverlay } from './presence/PresenceOverlay.js';
import { usePresence } from './presence/use-presence.js';
import { PropertiesPanel } from './properties/PropertiesPanel.js';
import { QuickAdd } from './quick-add/QuickAdd.js';
import { RevisionPage } from './runs/RevisionPage.js';
import { parseRevisionParams } from './runs/revision-params.js';
import { RunSessionContext, useRunFollowing } from './runs/run-context.js';
import { RunHistory } from './runs/RunHistory.js';
import { ShortcutsHelp } from './shortcuts/ShortcutsHelp.js';
import { SheetHandle } from './small-screens/SheetHandle.js';
import { createCanvas, type Canvas } from './store/canvas.js';
import { CanvasContext, useCanvas, useDocument, useSession } from './store/react.js';
import { selectIsEmpty, selectPropertiesOpen } from './store/selectors.js';
import { Toolbar } from './Toolbar.js';
import { useCanvasActions } from './use-canvas-actions.js';
import { useCanvasKeyboard } from './use-canvas-session.js';
import { viewerEditRefusal, viewerPanelNote } from './view-only/viewer-copy.js';

type LoadState =
  | { status: 'loading'; step: 'graph' | 'document' | 'unreachable' }
  | { status: 'ready'; canvas: Canvas; connection: CollabConnection; readOnly: boolean }
  | { status: 'error'; problem: ApiProblem };

const EmptyCanvasHint = () => {
  const empty = useDocument(selectIsEmpty);
  if (!empty) return null;
  return (
    <div className="canvas-empty" aria-hidden>
      <MousePointerClick size={22} />
      <strong>An empty stage</strong>
      {/* One line per layout, the stylesheet shows the one that fits (small-screens.css): a phone
          has no palette and no Space key, a narrow tablet has the palette as a strip above. */}
      <span className="canvas-empty__how canvas-empty__how--desktop">Drag a Character, Scene or Shot from the left, or double-click here (or press Space) to add one.</span>
      <span className="canvas-empty__how canvas-empty__how--strip">Tap a Character, Scene or Shot above to add one.</span>
      <span className="canvas-empty__how canvas-empty__how--phone">On a phone the canvas is for reading and running: add Characters, Scenes and Shots on a tablet or a computer.</span>
    </div>
  );
};

/**
 * The page once the live document has arrived: chrome, canvas, panels, presence and the
 * session instances. `readOnly` (a viewer): no palette, no dragging, wiring or deleting,
 * no quick-add, the properties shown but disabled; what a viewer might still reach for (Run,
 * the "View only" badge, a Delete key) says why it is not theirs. The server drops a
 * viewer's writes anyway; this keeps the page from offering what it cannot do.
 */
const Workspace = ({ readOnly: viewer, connection }: { readOnly: boolean; connection: CollabConnection }) => {
  const canvas = useCanvas();
  // Access lost or graph deleted mid-session: nothing done here could ever be saved.
  const lockedOut = useConnection(isLockedOut);
  const readOnly = viewer || lockedOut;
  useEffect(() => {
    if (lockedOut) canvas.doc.setReadOnly(true);
  }, [canvas, lockedOut]);
  const canvasRef = useRef<HTMLDivElement>(null);
  const propertiesOpen = useSession(selectPropertiesOpen);
  const account = useAccountSession();
  const me = account.status === 'signed-in' ? account.me.user : null;
  const presence = usePresence(canvas, connection, canvasRef, me);
  const { actions, onPointerMove } = useCanvasActions(canvas, connection, canvasRef);
  useCanvasKeyboard(actions);
  const runSession = useRunFollowing(canvas);
  const layout = `canvas-page${propertiesOpen ? '' : ' canvas-page--no-panel'}${readOnly ? ' canvas-page--read-only' : ''}`;
  return (
    <RunSessionContext.Provider value={runSession}>
      <PresenceContext.Provider value={presence}>
        <div className={layout} data-testid={readOnly ? 'canvas-read-only' : undefined}>
          <Toolbar actions={actions} readOnly={readOnly} viewer={viewer} />
          {!readOnly && <Palette />}
          <div className="canvas" ref={canvasRef} onPointerMove={onPointerMove}>
            <FlowCanvas wrapperRef={canvasRef} readOnly={readOnly} />
            <PresenceOverlay />
            <ConnectionNotice />
            {!readOnly && <EmptyCanvasHint />}
            {!readOnly && <QuickAdd />}
            <FindNode />
            <HintsPanel />
            <RunHistory />
          </div>
          {propertiesOpen && <PropertiesPanel readOnly={readOnly} {...(viewer ? { readOnlyNote: viewerPanelNote } : {})} />}
          <SheetHandle />
          <ShortcutsHelp />
          <Announcer />
        </div>
      </PresenceContext.Provider>
    </RunSessionContext.Provider>
  );
};

/** Why the server closed the socket before the document arrived, in words. */
const closedBeforeSync = (code: number): string => describeConnection({ ...initialConnectionState(false), closed: { code, reason: '' } }).detail;

/**
 * `/graphs/:id`: reads the graph's metadata and the user's role over REST, then opens the
 * live document (collab/) and shows the canvas only once the server's document has
 * arrived — never an empty graph that fills in a moment later.
 */
export const CanvasPage = ({ graphId }: { graphId: string }) => {
  const [load, setLoad] = useState<LoadState>({ status: 'loading', step: 'graph' });
  const [attempt, setAttempt] = useState(0);
  const session = useAccountSession();
  // Read when the graph arrives; the role is part of the load, not a reason to reload.
  const sessionRef = useRef(session);
  sessionRef.current = session;
  // `?revision=N`: the read-only document a run used, instead of the live graph.
  const revisionParams = parseRevisionParams(useSearch());
  const isLive = revisionParams === null;

  useEffect(() => {
    if (!isLive) return;
    const controller = new AbortController();
    let connection: CollabConnection | null = null;
    let opened: Canvas | null = null;
    let ydoc: Y.Doc | null = null;
    let unsubscribe = () => {};
    const fail = (error: unknown) => {
      if (controller.signal.aborted) return;
      const problem =
        error instanceof ApiProblem
          ? error
          : error instanceof TerminalCloseError
            ? new ApiProblem({ type: 'about:blank', title: closedBeforeSync(error.code), status: error.code === CloseCode.graphGone ? 404 : 403, code: 'collab_closed' })
            : new ApiProblem({ type: 'about:blank', title: String(error), status: -1, code: 'unexpected' });
      setLoad({ status: 'error', problem });
    };
    api
      .getGraph(graphId, controller.signal)
      .then(async (graph) => {
        if (controller.signal.aborted) return;
        document.title = `${graph.name} · Production Canvas`;
        const account = sessionRef.current;
        const readOnly = roleIn(account, graph.workspaceId) === 'viewer';
        ydoc = new Y.Doc();
        const live = createCollabConnection({ graphId, ydoc, readOnly });
        connection = live;
        // Role changed (4409) or session ended (4401, e.g. a password change here): re-read
        // the session and reopen with it; signed out, the app sends the person to sign in.
        unsubscribe = live.state.subscribe((state) => {
          const code = state.closed?.code;
          if (code !== CloseCode.roleChanged && code !== CloseCode.unauthenticated) return;
          unsubscribe();
          void refreshSession().then(() => {
            if (controller.signal.aborted || getSession().status !== 'signed-in') return;
            // Unmount the old canvas at once: its document and socket are closed by the cleanup.
            setLoad({ status: 'loading', step: 'graph' });
            setAttempt((n) => n + 1);
          });
        });
        setLoad({ status: 'loading', step: 'document' });
        // Out of reach for a while: say so (the provider keeps retrying) instead of a silent spinner.
        const unsubscribeReach = live.state.subscribe((state) => {
          if (!isUnreachable(state)) return;
          unsubscribeReach();
          if (!controller.signal.aborted) setLoad((current) => (current.status === 'loading' ? { status: 'loading', step: 'unreachable' } : current));
        });
        try {
          await live.opened;
        } finally {
          unsubscribeReach();
        }
        if (controller.signal.aborted) return;
        const { id, name, revision } = graph;
        opened = createCanvas({ graph: { id, name, revision }, ydoc, readOnly, ...(readOnly ? { readOnlyRefusal: viewerEditRefusal } : {}), ...(account.status === 'signed-in' ? { userId: account.me.user.id } : {}) });
        setLoad({ status: 'ready', canvas: opened, connection: live, readOnly });
      })
      .catch(fail);
    return () => {
      controller.abort();
      unsubscribe();
      // Edits are on the socket and in IndexedDB already: nothing to flush.
      connection?.destroy();
      if (opened) opened.destroy();
      else ydoc?.destroy();
      // Back from a revision's view, the destroyed canvas had rendered again until the graph
      // was read: a toolbar that went away under the focus it had just taken.
      setLoad({ status: 'loading', step: 'graph' });
    };
  }, [graphId, attempt, isLive]);

  if (revisionParams) return <RevisionPage graphId={graphId} revision={revisionParams.revision} runId={revisionParams.runId} />;
  if (load.status === 'loading' && load.step === 'unreachable') {
    return (
      <div className="page-state" aria-busy="true" role="status" data-testid="canvas-unreachable">
        <span className="spinner" aria-hidden />
        <strong>Can’t reach the server — retrying…</strong>
        <span className="muted">The graph opens as soon as the server answers. Check your connection, or come back later.</span>
        <div className="page-state__actions">
          <a className="button button--ghost" href="/" onClick={followLink}>
            Back to graphs
          </a>
        </div>
      </div>
    );
  }
  if (load.status === 'loading') {
    return (
      <div className="page-state" aria-busy="true" data-testid="canvas-loading">
        <span className="spinner" aria-hidden /> {load.step === 'graph' ? 'Loading graph…' : 'Opening the live document…'}
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
                setLoad({ status: 'loading', step: 'graph' });
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
      <CollabContext.Provider value={load.connection}>
        <ReactFlowProvider>
          <Workspace readOnly={load.readOnly} connection={load.connection} />
        </ReactFlowProvider>
      </CollabContext.Provider>
    </CanvasContext.Provider>
  );
};
