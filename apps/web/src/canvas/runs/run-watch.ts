import type { ApiClient } from '../../api/client.js';
import type { RunSummary } from '../../api/types.js';

export interface RunWatcherOptions {
  readonly graphId: string;
  readonly api: Pick<ApiClient, 'listRuns'>;
  /** Called with the graph's latest run after every poll that found one. */
  readonly onLatest: (run: RunSummary) => void;
  readonly intervalMs?: number;
  readonly document?: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
}

/**
 * How runs other people start reach this canvas until real-time collaboration lands: the
 * latest run of the graph, polled (`GET …/runs?limit=1`) every few seconds while the page
 * is visible, and at once when it becomes visible again. The collaboration socket replaces
 * this module and calls the same `onLatest`.
 */
export const createRunWatcher = ({ graphId, api, onLatest, intervalMs = 4_000, document: doc = globalThis.document }: RunWatcherOptions) => {
  let stopped = false;
  let inFlight = false;

  const poll = async () => {
    if (stopped || inFlight || doc.visibilityState !== 'visible') return;
    inFlight = true;
    try {
      const page = await api.listRuns(graphId, { limit: 1 });
      const latest = page.runs[0];
      if (!stopped && latest) onLatest(latest);
    } catch {
      // Offline for a moment: the next tick tries again.
    } finally {
      inFlight = false;
    }
  };

  const timer = setInterval(() => void poll(), intervalMs);
  const onVisibility = () => void poll();
  doc.addEventListener('visibilitychange', onVisibility);

  return {
    poll,
    stop: () => {
      stopped = true;
      clearInterval(timer);
      doc.removeEventListener('visibilitychange', onVisibility);
    },
  };
};
