/**
 * The server's own view of a paced run, from its Prometheus metrics (`METRICS_TOKEN`):
 * how many requests took over 25 ms by its own clock (from the edge middleware to the
 * answer built: not the kernel's queue, nor the time before its event loop came to the
 * request), its event-loop lag (prom-client samples it and resets on every scrape, so a
 * scrape before the run starts the window) and its GC pauses. Next to the generator's own
 * lag, it says whose the tail is: the route's, the server process's stalls, or the box's.
 */

export const BENCH_METRICS_TOKEN = 'bench-metrics-token-not-a-secret';

/** One scrape: the HTTP duration buckets and the GC histogram as counts, and the loop lag. */
export interface Scrape {
  requests: number;
  /** Requests answered within 25 ms by the server's clock. */
  within25ms: number;
  gcCount: number;
  gcSeconds: number;
  /** GC pauses over 10 ms. */
  gcOver10ms: number;
  loopLagP99Ms: number;
  loopLagMaxMs: number;
}

export interface ServerView {
  requests: number;
  /** Share of the run's requests over 25 ms by the server's own clock (0–1). */
  over25ms: number;
  loopLagP99Ms: number;
  loopLagMaxMs: number;
  gcCount: number;
  gcMs: number;
  gcOver10ms: number;
}

const value = (line: string) => Number(line.slice(line.lastIndexOf(' ') + 1));

/** Parses the exposition text; `/metrics` itself is left out of the request counts. */
export function parseScrape(text: string): Scrape {
  const scrape: Scrape = { requests: 0, within25ms: 0, gcCount: 0, gcSeconds: 0, gcOver10ms: 0, loopLagP99Ms: 0, loopLagMaxMs: 0 };
  let gcWithin10ms = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('pc_http_request_duration_seconds_') && !line.includes('route="/metrics"')) {
      if (line.startsWith('pc_http_request_duration_seconds_count')) scrape.requests += value(line);
      else if (line.includes('le="0.025"')) scrape.within25ms += value(line);
    } else if (line.startsWith('nodejs_gc_duration_seconds_')) {
      if (line.startsWith('nodejs_gc_duration_seconds_count')) scrape.gcCount += value(line);
      else if (line.startsWith('nodejs_gc_duration_seconds_sum')) scrape.gcSeconds += value(line);
      else if (line.includes('le="0.01"')) gcWithin10ms += value(line);
    } else if (/^nodejs_eventloop_lag_p99_seconds[ {]/.test(line)) scrape.loopLagP99Ms = value(line) * 1000;
    else if (/^nodejs_eventloop_lag_max_seconds[ {]/.test(line)) scrape.loopLagMaxMs = value(line) * 1000;
  }
  scrape.gcOver10ms = scrape.gcCount - gcWithin10ms;
  return scrape;
}

/** What happened between two scrapes (the loop lag is the second's: the first reset it). */
export function serverView(before: Scrape, after: Scrape): ServerView {
  const requests = after.requests - before.requests;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    requests,
    over25ms: requests === 0 ? 0 : 1 - (after.within25ms - before.within25ms) / requests,
    loopLagP99Ms: round(after.loopLagP99Ms),
    loopLagMaxMs: round(after.loopLagMaxMs),
    gcCount: after.gcCount - before.gcCount,
    gcMs: round((after.gcSeconds - before.gcSeconds) * 1000),
    gcOver10ms: after.gcOver10ms - before.gcOver10ms,
  };
}

export async function scrapeServer(baseUrl: string): Promise<Scrape> {
  const response = await fetch(`${baseUrl}/metrics`, { headers: { Authorization: `Bearer ${BENCH_METRICS_TOKEN}` } });
  if (!response.ok) throw new Error(`GET /metrics: ${response.status}`);
  return parseScrape(await response.text());
}
