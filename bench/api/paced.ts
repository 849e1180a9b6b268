import http from 'node:http';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

/**
 * Request bodies as data (they cross into the load generator's own process): request n of
 * the run sends `before + (from + n) + after`, so every PUT body is a new one.
 */
export interface NumberedBodies {
  before: string;
  after: string;
  from: number;
}

export interface PacedOptions {
  url: string;
  method: string;
  headers: Record<string, string>;
  /** The bodies (PUT: a fresh one per request); none for GET. */
  body?: NumberedBodies | undefined;
  rate: number;
  seconds: number;
  connections: number;
  /** A request without an answer after this long counts as an error. */
  timeoutMs?: number;
}

export interface PacedResult {
  requestsPerS: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  bytesPerS: number;
  /** Requests sent (the next run's bodies number on from here). */
  sent?: number;
  /**
   * The load generator's own event-loop delay (p99 and max, ms): a stall there delays
   * sending and reading and shows up as server latency; it tells the two apart.
   */
  clientLag?: { p99: number; max: number };
  /**
   * How late the generator sent requests (ms after each was due; p99 and max): its timer
   * and its busy loop. A request sent late counts its lateness as latency.
   */
  sendLag?: { p99: number; max: number };
}

/**
 * An open-loop load at a steady rate: request i is due at start + i / rate whatever became of
 * the ones before, on a pool of keep-alive connections, and its latency counts from when it was
 * due — so a stalled server or a backed-up pool shows in the figure instead of being left out.
 * autocannon's `overallRate` is not that: each connection sends its quota for the second back to
 * back as soon as the second starts, so "half the saturated rate" is a saturating burst every
 * second followed by silence, and its p99 is the burst's.
 */
export async function pacedLoad(options: PacedOptions): Promise<PacedResult> {
  const { rate, seconds, connections, method, headers } = options;
  const lag = monitorEventLoopDelay({ resolution: 5 });
  lag.enable();
  const target = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const total = Math.max(1, Math.round(rate * seconds));
  const latencies: number[] = [];
  const sendLags: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let bytes = 0;
  let sent = 0;
  let settled = 0;
  const start = performance.now();
  const dueAt = (index: number) => start + (index * 1000) / rate;

  await new Promise<void>((resolve) => {
    const done = () => {
      settled += 1;
      if (settled === total) resolve();
    };
    const fire = (due: number) => {
      sendLags.push(performance.now() - due);
      const body = options.body === undefined ? undefined : `${options.body.before}${options.body.from + sent}${options.body.after}`;
      // Each request settles exactly once: an answer cut off after its headers emits neither
      // 'end' nor a request 'error', only 'close' (the run used to wait for it forever).
      let finished = false;
      const finish = (outcome: 'ok' | 'non2xx' | 'error') => {
        if (finished) return;
        finished = true;
        if (outcome === 'ok') latencies.push(performance.now() - due);
        else if (outcome === 'non2xx') non2xx += 1;
        else errors += 1;
        done();
      };
      const request = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: `${target.pathname}${target.search}`,
          method,
          headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        },
        (response) => {
          response.on('data', (chunk: Buffer) => (bytes += chunk.length));
          response.on('end', () => {
            const status = response.statusCode ?? 0;
            finish(status >= 200 && status < 300 ? 'ok' : 'non2xx');
          });
          response.on('error', () => finish('error'));
        },
      );
      request.setTimeout(options.timeoutMs ?? 10_000, () => request.destroy(new Error('timeout')));
      request.on('error', () => finish('error'));
      request.on('close', () => finish('error'));
      request.end(body);
    };
    // setTimeout(1) wakes about every millisecond; every request that fell due meanwhile goes out.
    const tick = () => {
      const now = performance.now();
      while (sent < total && dueAt(sent) <= now) {
        fire(dueAt(sent));
        sent += 1;
      }
      if (sent < total) setTimeout(tick, 1);
    };
    tick();
  });
  const elapsedS = (performance.now() - start) / 1000;
  agent.destroy();
  lag.disable();
  const clientLag = { p99: round(lag.percentile(99) / 1e6), max: round(lag.max / 1e6) };
  const quantileOf = (values: number[], quantile: number) => (values.length === 0 ? 0 : round(values[Math.min(values.length - 1, Math.floor(quantile * values.length))]!));
  latencies.sort((a, b) => a - b);
  sendLags.sort((a, b) => a - b);
  const sendLag = { p99: quantileOf(sendLags, 0.99), max: round(sendLags.at(-1) ?? 0) };
  return { requestsPerS: latencies.length / elapsedS, p50: quantileOf(latencies, 0.5), p99: quantileOf(latencies, 0.99), errors, non2xx, bytesPerS: bytes / elapsedS, sent: total, clientLag, sendLag };
}

const round = (ms: number) => Math.round(ms * 10) / 10;
