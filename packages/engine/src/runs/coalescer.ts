/** Turns single calls into batches: see {@link createCoalescer}. */
export type Coalescer<In, Out> = (item: In) => Promise<Out>;

export interface CoalescerOptions<In, Out> {
  /** Does a whole batch (two or more items) in one go, answering one result per item, in order. */
  runBatch(items: readonly In[]): Promise<readonly Out[]>;
  /** Does one item alone: a batch of one, and each item again when its batch failed. */
  runOne(item: In): Promise<Out>;
  /** Batches in flight at once; items arriving meanwhile wait and form the next batch. Default 1. */
  maxInFlight?: number;
  /** The largest batch. Default 256. */
  maxBatch?: number;
}

interface Waiting<In, Out> {
  item: In;
  resolve: (value: Out) => void;
  reject: (error: unknown) => void;
}

/**
 * Coalesces calls made while the event loop is busy into one batch call: items of the same
 * loop turn go together (flushed from `setImmediate`, never a timer, so an idle caller
 * waits for no one), and while `maxInFlight` batches are out, newcomers gather for the
 * next one. Under load a batch grows with the load; at rest each item goes alone.
 *
 * Each caller gets its own result. When a batch call throws, every item of it is retried
 * alone, so one bad item fails only its own caller (the batch must therefore be atomic:
 * a failed batch changed nothing).
 */
export const createCoalescer = <In, Out>(options: CoalescerOptions<In, Out>): Coalescer<In, Out> => {
  const maxInFlight = options.maxInFlight ?? 1;
  const maxBatch = options.maxBatch ?? 256;
  let waiting: Waiting<In, Out>[] = [];
  let inFlight = 0;
  let scheduled = false;

  const settleOne = (entry: Waiting<In, Out>) =>
    Promise.resolve()
      .then(() => options.runOne(entry.item))
      .then(entry.resolve, entry.reject);

  const runBatch = async (batch: Waiting<In, Out>[]) => {
    if (batch.length === 1) return settleOne(batch[0] as Waiting<In, Out>);
    let results: readonly Out[];
    try {
      results = await options.runBatch(batch.map((entry) => entry.item));
      if (results.length !== batch.length) throw new Error(`A batch of ${batch.length} answered ${results.length} results`);
    } catch {
      // Nothing of the batch happened: each item on its own, so only the bad one fails.
      await Promise.all(batch.map(settleOne));
      return;
    }
    batch.forEach((entry, index) => entry.resolve(results[index] as Out));
  };

  const flush = () => {
    scheduled = false;
    while (inFlight < maxInFlight && waiting.length > 0) {
      const batch = waiting.slice(0, maxBatch);
      waiting = waiting.slice(batch.length);
      inFlight += 1;
      void runBatch(batch).finally(() => {
        inFlight -= 1;
        schedule();
      });
    }
  };

  const schedule = () => {
    if (scheduled || waiting.length === 0 || inFlight >= maxInFlight) return;
    scheduled = true;
    setImmediate(flush);
  };

  return (item) =>
    new Promise<Out>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      schedule();
    });
};
