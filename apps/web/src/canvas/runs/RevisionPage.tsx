import { useEffect, useRef, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { ArrowLeft, CircleCheck, FileClock, RotateCcw } from 'lucide-react';
import { api, ApiProblem } from '../../api/client.js';
import type { GraphRevision, RunSummary } from '../../api/types.js';
import { graphPath, navigate } from '../../app/router.js';
import { roleIn, useSession as useAccountSession } from '../../auth/session.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { showToast } from '../../ui/toasts.js';
import { currentGraphRevision, restoredToast, restoreFailedDetail, restoreRevision } from '../revisions/restore-revision.js';
import { watchTabReturn } from '../revisions/graph-changes.js';
import { useRevisionViewFocus } from '../revisions/revision-focus.js';
import { formatDateTime } from '../../ui/format.js';
import { FlowCanvas } from '../FlowCanvas.js';
import { PropertiesPanel } from '../properties/PropertiesPanel.js';
import { SheetHandle } from '../small-screens/SheetHandle.js';
import { createCanvas, type Canvas } from '../store/canvas.js';
import { CanvasContext, useSession } from '../store/react.js';
import { selectPropertiesOpen } from '../store/selectors.js';
import { runStateFrom } from './run-reducer.js';
import { setLive } from './run-store.js';
import { runStatusLabel } from './status-meta.js';

type Load =
  | { status: 'loading' }
  | { status: 'ready'; canvas: Canvas; revision: GraphRevision; run: RunSummary | null; workspaceId: string; current: boolean }
  | { status: 'error'; message: string };

/** "Restore this revision" for editors: asked first; the live graph follows, and the page goes back to it. */
const RestoreButton = ({ graphId, revision }: { graphId: string; revision: number }) => {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const restore = async () => {
    setBusy(true);
    try {
      showToast(restoredToast(revision, await restoreRevision(graphId, revision)));
      navigate(graphPath(graphId));
    } catch (error) {
      const summary = error instanceof ApiProblem ? error.summary : String(error);
      showToast({ tone: 'error', title: `Could not restore revision ${revision}`, detail: restoreFailedDetail(error instanceof ApiProblem ? error.status : undefined, summary) });
      setBusy(false);
      setConfirming(false);
    }
  };
  return (
    <>
      <button type="button" className="button button--small button--ghost" onClick={() => setConfirming(true)} data-testid="revision-page-restore">
        <RotateCcw size={13} aria-hidden /> Restore this revision
      </button>
      <ConfirmDialog open={confirming} title={`Restore revision ${revision}?`} confirmLabel={`Restore revision ${revision}`} busy={busy} onConfirm={() => void restore()} onCancel={() => setConfirming(false)}>
        Everyone on this graph sees it at once. The graph as it is now is saved first, so you can come back to it.
      </ConfirmDialog>
    </>
  );
};

/**
 * Whether the graph is at `revision` now: read with the page, and again whenever the tab
 * comes back into view (the graph was edited in another tab or by a collaborator meanwhile,
 * and the revision became restorable).
 */
const useIsCurrent = (graphId: string, revision: number, initial: boolean) => {
  const [current, setCurrent] = useState(initial);
  useEffect(() => {
    const controller = new AbortController();
    const stop = watchTabReturn(() => {
      currentGraphRevision(graphId, controller.signal).then(
        (graphRevision) => setCurrent(graphRevision === revision),
        () => undefined,
      );
    });
    return () => {
      controller.abort();
      stop();
    };
  }, [graphId, revision]);
  return current;
};

const RevisionWorkspace = ({
  graphId,
  workspaceId,
  revision,
  run,
  current: currentOnOpen,
}: {
  graphId: string;
  workspaceId: string;
  revision: GraphRevision;
  run: RunSummary | null;
  /** The graph is at this revision now (as the Revisions dialog marks it): nothing to restore. */
  current: boolean;
}) => {
  const canvasRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useRevisionViewFocus(headingRef, graphId);
  const propertiesOpen = useSession(selectPropertiesOpen);
  const account = useAccountSession();
  const role = roleIn(account, workspaceId);
  const canRestore = role === 'owner' || role === 'editor';
  const current = useIsCurrent(graphId, revision.revision, currentOnOpen);
  const back = () => navigate(graphPath(graphId));
  return (
    <div className={`canvas-page canvas-page--read-only canvas-page--revision${propertiesOpen ? '' : ' canvas-page--no-panel'}`} data-testid="revision-view">
      <header className="toolbar revision-banner" data-testid="revision-banner">
        <button type="button" className="toolbar__back" onClick={back}>
          <ArrowLeft size={15} aria-hidden /> Back to live
        </button>
        <span className="toolbar__divider" aria-hidden />
        <FileClock size={15} className="revision-banner__icon" aria-hidden />
        <h1 ref={headingRef} className="revision-banner__title" tabIndex={-1} data-testid="revision-heading">
          Revision {revision.revision}
        </h1>
        <span className="revision-banner__detail">
          {run ? (
            <>
              used by run <code>{run.id}</code> · {runStatusLabel[run.status]} · {formatDateTime(run.createdAt)}
            </>
          ) : (
            <>saved {formatDateTime(revision.createdAt)}</>
          )}
          {revision.message && <> · “{revision.message}”</>}
        </span>
        <div className="toolbar__spacer" />
        {/* Where Restore would be: restoring the state the graph is in would only save it again. */}
        {current ? (
          <span className="revision-banner__current" data-testid="revision-page-current" title="The graph is as this revision saved it: there is nothing to restore">
            <CircleCheck size={13} aria-hidden /> This is the current version
          </span>
        ) : (
          canRestore && <RestoreButton graphId={graphId} revision={revision.revision} />
        )}
        <span className="badge badge--warning">Read-only</span>
      </header>
      <div className="canvas" ref={canvasRef}>
        <FlowCanvas wrapperRef={canvasRef} readOnly />
      </div>
      {propertiesOpen && <PropertiesPanel readOnly />}
      <SheetHandle />
    </div>
  );
};

/**
 * `/graphs/:id?revision=N[&run=…]`: the exact document a run executed, read-only, with that
 * run's statuses and outputs on its nodes. Nothing here is saved or followed live.
 */
export const RevisionPage = ({ graphId, revision, runId }: { graphId: string; revision: number; runId: string | null }) => {
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    let opened: Canvas | null = null;
    Promise.all([
      api.getRevision(graphId, revision, controller.signal),
      api.getGraph(graphId, controller.signal),
      runId ? api.getRun(runId, controller.signal).catch(() => null) : Promise.resolve(null),
      currentGraphRevision(graphId, controller.signal).catch(() => null),
    ])
      .then(([snapshot, graph, run, graphRevision]) => {
        if (controller.signal.aborted) return;
        opened = createCanvas({ graph: { id: graphId, name: graph.name, revision: snapshot.revision, document: snapshot.document }, readOnly: true });
        const used = run && run.revision === snapshot.revision ? run : null;
        if (used) setLive(opened.runs, runStateFrom(used));
        document.title = `${graph.name} · revision ${snapshot.revision} · Production Canvas`;
        setLoad({ status: 'ready', canvas: opened, revision: snapshot, run: used ? { ...used } : null, workspaceId: graph.workspaceId, current: graphRevision === snapshot.revision });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setLoad({ status: 'error', message: error instanceof ApiProblem ? error.summary : String(error) });
      });
    return () => {
      controller.abort();
      opened?.destroy();
    };
  }, [graphId, revision, runId]);

  if (load.status === 'loading') {
    return (
      <div className="page-state" aria-busy="true">
        <span className="spinner" aria-hidden /> Loading revision {revision}…
      </div>
    );
  }
  if (load.status === 'error') {
    return (
      <div className="page-state page-state--error" role="alert">
        <strong>Could not open revision {revision}.</strong>
        <span className="muted">{load.message}</span>
        <div className="page-state__actions">
          <button type="button" className="button button--ghost" onClick={() => navigate(graphPath(graphId))}>
            Back to live
          </button>
        </div>
      </div>
    );
  }
  return (
    <CanvasContext.Provider value={load.canvas}>
      <ReactFlowProvider>
        <RevisionWorkspace graphId={graphId} workspaceId={load.workspaceId} revision={load.revision} run={load.run} current={load.current} />
      </ReactFlowProvider>
    </CanvasContext.Provider>
  );
};
