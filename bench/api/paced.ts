import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface PacedOptions {
  url: string;
  method: string;
  headers: Record<string, string>;
  /** The body of each request (PUT: a fresh one per request); none for GET. */
  body?: (() => string) | undefined;
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
  const target = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const total = Math.max(1, Math.round(rate * seconds));
  const latencies: number[] = [];
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
      const body = options.body?.();
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
            if (status >= 200 && status < 300) latencies.push(performance.now() - due);
            else non2xx += 1;
            done();
          });
        },
      );
      request.setTimeout(options.timeoutMs ?? 10_000, () => request.destroy(new Error('timeout')));
      request.on('error', () => {
        errors += 1;
        done();
      });
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
  latencies.sort((a, b) => a - b);
  const at = (quantile: number) => (latencies.length === 0 ? 0 : round(latencies[Math.min(latencies.length - 1, Math.floor(quantile * latencies.length))]!));
  return { requestsPerS: latencies.length / elapsedS, p50: at(0.5), p99: at(0.99), errors, non2xx, bytesPerS: bytes / elapsedS };
}

const round = (ms: number) => Math.round(ms * 10) / 10;
