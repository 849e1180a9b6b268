import { useCallback, useEffect, useRef, useState } from 'react';
import { FileClock, RotateCcw } from 'lucide-react';
import { api, ApiProblem } from '../../api/client.js';
import type { GraphRevisionSummary } from '../../api/types.js';
import { graphPath, navigate } from '../../app/router.js';
import { formatDateTime, formatRelativeTime, plural } from '../../ui/format.js';
import { showToast } from '../../ui/toasts.js';
import { useCanvas, useSession } from '../store/react.js';
import { selectGraphMeta } from '../store/selectors.js';
import { selectLive, selectSavedRevision, selectStreamResumes } from '../runs/run-store.js';
import { watchGraphChanges, watchTabReturn } from './graph-changes.js';
import { restoredToast, restoreFailedDetail, restoreRevision } from './restore-revision.js';
import { rememberRevisionOpener } from './revision-focus.js';
import { useModal } from '../../ui/use-modal.js';

type List =
  | { status: 'loading'; revisions: GraphRevisionSummary[]; nextCursor: string | null }
  | { status: 'ready'; revisions: GraphRevisionSummary[]; nextCursor: string | null }
  | { status: 'error'; revisions: GraphRevisionSummary[]; nextCursor: string | null; message: string };

const problemText = (error: unknown) => (error instanceof ApiProblem ? error.summary : String(error));

const RevisionRow = ({
  graphId,
  item,
  readOnly,
  busy,
  current,
  onRestore,
}: {
  graphId: string;
  item: GraphRevisionSummary;
  readOnly: boolean;
  busy: boolean;
  /** The graph is at this revision now: restoring it would only save the same state again. */
  current: boolean;
  onRestore(revision: number): void;
}) => {
  const href = `${graphPath(graphId)}?revision=${item.revision}`;
  return (
    <li className="revisions__row" data-testid="revision-row" data-revision={item.revision} data-current={current || undefined}>
      <div className="revisions__main">
        <strong className="revisions__number">
          Revision {item.revision}
          {current && (
            <span className="revisions__current" data-testid="revision-current" title="The graph is as this revision saved it">
              current
            </span>
          )}
        </strong>
        {item.message && <span className="revisions__message">“{item.message}”</span>}
        <span className="revisions__meta muted" title={formatDateTime(item.createdAt)}>
          {formatRelativeTime(item.createdAt)} · {plural(item.nodeCount, 'node')}
        </span>
      </div>
      <div className="revisions__actions">
        <a
          className="button button--small button--ghost"
          href={href}
          onClick={(event) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
            event.preventDefault();
            rememberRevisionOpener(graphId);
            navigate(href);
          }}
          data-testid="revision-open"
        >
          <FileClock size={13} aria-hidden /> Open
        </a>
        {!readOnly && !current && (
          <button type="button" className="button button--small button--ghost" disabled={busy} onClick={() => onRestore(item.revision)} data-testid="revision-restore">
            <RotateCcw size={13} aria-hidden /> Restore
          </button>
        )}
      </div>
    </li>
  );
};

/**
 * The graph's saved revisions: save the graph as it is now under a name, open any saved
 * revision read-only, or (editors) restore one — not the one the graph is at now, marked
 * "current", whose restore would only save the same state again. A restore first saves the state it replaces
 * and then applies the old document on the server, which every open canvas follows live.
 * Runs save the revision they run, so the list also holds every run's exact input.
 */
export const RevisionsDialog = ({ open, readOnly, onClose }: { open: boolean; readOnly: boolean; onClose(): void }) => {
  const graph = useSession(selectGraphMeta);
  const canvas = useCanvas();
  const { ydoc } = canvas.doc;
  const { runs } = canvas;
  const ref = useRef<HTMLDialogElement>(null);
  const [list, setList] = useState<List>({ status: 'loading', revisions: [], nextCursor: null });
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<number | null>(null);
  // The graph's revision when the list was read: its snapshot, if any, is the graph as it is.
  const [currentRevision, setCurrentRevision] = useState<number | null>(null);

  useModal(ref, open);

  const load = useCallback(
    async (cursor: string | null, signal?: AbortSignal) => {
      setList((current) => ({ status: 'loading', revisions: cursor ? current.revisions : [], nextCursor: current.nextCursor }));
      try {
        const page = await api.listRevisions(graph.id, { cursor }, signal);
        if (!cursor) setCurrentRevision(page.graphRevision);
        setList((current) => ({ status: 'ready', revisions: cursor ? [...current.revisions, ...page.revisions] : page.revisions, nextCursor: page.nextCursor }));
      } catch (error) {
        if (signal?.aborted) return;
        setList((current) => ({ ...current, status: 'error', message: problemText(error) }));
      }
    },
    [graph.id],
  );

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    void load(null, controller.signal);
    return () => controller.abort();
  }, [open, load]);

  // While open, the graph moves on under it: read the first page again so the "current" mark
  // moves or goes (and Restore comes back), and snapshots saved meanwhile join the top of the
  // list. Each cause is told once, never polled: an edit (once the edits settle), a run (it
  // saves the revision it runs), anyone's save — a collaborator's or a script's — (the graph's
  // run stream says so), that stream reconnecting (a save it missed while down is not sent
  // again), and the tab coming back into view.
  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    const refresh = async () => {
      try {
        const page = await api.listRevisions(graph.id, {}, controller.signal);
        setCurrentRevision(page.graphRevision);
        setList((current) => {
          if (current.status !== 'ready') return current;
          const newest = current.revisions[0]?.revision ?? 0;
          const added = page.revisions.filter((item) => item.revision > newest);
          // A save of a run's unnamed snapshot names it: the row already listed takes the name.
          const read = new Map(page.revisions.map((item) => [item.revision, item]));
          return { ...current, revisions: [...added, ...current.revisions.map((item) => read.get(item.revision) ?? item)] };
        });
      } catch {
        // The next change tries again; the list on screen stays as it was.
      }
    };
    const stops = [
      watchGraphChanges(ydoc, () => void refresh()),
      runs.subscribe((state, previous) => {
        const moved = selectLive(state)?.run.id !== selectLive(previous)?.run.id || selectSavedRevision(state) !== selectSavedRevision(previous);
        if (moved || selectStreamResumes(state) !== selectStreamResumes(previous)) void refresh();
      }),
      watchTabReturn(() => void refresh()),
    ];
    return () => {
      for (const stop of stops) stop();
      controller.abort();
    };
  }, [open, ydoc, runs, graph.id]);

  const save = async () => {
    setBusy(true);
    const wanted = message.trim();
    try {
      const saved = await api.snapshotGraph(graph.id, wanted);
      // Idempotent per revision: a run's unnamed snapshot takes this name; a named one keeps its own.
      const named = !wanted || saved.message === wanted;
      showToast(
        named
          ? { tone: 'success', title: `Saved as revision ${saved.revision}` }
          : {
              tone: 'info',
              title: `Revision ${saved.revision} is already saved as “${saved.message ?? ''}”`,
              detail: 'Change the graph to save a new revision under another name.',
            },
      );
      setMessage('');
      await load(null);
    } catch (error) {
      showToast({ tone: 'error', title: 'Could not save the revision', detail: problemText(error) });
    } finally {
      setBusy(false);
    }
  };

  const confirmRestore = async (revision: number) => {
    setBusy(true);
    try {
      showToast(restoredToast(revision, await restoreRevision(graph.id, revision)));
      setConfirming(null);
      onClose();
    } catch (error) {
      showToast({ tone: 'error', title: `Could not restore revision ${revision}`, detail: restoreFailedDetail(error instanceof ApiProblem ? error.status : undefined, problemText(error)) });
      setConfirming(null);
      await load(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide"
      aria-labelledby="revisions-title"
      data-testid="revisions-dialog"
      onCancel={(event) => {
        event.preventDefault();
        if (confirming !== null) setConfirming(null);
        else onClose();
      }}
    >
      {open && (
        <div className="dialog__body">
          <h2 id="revisions-title" className="dialog__title">
            Revisions of {graph.name}
          </h2>
          {!readOnly && (
            <form
              className="revisions__save"
              onSubmit={(event) => {
                event.preventDefault();
                if (!busy) void save();
              }}
            >
              <label htmlFor="revision-message" className="new-graph-form__label">
                Save the graph as it is now
              </label>
              <div className="revisions__save-row">
                <input
                  id="revision-message"
                  className="input"
                  placeholder="What is this version? e.g. Locked for the table read"
                  maxLength={500}
                  value={message}
                  onChange={(event) => setMessage(event.target.value)}
                  data-testid="revision-message"
                />
                {/* Busy, not disabled, while it saves: a disabled button drops the focus out of the
                    dialog to the page, where Escape and Tab no longer reached the dialog. */}
                <button type="submit" className="button button--primary" aria-disabled={busy || undefined} aria-busy={busy || undefined} data-testid="revision-save">
                  Save revision
                </button>
              </div>
            </form>
          )}
          {confirming !== null ? (
            <div className="revisions__confirm" role="alertdialog" aria-labelledby="revision-confirm-text" data-testid="revision-confirm">
              <p id="revision-confirm-text">
                Restore revision {confirming}? Everyone on this graph sees it at once. The graph as it is now is saved first, so you can come back to it.
              </p>
              <div className="dialog__actions">
                <button type="button" className="button button--ghost" onClick={() => setConfirming(null)}>
                  Keep the graph as it is
                </button>
                <button
                  type="button"
                  className="button button--primary"
                  aria-disabled={busy || undefined}
                  aria-busy={busy || undefined}
                  autoFocus
                  onClick={() => {
                    if (!busy) void confirmRestore(confirming);
                  }}
                  data-testid="revision-confirm-restore"
                >
                  Restore revision {confirming}
                </button>
              </div>
            </div>
          ) : (
            <>
              {list.status === 'error' && <p className="revisions__empty">Could not load the revisions: {list.message}</p>}
              {list.revisions.length === 0 && list.status !== 'error' && (
                <p className="revisions__empty">
                  {list.status === 'loading' ? 'Loading…' : 'No saved revisions yet. Save one above; every run also saves the revision it runs.'}
                </p>
              )}
              {list.revisions.length > 0 && (
                <ol className="revisions__list">
                  {list.revisions.map((item) => (
                    <RevisionRow
                      key={item.revision}
                      graphId={graph.id}
                      item={item}
                      readOnly={readOnly}
                      busy={busy}
                      current={item.revision === currentRevision}
                      onRestore={setConfirming}
                    />
                  ))}
                </ol>
              )}
              {list.nextCursor && (
                <button type="button" className="button button--ghost button--small" disabled={list.status === 'loading'} onClick={() => void load(list.nextCursor)}>
                  Older revisions
                </button>
              )}
            </>
          )}
          <div className="dialog__actions">
            <button type="button" className="button button--ghost" onClick={onClose}>
              Close
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
};
