import { useEffect, useState } from 'react';
import { Layers, RefreshCw } from 'lucide-react';
import { api, ApiProblem } from '../api/client.js';
import type { Batch } from '../api/types.js';
import { AppHeader } from '../app/AppHeader.js';
import { batchPath, followLink } from '../app/router.js';
import { currentWorkspace, useSession } from '../auth/session.js';
import { formatRelativeTime } from '../ui/format.js';
import { BatchProgress, countsSummary, etaText } from './BatchProgress.js';

/** While a batch is unfinished, the list refreshes this often (one request for all of them). */
const REFRESH_MS = 2_000;

type State = { status: 'loading' } | { status: 'error'; problem: ApiProblem | Error } | { status: 'ready'; batches: Batch[] };

export const BatchListPage = () => {
  const session = useSession();
  const workspace = currentWorkspace(session);
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    document.title = 'Batches · Production Canvas';
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      try {
        const page = await api.listBatches({ workspaceId: workspace?.id }, controller.signal);
        setState({ status: 'ready', batches: page.batches });
        if (page.batches.some((batch) => batch.status === 'queued' || batch.status === 'running')) timer = setTimeout(() => void load(), REFRESH_MS);
      } catch (error) {
        if (controller.signal.aborted) return;
        setState({ status: 'error', problem: error instanceof Error ? error : new Error(String(error)) });
      }
    };
    void load();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [workspace?.id, attempt]);

  return (
    <div className="list-page">
      <AppHeader />
      <main className="list-page__main">
        <div className="list-page__heading">
          <div>
            <h1>Batches</h1>
            <p className="muted">Graphs run many times by scripts, one item per row of overrides{workspace ? `, in “${workspace.name}”` : ''}.</p>
          </div>
        </div>
        {state.status === 'loading' && <div className="page-state" aria-busy="true"><span className="spinner" aria-hidden /> Loading…</div>}
        {state.status === 'error' && (
          <div className="list-state list-state--error" role="alert">
            <strong>Could not load the batches.</strong>
            <span>{state.problem instanceof ApiProblem ? state.problem.summary : state.problem.message}</span>
            <button type="button" className="button button--ghost" onClick={() => setAttempt((n) => n + 1)}>
              <RefreshCw size={14} aria-hidden /> Try again
            </button>
          </div>
        )}
        {state.status === 'ready' && state.batches.length === 0 && (
          <div className="list-state">
            <Layers size={28} className="list-state__icon" aria-hidden />
            <strong>No batches yet</strong>
            <span className="muted">
              Submit one with the API (<code>POST /api/v1/batches</code>) or the <code>pcanvas</code> CLI; it shows up here as it runs.
            </span>
          </div>
        )}
        {state.status === 'ready' && state.batches.length > 0 && (
          <ul className="batch-list" data-testid="batch-list" aria-label="Batches">
            {state.batches.map((batch) => (
              <li key={batch.id} className="batch-row" data-testid="batch-row" data-batch-id={batch.id} data-status={batch.status}>
                <a className="batch-row__link" href={batchPath(batch.id)} onClick={followLink}>
                  <span className="batch-row__title">
                    <code>{batch.id}</code>
                    <span className={`batch-status batch-status--${batch.status}`}>{batch.status}</span>
                  </span>
                  <BatchProgress counts={batch.counts} />
                  <span className="batch-row__meta muted">
                    {countsSummary(batch.counts)} · {batch.priority} priority · {formatRelativeTime(batch.createdAt)}
                    {batch.status === 'running' && batch.etaSeconds !== null ? ` · ${etaText(batch.etaSeconds)}` : ''}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </main>
    </div>
  );
};
