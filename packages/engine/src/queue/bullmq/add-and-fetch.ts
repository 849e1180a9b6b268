import { createIORedisClient, Job, raw2NextJobData, type JobsOptions, type Queue, type Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { eagerLoopQueueOf, type WorkerInternals } from './eager-main-loop.js';

/**
 * The parts of BullMQ (6.x) an add that also fetches uses, beyond those the eager main loop
 * already checked (a worker only gets fetches while that loop runs). They are internal in the
 * type declarations, so they are reached through this view; {@link freeSlotsFor} answers 0
 * (plain `addBulk`) when they are missing.
 */
interface WorkerView extends Pick<WorkerInternals, 'id' | 'closing' | 'paused' | '_concurrency' | 'isRateLimited'> {
  opts: { name?: string };
  /** Its `moveToActive` queues the fetch on `this.queue.client` (the reply is read from the pipeline's). */
  backend: { queue: object; moveToActive(token: string, name?: string): Promise<unknown> };
  updateDelays(rateLimitDelay?: number, delayUntil?: number): void;
  nextJobFromJobData(jobData: unknown, jobId: unknown, token: string): Promise<Job | undefined>;
  emit(event: 'error', error: Error): boolean;
}

interface QueueView {
  backend: {
    /** The producer connection (BullMQ's wrapped client). */
    client: Promise<{ pipeline(): Pipeline }>;
    addJobToTransaction(client: Pipeline, job: unknown, jobId: string, parentKeyOpts: { parentKey?: string; parentDependenciesKey?: string }): Promise<string>;
  };
}

interface Pipeline {
  length: number;
  exec(): Promise<[Error | null, unknown][] | null>;
}

interface JobView {
  id: string;
  parentKey?: string;
  asJSON(): unknown;
  validateOptions(jobData: unknown): void;
}

const isWorkerView = (worker: object): worker is WorkerView => {
  const view = worker as Partial<Record<keyof WorkerView, unknown>>;
  return (
    typeof view.updateDelays === 'function' &&
    typeof view.nextJobFromJobData === 'function' &&
    typeof (view.backend as { moveToActive?: unknown } | undefined)?.moveToActive === 'function'
  );
};

/**
 * How many of `wanted` new jobs this process's worker can take with their add: its free
 * slots (the eager loop's fetched and running jobs, and its fetch out, count as taken),
 * none while it is paused, closing or rate-limited, or runs BullMQ's stock loop (which
 * would hold a job given to it behind its own fetches).
 */
export const freeSlotsFor = (worker: Worker | undefined, wanted: number): number => {
  const view: object | undefined = worker;
  const fetched = worker && eagerLoopQueueOf(worker);
  if (!view || !fetched || !isWorkerView(view) || view.closing || view.paused || view.isRateLimited()) return 0;
  const taken = fetched.numTotal();
  return Math.max(0, Math.min(wanted, view._concurrency - taken));
};

/** Tokens of the fetches made here (BullMQ's own are `${worker.id}:${n}`). */
let fetchCount = 0;

/** An add sent with {@link sendAddAndFetch}: `sent` once its pipeline is written, `added` with its replies. */
export interface AddInFlight {
  sent: Promise<void>;
  added: Promise<void>;
}

/**
 * `queue.addBulk(jobs)`, with `fetches` of this process's `worker`'s fetches (BullMQ's
 * `moveToActive`) in the same pipeline, right behind the adds.
 *
 * Redis runs one connection's commands in order, so the fetches find the jobs just added
 * (or older ones first, in the queue's order) and their replies come back with the adds':
 * a new job reaches a free slot of this process one round trip after its add went out.
 * Without them, a slot waits for the add's marker to wake the worker's blocking connection
 * and then fetches (two round trips), or for a finishing job's `moveToFinished` to fetch it.
 * Each fetched job is handed to the worker's eager main loop, which starts it and finishes
 * it as any other (same lock, same token kind, same scripts); a fetch that fails leaves its
 * job where it was (waiting, or locked until the stalled checker redelivers it).
 *
 * The pipeline goes out on `connection` when given (the workers' own: whatever they send
 * after `sent` reaches Redis after the adds), else on the queue's producer connection.
 * `worker` may be left out when `fetches` is 0.
 */
export const sendAddAndFetch = (
  queue: Queue,
  worker: Worker | undefined,
  jobs: readonly { name: string; data: unknown; opts: JobsOptions & { jobId: string } }[],
  fetches: number,
  connection?: Redis,
): AddInFlight => {
  const view = worker as unknown as WorkerView | undefined;
  const queueView = queue as unknown as QueueView;
  const fetchedJobs = worker && eagerLoopQueueOf(worker);
  if (fetches > 0 && (!view || !fetchedJobs)) throw new Error('addAndFetch needs a worker running the eager main loop (see freeSlotsFor)');
  const entries = jobs.map(({ name, data, opts }) => {
    const job = new Job(queue, name, data, opts, opts.jobId) as unknown as JobView;
    const jobData = job.asJSON();
    job.validateOptions(jobData);
    return { jobData, jobId: job.id, parentKeyOpts: { parentKey: job.parentKey, parentDependenciesKey: job.parentKey ? `${job.parentKey}:dependencies` : '' } };
  });
  // The slots are taken now, in the same turn as freeSlotsFor counted them (the loop fetches
  // no more than its free slots meanwhile); each settles with its job, or nothing.
  const slots = Array.from({ length: fetches }, () => {
    let settle!: (job: Job | undefined) => void;
    fetchedJobs?.add(new Promise<Job | undefined>((resolve) => (settle = resolve)));
    return settle;
  });
  const written = (async () => {
    let joined = 0;
    try {
      const pipeline = (connection ? (createIORedisClient(connection) as unknown as { pipeline(): Pipeline }) : await queueView.backend.client).pipeline();
      const added = entries.map((entry) => queueView.backend.addJobToTransaction(pipeline, entry.jobData, entry.jobId, entry.parentKeyOpts));
      // Each add queues its script synchronously; one that did not has no place in the order.
      if (pipeline.length < entries.length) throw new Error('BullMQ internals changed: the adds did not join their pipeline');
      const tokens = view ? fetchesOnto(pipeline, view, fetches) : [];
      // Each fetch queues its command one microtask in (after `await this.queue.client`).
      for (let turn = 0; turn < 4 && pipeline.length < entries.length + fetches; turn += 1) await Promise.resolve();
      // Should a BullMQ upgrade queue them later, the adds still go out and the jobs wait for the
      // worker's own fetches, as without this.
      joined = Math.min(fetches, Math.max(0, pipeline.length - entries.length));
      if (view && joined < fetches) view.emit('error', new Error(`BullMQ internals changed: ${fetches - joined} of ${fetches} fetches did not join the add`));
      const replies = pipeline.exec();
      if (view) tokens.slice(0, joined).forEach((token, index) => void startFetched(view, replies, entries.length + index, token).then(slots[index]));
      return { replies, added };
    } finally {
      for (const settle of slots.slice(joined)) settle(undefined);
    }
  })();
  const sent = written.then(() => undefined);
  const added = written.then(async ({ replies, added: each }) => {
    await replies;
    await Promise.all(each);
  });
  // A caller may await only one of the two; the other's rejection is the same failure.
  sent.catch(() => {});
  added.catch(() => {});
  return { sent, added };
};

/** `addAndFetch`'s adds and fetches on the producer connection; settles with the replies. */
export const addAndFetch = async (queue: Queue, worker: Worker, jobs: Parameters<typeof sendAddAndFetch>[2], fetches: number): Promise<void> =>
  sendAddAndFetch(queue, worker, jobs, fetches).added;

/**
 * Queues `fetches` of the worker's fetches on `pipeline`: its backend's `moveToActive` reads
 * the client from `this.queue`, so a view of the backend whose client is the pipeline queues
 * it there (its own answer is the pipeline's, not the reply: the replies are read from `exec`).
 */
const fetchesOnto = (pipeline: Pipeline, view: WorkerView, fetches: number): string[] => {
  const onPipeline = Object.create(view.backend, { queue: { value: Object.create(view.backend.queue, { client: { value: pipeline } }) } }) as WorkerView['backend'];
  const tokens = Array.from({ length: fetches }, () => `${view.id}:a${(fetchCount += 1)}`);
  for (const token of tokens) void onPipeline.moveToActive(token, view.opts.name).catch(() => {});
  return tokens;
};

/** The job a fetch on the pipeline got (reply `index`), made ready for the worker's loop; nothing when it failed. */
const startFetched = (view: WorkerView, replies: ReturnType<Pipeline['exec']>, index: number, token: string): Promise<Job | undefined> =>
  replies
    .then((results) => {
      const [error, raw] = results?.[index] ?? [new Error('No reply to a fetch')];
      if (error) throw error;
      const [jobData, jobId, rateLimitDelay, delayUntil] = raw2NextJobData(raw as unknown[]) as [unknown, unknown, number, number];
      view.updateDelays(rateLimitDelay, delayUntil);
      return view.nextJobFromJobData(jobData, jobId, token);
    })
    .catch((error: unknown) => {
      view.emit('error', error instanceof Error ? error : new Error(String(error)));
      return undefined;
    });
