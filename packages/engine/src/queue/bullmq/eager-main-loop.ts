import { AsyncFifoQueue, type Job, type Worker } from 'bullmq';

/**
 * The parts of BullMQ's Worker (6.x) its main loop uses. They are private in the type
 * declarations, so they are reached through this view; {@link useEagerMainLoop} checks
 * they exist and leaves the stock loop in place otherwise.
 */
export interface WorkerInternals {
  id: string;
  opts: { runRetryDelay?: number };
  closing: unknown;
  paused: boolean;
  waiting: Promise<number> | null;
  blockUntil: number;
  _concurrency: number;
  mainLoopQueue: AsyncFifoQueue<void | Job> | null;
  isRateLimited(): boolean;
  retryIfFailed<T>(fn: () => Promise<T>, options: { delayInMs?: number | undefined; onlyEmitError?: boolean }): Promise<T>;
  _getNextJob(token: string, options: { block: boolean }): Promise<Job | undefined>;
  processJob(job: Job, token: string, fetchNext: () => boolean): Promise<void | Job>;
  waitForRateLimit(): Promise<void>;
  mainLoop(): Promise<void>;
}

const hasInternals = (worker: object): worker is WorkerInternals => {
  const view = worker as Partial<Record<keyof WorkerInternals, unknown>>;
  return (
    typeof view.mainLoop === 'function' &&
    typeof view._getNextJob === 'function' &&
    typeof view.retryIfFailed === 'function' &&
    typeof view.isRateLimited === 'function' &&
    typeof view.waitForRateLimit === 'function' &&
    typeof view._concurrency === 'number' &&
    'waiting' in view &&
    'mainLoopQueue' in view
  );
};

/** The fetched jobs of each worker whose eager loop runs: a job added to it starts at once (add-and-fetch.ts). */
const eagerQueues = new WeakMap<object, AsyncFifoQueue<void | Job>>();

/** The eager loop's queue of fetched jobs of `worker`, while that loop runs. */
export const eagerLoopQueueOf = (worker: Worker): AsyncFifoQueue<void | Job> | undefined => eagerQueues.get(worker);

/**
 * BullMQ's main loop, changed so that a fetched job starts at once.
 *
 * The stock loop, once it has a job, keeps fetching (one `moveToActive` round trip each)
 * until the queue is empty or the concurrency is reached before it starts what it got; a
 * job handed over meanwhile by a finishing job's `moveToFinished` waits for that chain too.
 * When a node's completion makes three dependants ready, the one the blocked worker wakes
 * up for starts at once, the second only once the third was fetched, the third after one
 * more (empty) fetch. Here each job starts as soon as it arrives, and the next fetch goes
 * out only when nothing fetched is still waiting to start and no fetch is out. While a
 * fetch is out, a job that a finishing job's `moveToFinished` brought starts at once (the
 * stock loop holds it until that fetch's reply). Same fetches, same
 * scripts, same order; every job just starts earlier. (BullMQ's lock renewal, stalled checks,
 * pause and close are untouched: they do not depend on the loop's order.)
 */
async function eagerMainLoop(this: WorkerInternals): Promise<void> {
  const fetched = new AsyncFifoQueue<void | Job>();
  this.mainLoopQueue = fetched;
  eagerQueues.set(this, fetched);
  let tokenPostfix = 0;
  // A fetch is out (blocking or not): one at a time, as in the stock loop.
  let fetching = false;
  while ((!this.closing && !this.paused) || fetched.numTotal() > 0) {
    if (
      !this.closing &&
      !this.paused &&
      !fetching &&
      !this.waiting &&
      fetched.numTotal() < this._concurrency &&
      fetched.numQueued() === 0 &&
      !this.isRateLimited()
    ) {
      const token = `${this.id}:${tokenPostfix++}`;
      fetching = true;
      const next = this.retryIfFailed(() => this._getNextJob(token, { block: true }), { delayInMs: this.opts.runRetryDelay, onlyEmitError: true }).finally(
        () => (fetching = false),
      );
      // Not awaited here: whichever comes first starts first — this fetch, the job a
      // finishing one fetched with its completion, or one fetched with an add
      // (add-and-fetch.ts); waiting for this fetch alone would hold the others for a round trip.
      fetched.add(next);
    }
    let job: void | Job;
    do {
      job = await fetched.fetch();
    } while (!job && fetched.numQueued() > 0);
    if (job) {
      const token = job.token as string;
      fetched.add(this.processJob(job, token, () => fetched.numTotal() <= this._concurrency));
    } else if (fetched.numQueued() === 0) {
      await this.waitForRateLimit();
    }
  }
  if (this.mainLoopQueue === fetched) this.mainLoopQueue = null;
  if (eagerQueues.get(this) === fetched) eagerQueues.delete(this);
}

/**
 * Makes a Worker created with `autorun: false` use {@link eagerMainLoop}, then starts it.
 * Returns false (and starts the stock loop) when this BullMQ version's internals differ.
 */
export const runWithEagerMainLoop = (worker: Worker, onError: (error: Error) => void): boolean => {
  const eager = hasInternals(worker);
  if (eager) (worker as unknown as WorkerInternals).mainLoop = eagerMainLoop;
  worker.run().catch((error: unknown) => onError(error instanceof Error ? error : new Error(String(error))));
  return eager;
};
