import { useCallback, useEffect, useRef, useState } from 'react';
import { Ban, RotateCcw } from 'lucide-react';
import { api, ApiProblem } from '../api/client.js';
import type { Batch, BatchItem, BatchItemStatus } from '../api/types.js';
import { AppHeader } from '../app/AppHeader.js';
import { followLink, graphPath } from '../app/router.js';
import { useSession } from '../auth/session.js';
import { showToast } from '../ui/toasts.js';
import { BatchProgress, countsSummary, etaText } from './BatchProgress.js';

/** Items shown per page; "Show more" fetches the next. */
const PAGE = 100;
/** A burst of finished items reloads the visible items once. */
const ITEM_RELOAD_DELAY_MS = 300;
const FILTERS: (BatchItemStatus | '')[] = ['', 'queued', 'running', 'succeeded', 'failed', 'cancelled'];

const problemText = (error: unknown) => (error instanceof ApiProblem ? error.summary : String(error));

/** The storyboard frames an item produced (PNG when rendered, else the SVG). */
const framesOf = (item: BatchItem) =>
  Object.entries(item.outputs).flatMap(([nodeId, output]) => {
    const frame = output.artifacts['frame.png'] ?? output.artifacts['frame.svg'];
    return frame ? [{ nodeId, url: frame.url }] : [];
  });

const overridesText = (item: BatchItem) =>
  Object.entries(item.overrides)
    .flatMap(([nodeId, fields]) => Object.entries(fields).map(([field, value]) => `${nodeId}.${field} = ${JSON.stringify(value)}`))
    .join(', ');

export const BatchPage = ({ batchId }: { batchId: string }) => {
  const session = useSession();
  const [batch, setBatch] = useState<Batch | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [items, setItems] = useState<BatchItem[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [filter, setFilter] = useState<BatchItemStatus | ''>('');
  const [busy, setBusy] = useState(false);
  /** The event stream ends with the batch; a retry makes it run again, so it is opened anew. */
  const [streamEpoch, setStreamEpoch] = useState(0);
  const shown = useRef(PAGE);

  const role = session.status === 'signed-in' && batch ? session.me.workspaces.find((w) => w.id === batch.workspaceId)?.role : undefined;
  const canWrite = role === 'owner' || role === 'editor';

  const loadItems = useCallback(
    async (limit: number) => {
      const page = await api.listBatchItems(batchId, { status: filter || undefined, limit });
      setItems(page.items);
      setNextCursor(page.nextCursor);
    },
    [batchId, filter],
  );

  useEffect(() => {
    document.title = `Batch ${batchId} · Production Canvas`;
    api.getBatch(batchId).then(setBatch, (error: unknown) => setProblem(problemText(error)));
  }, [batchId]);

  useEffect(() => {
    shown.current = PAGE;
    loadItems(PAGE).catch((error: unknown) => setProblem(problemText(error)));
  }, [loadItems]);

  // Live: the batch from its event stream, the items reloaded after each burst of finishes.
  // `streamEpoch` reopens it after a retry (the server ended it at `batch.completed`).
  useEffect(() => {
    const source = new EventSource(api.batchEventsUrl(batchId));
    let reload: ReturnType<typeof setTimeout> | undefined;
    const onBatch = (event: MessageEvent<string>) => setBatch(JSON.parse(event.data) as Batch);
    const onItem = () => {
      clearTimeout(reload);
      reload = setTimeout(() => void loadItems(shown.current).catch(() => undefined), ITEM_RELOAD_DELAY_MS);
    };
    source.addEventListener('batch.progress', onBatch);
    source.addEventListener('batch.completed', (event) => {
      onBatch(event);
      onItem();
      source.close();
    });
    source.addEventListener('item.finished', onItem);
    return () => {
      clearTimeout(reload);
      source.close();
    };
  }, [batchId, loadItems, streamEpoch]);

  const act = async (what: 'cancel' | 'retry') => {
    setBusy(true);
    try {
      setBatch(what === 'cancel' ? await api.cancelBatch(batchId) : await api.retryBatch(batchId));
      if (what === 'retry') setStreamEpoch((epoch) => epoch + 1);
      await loadItems(shown.current);
      showToast({ tone: 'success', title: what === 'cancel' ? 'Batch cancelled' : 'Failed items queued again' });
    } catch (error) {
      showToast({ tone: 'error', title: what === 'cancel' ? 'Could not cancel the batch' : 'Could not retry the batch', detail: problemText(error) });
    } finally {
      setBusy(false);
    }
  };

  const showMore = async () => {
    shown.current += PAGE;
    await loadItems(shown.current).catch((error: unknown) => setProblem(problemText(error)));
  };

  const active = batch?.status === 'queued' || batch?.status === 'running';
  return (
    <div className="list-page">
      <AppHeader />
      <main className="list-page__main">
        <p>
          <a href="/batches" onClick={followLink}>
            ← All batches
          </a>
        </p>
        {problem && (
          <div className="list-state list-state--error" role="alert">
            <strong>Could not load the batch.</strong>
            <span>{problem}</span>
          </div>
        )}
        {batch && (
          <section className="batch-summary" data-testid="batch-summary" data-status={batch.status}>
            <div className="list-page__heading">
              <div>
                <h1>
                  Batch <code>{batch.id}</code> <span className={`batch-status batch-status--${batch.status}`} data-testid="batch-status">{batch.status}</span>
                </h1>
                <p className="muted">
                  Graph{' '}
                  <a href={graphPath(batch.graphId)} onClick={followLink}>
                    {batch.graphId}
                  </a>{' '}
                  at revision {batch.revision} · {batch.priority} priority · up to {batch.concurrency} at once
                </p>
              </div>
              {canWrite && (
                <div className="list-page__actions">
                  {batch.counts.failed > 0 && batch.status !== 'cancelled' && (
                    <button type="button" className="button button--ghost" data-testid="batch-retry" disabled={busy} onClick={() => void act('retry')}>
                      <RotateCcw size={15} aria-hidden /> Retry failed
                    </button>
                  )}
                  {active && (
                    <button type="button" className="button button--danger" data-testid="batch-cancel" disabled={busy} onClick={() => void act('cancel')}>
                      <Ban size={15} aria-hidden /> Cancel
                    </button>
                  )}
                </div>
              )}
            </div>
            <BatchProgress counts={batch.counts} />
            <p className="batch-summary__counts" data-testid="batch-counts">
              {countsSummary(batch.counts)}
              {batch.status === 'running' && batch.etaSeconds !== null ? ` · ${etaText(batch.etaSeconds)}` : ''}
            </p>
          </section>
        )}
        <div className="batch-items__toolbar">
          <label>
            Show{' '}
            <select className="input select" value={filter} data-testid="batch-filter" onChange={(event) => setFilter(event.target.value as BatchItemStatus | '')}>
              {FILTERS.map((status) => (
                <option key={status} value={status}>
                  {status || 'all items'}
                </option>
              ))}
            </select>
          </label>
        </div>
        <ul className="batch-items" data-testid="batch-items" aria-label="Items">
          {items.map((item) => (
            <li key={item.index} className="batch-item" data-testid="batch-item" data-index={item.index} data-status={item.status}>
              <span className="batch-item__index">#{item.index}</span>
              <span className="batch-item__body">
                <span className="batch-item__title">
                  {item.ref ?? `Item ${item.index}`} <span className={`batch-status batch-status--${item.status}`}>{item.status}</span>
                </span>
                <span className="batch-item__overrides muted">{overridesText(item) || 'no overrides'}</span>
                {item.error && <span className="batch-item__error">{item.error.message}</span>}
              </span>
              <span className="batch-item__frames">
                {framesOf(item).map((frame) => (
                  <img key={frame.nodeId} className="batch-item__frame" src={frame.url} alt={`Storyboard frame of ${frame.nodeId}`} loading="lazy" data-testid="batch-frame" />
                ))}
              </span>
            </li>
          ))}
        </ul>
        {nextCursor && (
          <button type="button" className="button button--ghost list-page__more" onClick={() => void showMore()}>
            Show more
          </button>
        )}
      </main>
    </div>
  );
};
