import { Job, raw2NextJobData, type JobsOptions, type Queue, type Worker } from 'bullmq';
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
 */
export const addAndFetch = async (
  queue: Queue,
  worker: Worker,
  jobs: readonly { name: string; data: unknown; opts: JobsOptions & { jobId: string } }[],
  fetches: number,
): Promise<void> => {
  const view = worker as unknown as WorkerView;
  const queueView = queue as unknown as QueueView;
  const fetchedJobs = eagerLoopQueueOf(worker);
  if (!fetchedJobs) throw new Error('addAndFetch needs a worker running the eager main loop (see freeSlotsFor)');
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
    fetchedJobs.add(new Promise<Job | undefined>((resolve) => (settle = resolve)));
    return settle;
  });
  let replies: ReturnType<Pipeline['exec']>;
  let joined = 0;
  let added: Promise<string>[];
  try {
    const pipeline = (await queueView.backend.client).pipeline();
    added = entries.map((entry) => queueView.backend.addJobToTransaction(pipeline, entry.jobData, entry.jobId, entry.parentKeyOpts));
    // The worker's own fetch, on this pipeline: its backend's `moveToActive` reads the client
    // from `this.queue`, so a view of the backend whose client is the pipeline queues it there
    // (its own answer is the pipeline's, not the reply: the replies are read from `exec`).
    const onPipeline = Object.create(view.backend, { queue: { value: Object.create(view.backend.queue, { client: { value: pipeline } }) } }) as WorkerView['backend'];
    const tokens = Array.from({ length: fetches }, () => `${view.id}:a${(fetchCount += 1)}`);
    for (const token of tokens) void onPipeline.moveToActive(token, view.opts.name).catch(() => {});
    // Each fetch queues its command one microtask in (after `await this.queue.client`).
    for (let turn = 0; turn < 4 && pipeline.length < entries.length + fetches; turn += 1) await Promise.resolve();
    // Should a BullMQ upgrade queue them later, the adds still go out and the jobs wait for the
    // worker's own fetches, as without this.
    joined = Math.min(fetches, Math.max(0, pipeline.length - entries.length));
    if (joined < fetches) view.emit('error', new Error(`BullMQ internals changed: ${fetches - joined} of ${fetches} fetches did not join the add`));
    replies = pipeline.exec();
    tokens.slice(0, joined).forEach((token, index) => {
      replies
        .then((results) => {
          const [error, raw] = results?.[entries.length + index] ?? [new Error('No reply to a fetch')];
          if (error) throw error;
          const [jobData, jobId, rateLimitDelay, delayUntil] = raw2NextJobData(raw as unknown[]) as [unknown, unknown, number, number];
          view.updateDelays(rateLimitDelay, delayUntil);
          return view.nextJobFromJobData(jobData, jobId, token);
        })
        .catch((error: unknown) => {
          view.emit('error', error instanceof Error ? error : new Error(String(error)));
          return undefined;
        })
        .then(slots[index]);
    });
  } finally {
    for (const settle of slots.slice(joined)) settle(undefined);
  }
  await replies;
  await Promise.all(added);
};
