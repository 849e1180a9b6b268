import { z } from 'zod';
import type { RunSummary } from '../../api/types.js';
import type { EventSourceLike } from './run-session.js';

/** A RunSummary as `GET /graphs/:id/runs/events` sends it; anything else is ignored. */
const runSummarySchema = z.object({
  id: z.string().min(1).max(64),
  graphId: z.string().min(1).max(64),
  status: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']),
  revision: z.number().int(),
  nodeIds: z.array(z.string()).nullable(),
  batchId: z.string().nullable().default(null),
  requestedBy: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});

export const parseRunSummary = (data: string): RunSummary | null => {
  try {
    const parsed = runSummarySchema.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

/** A `revision` event's data: the revision someone (a script too) saved a snapshot of. */
const savedRevisionSchema = z.object({ revision: z.number().int().positive() });

const parseSavedRevision = (data: string): number | null => {
  try {
    const parsed = savedRevisionSchema.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data.revision : null;
  } catch {
    return null;
  }
};

export interface RunWatcherOptions {
  /** `GET /api/v1/graphs/:id/runs/events`. */
  readonly url: string;
  /** Called with the graph's latest run on (re)connect, and with every run anyone starts. */
  readonly onRun: (run: RunSummary) => void;
  /** Called with the revision of every snapshot anyone saves (POST /graphs/:id/revisions). */
  readonly onRevisionSaved?: (revision: number) => void;
  /**
   * Called each time the stream is open again after it dropped or failed to connect: a `revision`
   * event sent while it was away is not sent again, so what lists them reads them again then.
   */
  readonly onResumed?: () => void;
  readonly openEvents?: (url: string) => EventSourceLike;
}

const defaultOpenEvents = (url: string): EventSourceLike => new EventSource(url, { withCredentials: true });

/**
 * How runs other people start reach this canvas: the graph's run stream (SSE). Its first
 * event is the latest run, so a reconnect (EventSource retries by itself) catches up on a
 * run started while it was away; the run session then follows each run's own stream. The
 * same stream says when anyone saves a revision, which changes no document; a save it missed
 * while reconnecting is caught up by `onResumed`.
 */
export const createRunWatcher = ({ url, onRun, onRevisionSaved, onResumed, openEvents = defaultOpenEvents }: RunWatcherOptions) => {
  const source = openEvents(url);
  // An `error` is the stream dropping (or failing to connect); the `open` after it is a resume.
  let dropped = false;
  source.addEventListener('error', () => {
    dropped = true;
  });
  source.addEventListener('open', () => {
    if (dropped) onResumed?.();
    dropped = false;
  });
  source.addEventListener('run', (event) => {
    const run = parseRunSummary(event.data);
    if (run) onRun(run);
  });
  source.addEventListener('revision', (event) => {
    const revision = parseSavedRevision(event.data);
    if (revision !== null) onRevisionSaved?.(revision);
  });
  return { stop: () => source.close() };
};
