import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { Eye, FileClock, X } from 'lucide-react';
import { api } from '../../api/client.js';
import type { RunSummary } from '../../api/types.js';
import { useSession as useAccountSession } from '../../auth/session.js';
import { graphPath, navigate } from '../../app/router.js';
import { formatDateTime, formatRelativeTime } from '../../ui/format.js';
import { useCanvas, useRuns } from '../store/react.js';
import { formatDuration, summarizeProgress } from './progress.js';
import { useRunSession } from './run-context.js';
import { FINAL_RUN_STATUSES, runStateFrom } from './run-reducer.js';
import { clearHistoryReturn, selectHistory, selectHistoryOpen, selectHistoryReturn, selectLive, selectViewing, setHistoryOpen } from './run-store.js';
import { rememberRevisionOpener } from '../revisions/revision-focus.js';
import { requesterLabel } from './requester.js';
import { runStatusLabel } from './status-meta.js';

/** Node counts of finished runs, read once per run (a finished run never changes). */
const countsCache = new Map<string, string>();

const useRunCounts = (run: RunSummary): string | null => {
  const live = useRuns(selectLive);
  const final = FINAL_RUN_STATUSES.has(run.status);
  const [counts, setCounts] = useState(() => countsCache.get(run.id) ?? null);
  useEffect(() => {
    if (!final || countsCache.has(run.id)) return;
    const controller = new AbortController();
    api
      .getRun(run.id, controller.signal)
      .then((full) => {
        const text = summarizeProgress(runStateFrom(full)).text;
        countsCache.set(run.id, text);
        setCounts(text);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [run.id, final]);
  if (live?.run.id === run.id && !final) return summarizeProgress(live).text;
  return counts ?? countsCache.get(run.id) ?? null;
};

const HistoryRow = ({ run, selected, isLatest, who }: { run: RunSummary; selected: boolean; isLatest: boolean; who: string }) => {
  const session = useRunSession();
  const canvas = useCanvas();
  const counts = useRunCounts(run);
  const took = formatDuration(run.startedAt ?? run.createdAt, run.finishedAt);
  const graphId = canvas.session.getState().graph.id;
  const revisionHref = `${graphPath(graphId)}?revision=${run.revision}&run=${encodeURIComponent(run.id)}`;
  return (
    <li className={`run-history__row${selected ? ' is-selected' : ''}`} data-testid="run-history-row" data-run-id={run.id} data-status={run.status}>
      <button type="button" className="run-history__main" onClick={() => void session?.view(isLatest ? null : run.id)} aria-pressed={selected}>
        <span className={`run-history__status run-history__status--${run.status}`}>
          <span className="run-history__dot" aria-hidden />
          {runStatusLabel[run.status]}
        </span>
        <span className="run-history__when" title={formatDateTime(run.createdAt)}>
          {formatRelativeTime(run.createdAt)}
        </span>
        <span className="run-history__meta">
          {who} · {run.nodeIds ? `${run.nodeIds.length} selected` : 'whole graph'} · rev {run.revision}
          {took && ` · ${took}`}
        </span>
        {counts && <span className="run-history__counts">{counts}</span>}
        {run.error && <span className="run-history__error">{run.error.message}</span>}
      </button>
      {selected && (
        <div className="run-history__actions">
          <a
            className="button button--small button--ghost"
            href={revisionHref}
            onClick={(event) => {
              if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
              event.preventDefault();
              rememberRevisionOpener(graphId, { via: 'run-history', runId: run.id });
              navigate(revisionHref);
            }}
            data-testid="open-revision"
          >
            <FileClock size={13} aria-hidden /> Open revision {run.revision}
          </a>
          {isLatest ? (
            <span className="muted run-history__note">Shown on the canvas</span>
          ) : (
            <span className="muted run-history__note">
              <Eye size={12} aria-hidden /> Shown on the canvas (read-only)
            </span>
          )}
        </div>
      )}
    </li>
  );
};

/**
 * Closed (its button, ×, Escape) while the focus was in it, the drawer hands the focus back to
 * the toolbar's Run history button: removed with it, the focus fell to the page.
 */
const useReturnFocus = (drawer: RefObject<HTMLElement | null>, open: boolean) => {
  useLayoutEffect(() => {
    const element = drawer.current;
    if (!open || !element) return;
    // Where the focus last went (a removed element's own focusout is no guide: it reports nowhere).
    let inside = element.contains(document.activeElement);
    const onFocusIn = (event: FocusEvent) => (inside = element.contains(event.target as Node));
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      const focused = document.activeElement;
      const lost = focused === null || focused === document.body || element.contains(focused);
      if (inside && lost) document.querySelector<HTMLElement>('[data-testid="run-history-button"]')?.focus();
    };
  }, [drawer, open]);
};

/**
 * Back from the revision a run's row opened, the drawer is open again (openHistoryAt): once the
 * run is listed it is shown on the canvas again and its row takes the focus — the person had
 * to find the run again. A run older than the first page is looked for page by page, as the
 * person's "Older runs" found it; only a run no longer in the history (or a history that cannot
 * be read) leaves the focus on the toggle.
 */
const useReturnToRun = (drawer: RefObject<HTMLElement | null>, latestId: string | null) => {
  const canvas = useCanvas();
  const session = useRunSession();
  const runId = useRuns(selectHistoryReturn);
  const history = useRuns(selectHistory);
  useEffect(() => {
    if (!runId || !session) return;
    const row = drawer.current?.querySelector<HTMLElement>(`[data-run-id="${CSS.escape(runId)}"] .run-history__main`);
    // Not listed yet: the first page is on its way, or the run is on an older page.
    if (!row && (history.status === 'idle' || history.status === 'loading')) return;
    if (!row && history.status === 'ready' && history.nextCursor) {
      void session.loadHistory({ more: true });
      return;
    }
    clearHistoryReturn(canvas.runs);
    if (!row) {
      document.querySelector<HTMLElement>('[data-testid="run-history-button"]')?.focus();
      return;
    }
    void session.view(runId === latestId ? null : runId);
    row.focus();
  }, [runId, session, history, latestId, drawer, canvas]);
};

/**
 * The run history drawer: the graph's runs, newest first. Picking one lays its node states
 * and outputs over the canvas (read-only) until "Back to latest"; "Open revision N" shows the
 * exact document that run executed.
 */
export const RunHistory = () => {
  const canvas = useCanvas();
  const session = useRunSession();
  const open = useRuns(selectHistoryOpen);
  const history = useRuns(selectHistory);
  const live = useRuns(selectLive);
  const viewing = useRuns(selectViewing);
  const account = useAccountSession();
  const me = account.status === 'signed-in' ? account.me.user.id : null;

  useEffect(() => {
    if (open) void session?.loadHistory();
  }, [open, session]);

  // A run someone started while the drawer was open names them once the first page is read again.
  const unnamed = [...new Set(history.runs.filter((run) => requesterLabel(run, me, history.people) === undefined).map((run) => run.requestedBy))].join(' ');
  useEffect(() => {
    if (open && unnamed) void session?.loadHistory();
  }, [open, unnamed, session]);

  const drawer = useRef<HTMLElement>(null);
  useReturnFocus(drawer, open);
  const latestId = live?.run.id ?? history.runs[0]?.id ?? null;
  useReturnToRun(drawer, latestId);

  if (!open) return null;
  const selectedId = viewing?.run.id ?? latestId;
  return (
    <aside className="run-history" data-testid="run-history" aria-label="Run history" ref={drawer}>
      <header className="run-history__header">
        <h2 className="panel-heading">Runs</h2>
        <button type="button" className="icon-button icon-button--small" aria-label="Close run history" onClick={() => setHistoryOpen(canvas.runs, false)}>
          <X size={14} />
        </button>
      </header>
      {history.status === 'error' && <p className="run-history__empty">Could not load the history: {history.error}</p>}
      {history.runs.length === 0 && history.status !== 'error' && (
        <p className="run-history__empty">{history.status === 'loading' ? 'Loading…' : 'No runs yet. Press Run to make every node do its work.'}</p>
      )}
      <ol className="run-history__list">
        {history.runs.map((run) => (
          <HistoryRow key={run.id} run={run} selected={run.id === selectedId} isLatest={run.id === latestId} who={requesterLabel(run, me, history.people) ?? '…'} />
        ))}
      </ol>
      {history.nextCursor && (
        <button type="button" className="button button--ghost button--small run-history__more" onClick={() => void session?.loadHistory({ more: true })}>
          Older runs
        </button>
      )}
    </aside>
  );
};
