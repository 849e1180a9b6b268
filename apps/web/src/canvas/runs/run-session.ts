import type { ApiClient } from '../../api/client.js';
import { newIdempotencyKey, retryTransient } from '../../api/idempotency.js';
import type { Run, RunSummary } from '../../api/types.js';
import { FINAL_NODE_STATUSES, FINAL_RUN_STATUSES, isRunFinal, pendingRunState, runStateFrom, type RunEvent } from './run-reducer.js';
import { resultsFromList, resultsOfRun } from './latest-results.js';
import { dispatchLive, mergeLatest, patchHistory, setLive, setRefused, setViewing, upsertHistory, type RunStore } from './run-store.js';

/** The part of EventSource this module uses (a fake in tests). */
export interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  onerror: ((event: Event) => void) | null;
  close(): void;
}

export type RunApi = Pick<ApiClient, 'startRun' | 'getRun' | 'cancelRun' | 'listRuns' | 'listNodeResults' | 'runEventsUrl'>;

export interface RunSessionOptions {
  readonly graphId: string;
  readonly store: RunStore;
  readonly api: RunApi;
  readonly openEvents?: (url: string) => EventSourceLike;
  /** Events carry no outputs: after a node finishes the run is read again, at most this often. */
  readonly refreshDelayMs?: number;
  /** When the event stream cannot be opened (it was refused), the run is polled this often. */
  readonly pollMs?: number;
  /** A start is sent again this many times after no answer, a 429/502–504 or a request in progress. */
  readonly startRetries?: number;
  /** The first wait before sending a start again (doubling after each try). */
  readonly startRetryDelayMs?: number;
  /** Waits between tries of a start (fake in tests). */
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * Follows this graph's runs for one open canvas: the latest run live over SSE (snapshot,
 * then events; EventSource reconnects with Last-Event-ID and the reducer ignores what it
 * has seen), outputs read with a GET when nodes finish and folded into each node's latest
 * result (the run of one Shot leaves every other card's result), a past run loaded for viewing.
 * Start and cancel are here too; saving first is the caller's part (run-actions.ts).
 */
export interface RunSession {
  /** Reads each node's latest result and shows the latest run (live when it is still going); used when the canvas opens. */
  loadLatest(): Promise<void>;
  /** A run summary learned elsewhere (the graph's run stream). */
  notice(run: RunSummary): void;
  start(nodeIds?: readonly string[]): Promise<string>;
  cancel(): Promise<void>;
  /** Lays a past run over the canvas; null (or the live run's id) goes back to the live run. */
  view(runId: string | null): Promise<void>;
  loadHistory(options?: { more?: boolean }): Promise<void>;
  destroy(): void;
}

const STREAM_EVENTS = ['run.status', 'node.status', 'node.progress'] as const;
const CLOSED = 2;

const defaultOpenEvents = (url: string): EventSourceLike => new EventSource(url, { withCredentials: true });

export const createRunSession = ({
  graphId,
  store,
  api,
  openEvents = defaultOpenEvents,
  refreshDelayMs = 250,
  pollMs = 2_000,
  startRetries = 3,
  startRetryDelayMs = 1_000,
  sleep,
}: RunSessionOptions): RunSession => {
  let stream: { runId: string; source: EventSourceLike } | null = null;
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  let pollTimer: ReturnType<typeof setTimeout> | undefined;
  let destroyed = false;
  let viewRequest = 0;

  const liveId = () => store.getState().live?.run.id;

  const closeStream = () => {
    stream?.source.close();
    stream = null;
    clearTimeout(pollTimer);
  };

  const refresh = async (runId: string): Promise<Run | null> => {
    try {
      const run = await api.getRun(runId);
      if (destroyed) return run;
      // Its finished nodes are their latest results, whether or not a newer run is shown by now.
      mergeLatest(store, resultsOfRun(run));
      if (liveId() !== runId) return run;
      dispatchLive(store, { kind: 'refresh', run });
      upsertHistory(store, [summaryOf(run)]);
      return run;
    } catch {
      return null;
    }
  };

  const scheduleRefresh = (runId: string, delay = refreshDelayMs) => {
    if (refreshTimer !== undefined) return;
    refreshTimer = setTimeout(() => {
      refreshTimer = undefined;
      void refresh(runId);
    }, delay);
  };

  const finish = (runId: string) => {
    closeStream();
    clearTimeout(refreshTimer);
    refreshTimer = undefined;
    // The last outputs: events carry statuses only.
    void refresh(runId);
  };

  // No stream (refused, or EventSource gave up): read the run until it is final.
  const poll = (runId: string) => {
    clearTimeout(pollTimer);
    pollTimer = setTimeout(() => {
      void refresh(runId).then((run) => {
        if (!destroyed && liveId() === runId && (!run || !FINAL_RUN_STATUSES.has(run.status))) poll(runId);
      });
    }, pollMs);
  };

  const follow = (runId: string) => {
    closeStream();
    if (destroyed) return;
    const source = openEvents(api.runEventsUrl(runId));
    stream = { runId, source };
    const eventId = (event: MessageEvent<string>) => Number.parseInt(event.lastEventId, 10) || 0;
    source.addEventListener('snapshot', (event) => {
      if (stream?.source !== source) return;
      const run = JSON.parse(event.data) as Run;
      dispatchLive(store, { kind: 'snapshot', eventId: eventId(event), run });
      mergeLatest(store, resultsOfRun(run));
      upsertHistory(store, [summaryOf(run)]);
      if (FINAL_RUN_STATUSES.has(run.status)) closeStream();
    });
    for (const kind of STREAM_EVENTS) {
      source.addEventListener(kind, (message) => {
        if (stream?.source !== source) return;
        const event = JSON.parse(message.data) as RunEvent;
        dispatchLive(store, { kind: 'event', eventId: eventId(message), event });
        if (event.kind === 'run.status' && FINAL_RUN_STATUSES.has(event.status)) finish(runId);
        else if (event.kind === 'node.status' && FINAL_NODE_STATUSES.has(event.status)) scheduleRefresh(runId);
      });
    }
    source.onerror = () => {
      if (stream?.source !== source || source.readyState !== CLOSED) return;
      // EventSource retries by itself unless the server refused the stream.
      stream = null;
      poll(runId);
    };
  };

  const show = async (summary: RunSummary) => {
    const current = store.getState().live;
    if (current?.run.id === summary.id) {
      // Already shown; a final summary for a run whose stream died: read it once more.
      if (!stream && !isRunFinal(current) && FINAL_RUN_STATUSES.has(summary.status)) void refresh(summary.id);
      return;
    }
    if (current && summary.createdAt < current.run.createdAt) return;
    if (FINAL_RUN_STATUSES.has(summary.status)) {
      closeStream();
      setLive(store, pendingRunState(summary));
      await refresh(summary.id);
    } else {
      setLive(store, pendingRunState(summary));
      follow(summary.id);
    }
  };

  return {
    loadLatest: async () => {
      const results = api.listNodeResults(graphId).then(
        (answer) => {
          if (!destroyed) mergeLatest(store, resultsFromList(answer.nodes));
        },
        // Without them the cards show what the runs followed from now on bring.
        () => undefined,
      );
      try {
        const page = await api.listRuns(graphId, { limit: 1 });
        const latest = page.runs[0];
        if (!destroyed && latest) await show(latest);
      } catch {
        // No history to show: the canvas works without it.
      }
      await results;
    },

    notice: (run) => {
      if (destroyed) return;
      upsertHistory(store, [run]);
      void show(run);
    },

    start: async (nodeIds) => {
      // One key per press, the same on each retry of it: a start whose answer was lost (a dropped
      // connection, a gateway's 502) may have started the run, and the server answers a retry with
      // that run instead of starting a second one (docs/runs.md).
      const idempotencyKey = newIdempotencyKey();
      const body = nodeIds && nodeIds.length > 0 ? { nodeIds: [...nodeIds] } : {};
      const accepted = await retryTransient(() => api.startRun(graphId, body, { idempotencyKey }), {
        retries: startRetries,
        delayMs: startRetryDelayMs,
        ...(sleep ? { sleep } : {}),
      });
      const now = new Date().toISOString();
      setRefused(store, []);
      setViewing(store, null);
      closeStream();
      setLive(
        store,
        pendingRunState({
          id: accepted.id,
          graphId,
          status: accepted.status,
          revision: 0,
          nodeIds: nodeIds ? [...nodeIds] : null,
          batchId: null,
          requestedBy: null,
          error: null,
          createdAt: now,
          startedAt: null,
          finishedAt: null,
        }),
      );
      follow(accepted.id);
      return accepted.id;
    },

    cancel: async () => {
      const id = liveId();
      if (!id) return;
      await api.cancelRun(id);
      // The stream reports the cancellation; read it too in case the stream is gone.
      if (!stream) void refresh(id);
    },

    view: async (runId) => {
      const request = ++viewRequest;
      if (runId === null || runId === liveId()) {
        setViewing(store, null);
        return;
      }
      const run = await api.getRun(runId);
      if (request === viewRequest && !destroyed) setViewing(store, runStateFrom(run));
    },

    loadHistory: async ({ more = false } = {}) => {
      const { history } = store.getState();
      if (history.status === 'loading' || (more && !history.nextCursor)) return;
      patchHistory(store, { status: 'loading', error: null });
      try {
        const page = await api.listRuns(graphId, { limit: 20, cursor: more ? history.nextCursor : null });
        if (destroyed) return;
        upsertHistory(store, page.runs);
        const people = { ...store.getState().history.people };
        for (const run of page.runs) if (run.requestedBy !== null) people[run.requestedBy] = run.requestedByName;
        patchHistory(store, { status: 'ready', nextCursor: page.nextCursor, people });
      } catch (error) {
        patchHistory(store, { status: 'error', error: error instanceof Error ? error.message : String(error) });
      }
    },

    destroy: () => {
      destroyed = true;
      closeStream();
      clearTimeout(refreshTimer);
    },
  };
};

export const summaryOf = ({ nodes: _nodes, ...summary }: Run): RunSummary => summary;
