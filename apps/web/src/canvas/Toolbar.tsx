import { ChevronLeft, FileClock, FileDiff, Keyboard, Maximize, PanelRight, Redo2, Search, Undo2, Workflow } from 'lucide-react';
import { lazy, Suspense, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { followLink } from '../app/router.js';
import { plural } from '../ui/format.js';
import type { CanvasActions } from './canvas-actions.js';
import { ConnectionStatus } from './collab/ConnectionStatus.js';
import { ExportMenu } from './exports/ExportMenu.js';
import { useFitAll } from './fit-view.js';
import { ToolbarMenu } from './small-screens/ToolbarMenu.js';
import { GraphTitle } from './GraphTitle.js';
import { PresenceAvatars } from './presence/PresenceAvatars.js';
import { firstShown, useReturnFromRevision } from './revisions/revision-focus.js';
import { ViewOnlyBadge } from './view-only/ViewOnlyBadge.js';
import { RunControls } from './runs/RunControls.js';
import { openHistoryAt } from './runs/run-store.js';
import { formatCombo, isMacPlatform } from './shortcuts/keymap.js';
import { useCanvas, useDocument, useSession } from './store/react.js';
import { selectEdgeCount, selectGraphMeta, selectHasScript, selectHistory, selectNodeCount, selectPropertiesOpen, selectShortcutsOpen } from './store/selectors.js';
import { setPanel } from './store/session-store.js';

// The screenplay parser and import load when the dialog first opens, not with every canvas.
const loadReimportDialog = () => import('./reimport/ReimportDialog.js');
const loadRevisionsDialog = () => import('./revisions/RevisionsDialog.js');
const RevisionsDialog = lazy(() => loadRevisionsDialog().then((module) => ({ default: module.RevisionsDialog })));
const ReimportDialog = lazy(() => loadReimportDialog().then((module) => ({ default: module.ReimportDialog })));

const isMac = isMacPlatform();
const hint = (combo: string) => formatCombo(combo, isMac).join(isMac ? '' : '+');

/** Undo and redo, their tooltips naming the step ("Undo Move 3 nodes"). */
const HistoryButtons = () => {
  const canvas = useCanvas();
  const { undoLabel, redoLabel } = useDocument(useShallow(selectHistory));
  const undoTitle = undoLabel ? `Undo ${undoLabel}` : 'Nothing to undo';
  const redoTitle = redoLabel ? `Redo ${redoLabel}` : 'Nothing to redo';
  return (
    <div className="toolbar__group" role="group" aria-label="History">
      <button
        type="button"
        className="icon-button"
        aria-label={undoTitle}
        title={`${undoTitle} (${hint('Mod+Z')})`}
        data-testid="undo"
        disabled={!undoLabel}
        onClick={() => canvas.undo()}
      >
        <Undo2 size={15} />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={redoTitle}
        title={`${redoTitle} (${hint('Shift+Mod+Z')})`}
        data-testid="redo"
        disabled={!redoLabel}
        onClick={() => canvas.redo()}
      >
        <Redo2 size={15} />
      </button>
    </div>
  );
};

/** Read-only without being a viewer: access was lost or the graph deleted mid-session. */
const LOCKED_OUT_EXPLANATION = 'Nothing done here can be saved any more: the connection status says why.';

/** `readOnly`: nothing can be changed; `viewer`: because of the person's role (explained so). */
export const Toolbar = ({ actions, readOnly = false, viewer = false }: { actions: CanvasActions; readOnly?: boolean; viewer?: boolean }) => {
  const canvas = useCanvas();
  const graph = useSession(selectGraphMeta);
  const propertiesOpen = useSession(selectPropertiesOpen);
  const shortcutsOpen = useSession(selectShortcutsOpen);
  const nodeCount = useDocument(selectNodeCount);
  const edgeCount = useDocument(selectEdgeCount);
  const { fitAll } = useFitAll();
  const [reimportOpen, setReimportOpen] = useState(false);
  const [revisionsOpen, setRevisionsOpen] = useState(false);
  const revisionsButton = useRef<HTMLButtonElement>(null);
  const menuButton = useRef<HTMLElement>(null);
  useReturnFromRevision(graph.id, (opener) => {
    // The run history opens again at the run, whose row takes the focus once listed (RunHistory).
    if (opener.via === 'run-history') openHistoryAt(canvas.runs, opener.runId);
    else firstShown([revisionsButton.current, menuButton.current])?.focus();
  });
  const hasScript = useDocument(selectHasScript);
  const importTitle = hasScript ? 'Re-import the screenplay' : 'Import a screenplay into this graph';

  return (
    <header className="toolbar">
      {/* Nothing to save on the way out: edits are live, and kept on this device while offline. */}
      <a className="toolbar__back" href="/" onClick={followLink}>
        <ChevronLeft size={16} aria-hidden /> <span className="toolbar__back-label">Graphs</span>
      </a>
      <span className="toolbar__divider" aria-hidden />
      <GraphTitle readOnly={readOnly} />
      {readOnly && <ViewOnlyBadge {...(viewer ? {} : { explanation: LOCKED_OUT_EXPLANATION })} />}
      <span className="toolbar__counts">
        {plural(nodeCount, 'node')} · {plural(edgeCount, 'wire')}
      </span>
      {/* Read-only: no undo, redo or layout, nor their shortcuts in a tooltip — as in the ☰ menu and the ? help. */}
      {!readOnly && (
        <>
          <span className="toolbar__divider" aria-hidden />
          <HistoryButtons />
          <button
            type="button"
            className="icon-button"
            aria-label="Auto-layout"
            title={`Auto-layout left to right: the selected nodes, or every node (${hint('Shift+L')})`}
            data-testid="auto-layout"
            disabled={nodeCount < 2}
            onClick={actions.autoLayout}
          >
            <Workflow size={15} />
          </button>
        </>
      )}
      <div className="toolbar__spacer" />
      <PresenceAvatars />
      <RunControls readOnly={readOnly} viewer={viewer} />
      <ConnectionStatus />
      <span className="toolbar__divider" aria-hidden />
      <button
        type="button"
        className="icon-button"
        aria-label="Find a node"
        title={`Find a node by its title and go to it (${hint('Mod+F')})`}
        data-testid="find-button"
        disabled={nodeCount === 0}
        onClick={() => setPanel(canvas.session, 'find', true)}
      >
        <Search size={15} />
      </button>
      <button type="button" className="icon-button" aria-label="Fit view" title="Fit view" data-testid="fit-view" onClick={fitAll}>
        <Maximize size={15} />
      </button>
      {!readOnly && (
        <button
          type="button"
          className="icon-button"
          aria-label={importTitle}
          title={`${importTitle}: the script's scenes, characters and locations follow it; your own work stays`}
          data-testid="reimport-button"
          // Loaded on the way to a click, so the draft typed right after opening lands in the dialog.
          onPointerEnter={() => void loadReimportDialog()}
          onFocus={() => void loadReimportDialog()}
          onClick={() => setReimportOpen(true)}
        >
          <FileDiff size={15} />
        </button>
      )}
      <button
        ref={revisionsButton}
        type="button"
        className="icon-button"
        aria-label="Revisions"
        title="Revisions: save the graph as it is, open or restore a saved one"
        data-testid="revisions-button"
        onPointerEnter={() => void loadRevisionsDialog()}
        onFocus={() => void loadRevisionsDialog()}
        onClick={() => setRevisionsOpen(true)}
      >
        <FileClock size={15} />
      </button>
      <ExportMenu graphId={graph.id} />
      <button
        type="button"
        className={`icon-button${shortcutsOpen ? ' is-active' : ''}`}
        aria-label="Keyboard shortcuts"
        aria-pressed={shortcutsOpen}
        title="Keyboard shortcuts (?)"
        data-testid="shortcuts-button"
        onClick={() => setPanel(canvas.session, 'shortcuts', !shortcutsOpen)}
      >
        <Keyboard size={15} />
      </button>
      <button
        type="button"
        className={`icon-button${propertiesOpen ? ' is-active' : ''}`}
        aria-label="Toggle properties panel"
        aria-pressed={propertiesOpen}
        title="Properties panel"
        onClick={() => setPanel(canvas.session, 'properties', !propertiesOpen)}
      >
        <PanelRight size={15} />
      </button>
      <ToolbarMenu buttonRef={menuButton} actions={actions} readOnly={readOnly} reimportLabel={importTitle} onReimport={() => setReimportOpen(true)} onRevisions={() => setRevisionsOpen(true)} />
      {revisionsOpen && (
        <Suspense fallback={null}>
          <RevisionsDialog open readOnly={readOnly} onClose={() => setRevisionsOpen(false)} />
        </Suspense>
      )}
      {!readOnly && reimportOpen && (
        <Suspense fallback={null}>
          <ReimportDialog open title={importTitle} onClose={() => setReimportOpen(false)} />
        </Suspense>
      )}
    </header>
  );
};
