/**
 * Concurrent lookups of one key share one promise: the first caller starts it, callers that
 * ask while it is in flight get the same answer (or the same rejection), and the next call
 * after it settles starts a new one. This is what keeps a cache's expiry from becoming a
 * stampede: without it every request that misses while the lookup is under way runs its
 * own (N database round trips, N serialisations, N row-lock waits for a touch), and that
 * burst is the tail latency of a busy route.
 *
 * The key must say everything the answer depends on, including how fresh it must be (the
 * callers put their cache's invalidation clock in it, so nobody joins a lookup that began
 * before a change it must see).
 */
export interface SingleFlight<Value> {
  run(key: string, load: () => Promise<Value>): Promise<Value>;
  /** Lookups in flight (tests). */
  readonly size: number;
}

export function createSingleFlight<Value>(): SingleFlight<Value> {
  const flights = new Map<string, Promise<Value>>();
  return {
    run(key, load) {
      const inFlight = flights.get(key);
      if (inFlight) return inFlight;
      const flight = load().finally(() => flights.delete(key));
      flights.set(key, flight);
      return flight;
    },
    get size() {
      return flights.size;
    },
  };
}
