import type { LimitedHit, RateLimitCount } from './store.js';

/** What a reservation in the shared store answered for one key. */
export interface Reservation extends RateLimitCount {
  /** The counts reserved: `count - granted + 1` … `count` are this process's to hand out. */
  granted: number;
}

/** Counts of one key's current window this process holds; `next > last` once spent. */
interface Block {
  endsAtMs: number;
  next: number;
  last: number;
}

export interface Leases {
  /**
   * One count per hit, from this process's blocks when it holds them (synchronously), else
   * after reserving new blocks: one reservation per key in flight at a time, shared by every
   * request that waits on that key. `guard` wraps the IO (readiness, error mapping).
   */
  take(hits: readonly LimitedHit[], guard: <T>(io: () => Promise<T>) => Promise<T>): RateLimitCount[] | Promise<RateLimitCount[]>;
  close(): void;
}

/**
 * Fixed-window counts handed out by this process from blocks it reserved in a shared store.
 * Why it is sound across processes: every count handed out was reserved in the store first,
 * and the store never grants past a limit, so all processes together admit at most `limit`
 * requests per window, as one shared counter would. What it costs: a count one process
 * reserved and has not used yet is not available to another, so near the limit a request may
 * be refused on one process while another still admits a few (at most its unspent block,
 * which shrinks to one count as the limit nears). A key found at its limit is refused here,
 * without asking again, until its window ends: nothing lowers a count within a window.
 */
export function createLeases(reserve: (hits: readonly LimitedHit[]) => Promise<Reservation[]>, { now = Date.now, sweepEveryMs = 60_000 } = {}): Leases {
  const blocks = new Map<string, Block>();
  const pending = new Map<string, Promise<unknown>>();
  const sweep = setInterval(() => {
    const at = now();
    for (const [key, block] of blocks) if (block.endsAtMs <= at) blocks.delete(key);
  }, sweepEveryMs);
  sweep.unref();

  /** A count from this process's block, or undefined when only the store can answer. */
  const fromBlock = (hit: LimitedHit, at: number): RateLimitCount | undefined => {
    const block = blocks.get(hit.key);
    if (!block || block.endsAtMs <= at) return undefined;
    if (block.next <= block.last) return { count: block.next++, resetInMs: block.endsAtMs - at };
    return block.last > hit.limit ? { count: block.last, resetInMs: block.endsAtMs - at } : undefined;
  };

  const reserveBlocks = (hits: readonly LimitedHit[]): Promise<unknown> => {
    const reservation = reserve(hits).then((answers) => {
      const at = now();
      answers.forEach((answer, index) => {
        blocks.set(hits[index]!.key, { endsAtMs: at + answer.resetInMs, next: answer.count - answer.granted + 1, last: answer.count });
      });
    });
    const settled = reservation.finally(() => {
      for (const hit of hits) if (pending.get(hit.key) === settled) pending.delete(hit.key);
    });
    for (const hit of hits) pending.set(hit.key, settled);
    return settled;
  };

  return {
    take(hits, guard) {
      const counts: RateLimitCount[] = new Array(hits.length);
      let missing: number[] = [];
      const at = now();
      for (let index = 0; index < hits.length; index += 1) {
        const count = fromBlock(hits[index]!, at);
        if (count) counts[index] = count;
        else missing.push(index);
      }
      if (missing.length === 0) return counts;
      return guard(async () => {
        while (missing.length > 0) {
          const waits: Promise<unknown>[] = [];
          const toReserve = new Map<string, LimitedHit>();
          for (const index of missing) {
            const hit = hits[index]!;
            const inFlight = pending.get(hit.key);
            if (inFlight) waits.push(inFlight);
            else toReserve.set(hit.key, hit);
          }
          if (toReserve.size > 0) waits.push(reserveBlocks([...toReserve.values()]));
          await Promise.all(waits);
          const after = now();
          missing = missing.filter((index) => {
            const count = fromBlock(hits[index]!, after);
            if (count) counts[index] = count;
            return !count;
          });
        }
        return counts;
      });
    },
    close() {
      clearInterval(sweep);
      blocks.clear();
    },
  };
}
