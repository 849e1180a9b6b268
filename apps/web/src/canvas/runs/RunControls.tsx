import type { MouseEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import { CircleAlert, History, Loader2, Play, Square, X } from 'lucide-react';
import type { DocumentState } from '@pc/document';
import { plural } from '../../ui/format.js';
import { showToast } from '../../ui/toasts.js';
import { ApiProblem } from '../../api/problem.js';
import { useCollab } from '../collab/context.js';
import { useCanvas, useDocument, useRuns } from '../store/react.js';
import { failedNodeIds, summarizeProgress } from './progress.js';
import { runGraph } from './run-actions.js';
import { useRunSession } from './run-context.js';
import { FINAL_RUN_STATUSES } from './run-reducer.js';
import { selectHistoryOpen, selectLive, selectStarting, selectViewing, setHistoryOpen } from './run-store.js';
import { runStatusLabel } from './status-meta.js';
import { ViewerRunButton } from '../view-only/ViewerRunButton.js';

const selectSelectedNodeCount = (state: DocumentState) => state.selection.nodeIds.length;
const selectHasNodes = (state: DocumentState) => state.nodeIds.length > 0;

/** "Run 3 selected nodes and what they feed": begins with the words the button shows. */
export const selectionRunName = (count: number): string =>
  `Run ${plural(count, 'selected node')} and what ${count === 1 ? 'it feeds' : 'they feed'}`;

/**
 * "4/9 done · 2 cached" with a thin bar, for the live run (or the one being viewed), inside a
 * live region that is there before any run: a region inserted with its words is not read out,
 * so a run a collaborator started went unannounced until its first change.
 */
const RunStatus = () => (
  <div className="run-controls__status" role="status" data-testid="run-status">
    <RunProgress />
  </div>
);

const RunProgress = () => {
  const live = useRuns(selectLive);
  const viewing = useRuns(selectViewing);
  const shown = viewing ?? live;
  if (!shown) return null;
  const progress = summarizeProgress(shown);
  const { status } = shown.run;
  const active = !FINAL_RUN_STATUSES.has(status);
  const text = shown.run.revision === 0 && progress.total === 0 ? 'Starting…' : progress.text;
  return (
    <div
      className={`run-progress run-progress--${status}${viewing ? ' is-viewing' : ''}`}
      data-testid="run-progress"
      data-status={status}
      title={`${viewing ? 'Viewing a past run' : 'Latest run'}: ${runStatusLabel[status]}`}
    >
      {active ? <Loader2 size={13} className="spin" aria-hidden /> : <span className="run-progress__dot" aria-hidden />}
      <span className="run-progress__label">{viewing ? 'Past run' : runStatusLabel[status]}</span>{' '}
      {/* The space keeps the words apart when read out ("Succeeded 3/3 done"); a flex gap draws it. */}
      <span className="run-progress__text">{text}</span>
      {active && (
        <span className="run-progress__bar" aria-hidden>
          <span style={{ width: `${Math.round(progress.fraction * 100)}%` }} />
        </span>
      )}
    </div>
  );
};

/**
 * After a run with failures: selects its failed nodes and brings them into view, however far
 * they are in a long graph — the panel then shows why each failed, and Run (now of the
 * selection) runs them (and what they feed) again.
 */
const SelectFailed = () => {
  const canvas = useCanvas();
  const { fitView } = useReactFlow();
  const live = useRuns(selectLive);
  const viewing = useRuns(selectViewing);
  const shown = viewing ?? live;
  const failed = shown && FINAL_RUN_STATUSES.has(shown.run.status) ? summarizeProgress(shown).counts.failed : 0;
  if (failed === 0) return null;
  const select = () => {
    const { nodes } = canvas.doc.store.getState();
    const nodeIds = failedNodeIds(shown, (id) => nodes[id] !== undefined);
    if (nodeIds.length === 0) {
      showToast({ tone: 'info', title: 'The failed nodes are no longer on the canvas' });
      return;
    }
    canvas.doc.select({ nodeIds, edgeIds: [] });
    void fitView({ nodes: nodeIds.map((id) => ({ id })), duration: 300, padding: 0.3, maxZoom: 1 });
  };
  return (
    <button
      type="button"
      className="button button--small button--ghost run-controls__failed"
      onClick={select}
      data-testid="run-select-failed"
      aria-label="Select failed"
      title="Select the failed nodes and show them: the properties say why, and Run runs them again"
    >
      <CircleAlert size={13} aria-hidden />
      <span className="run-controls__failed-label">Select failed</span>
    </button>
  );
};

/**
 * The toolbar's run controls: Run (the whole graph) or Run 3 selected (the selected nodes
 * and everything downstream), Cancel while the live run is going, the progress line, and
 * the run history toggle. Viewers see progress and history, and a Run that says why it is not
 * theirs; a canvas locked out (access lost) shows no Run, its notice says why.
 */
export const RunControls = ({ readOnly, viewer = false }: { readOnly: boolean; viewer?: boolean }) => {
  const canvas = useCanvas();
  const connection = useCollab();
  const session = useRunSession();
  const selected = useDocument(selectSelectedNodeCount);
  const hasNodes = useDocument(selectHasNodes);
  const starting = useRuns(selectStarting);
  const live = useRuns(selectLive);
  const viewing = useRuns(selectViewing);
  const historyOpen = useRuns(selectHistoryOpen);
  const running = !!live && !FINAL_RUN_STATUSES.has(live.run.status);

  const run = (event: MouseEvent<HTMLButtonElement>) => {
    // The second click of a double click (detail 2) is the same press: the first may have
    // started its run already (a fast answer ends the busy state before the second click).
    if (!session || event.detail > 1) return;
    const nodeIds = selected > 0 ? canvas.doc.store.getState().selection.nodeIds : undefined;
    void runGraph({ canvas, connection, session, ...(nodeIds ? { nodeIds } : {}) });
  };

  const cancel = () => {
    session?.cancel().catch((error: unknown) =>
      showToast({ tone: 'error', title: 'Could not cancel the run', detail: error instanceof ApiProblem ? error.summary : String(error) }),
    );
  };

  return (
    <div className="run-controls" role="group" aria-label="Runs">
      <RunStatus />
      <SelectFailed />
      {viewing && (
        <button type="button" className="button button--small button--ghost" onClick={() => void session?.view(null)} data-testid="run-back-to-live">
          <X size={13} aria-hidden /> Back to latest
        </button>
      )}
      {!readOnly && running && !viewing && (
        <button type="button" className="button button--small run-controls__cancel" onClick={cancel} data-testid="run-cancel" title="Cancel the run" aria-label="Cancel">
          <Square size={11} aria-hidden /> <span className="run-controls__cancel-label">Cancel</span>
        </button>
      )}
      {viewer && <ViewerRunButton />}
      {!readOnly && (
        <button
          type="button"
          className="button button--primary button--small run-controls__run"
          onClick={run}
          disabled={!session || !hasNodes}
          // Busy, not disabled, while the run starts: a disabled button drops the keyboard's focus
          // to the page (Enter on Run left the focus nowhere). runGraph ignores a second press.
          aria-disabled={starting || undefined}
          aria-busy={starting || undefined}
          data-testid="run-button"
          // The count says it runs a part; the name says which part (a phone shows only "Run 3").
          aria-label={selected > 0 ? selectionRunName(selected) : undefined}
          title={
            !hasNodes
              ? 'Add a node to run'
              : selected > 0
                ? 'Run the selected nodes and everything downstream of them'
                : 'Run every node of the graph'
          }
        >
          {starting ? <Loader2 size={13} className="spin" aria-hidden /> : <Play size={13} aria-hidden />}
          {/* One text run: as two flex items the button's gap doubled the space ("Run  selection"). */}
          <span>
            Run
            {selected > 0 && (
              <>
                {' '}
                <span className="run-controls__count">{selected.toLocaleString('en')}</span>
                <span className="run-controls__scope"> selected</span>
              </>
            )}
          </span>
        </button>
      )}
      <button
        type="button"
        className={`icon-button${historyOpen ? ' is-active' : ''}`}
        aria-label="Run history"
        aria-pressed={historyOpen}
        title="Run history"
        data-testid="run-history-button"
        onClick={() => setHistoryOpen(canvas.runs, !historyOpen)}
      >
        <History size={15} />
      </button>
    </div>
  );
};
