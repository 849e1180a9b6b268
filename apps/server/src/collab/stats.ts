/**
 * In-process counters of the collab server, for the operations step (a /metrics route,
 * logs). Cheap to update on every message; `snapshot()` does the sorting.
 */
export interface CollabStatsSnapshot {
  rooms: number;
  connections: number;
  messagesIn: number;
  updatesApplied: number;
  viewerWritesDropped: number;
  framesSent: number;
  flushes: number;
  flushFailures: number;
  compactions: number;
  projectionsWritten: number;
  /** Time from an update being applied to its frame being handed to the last socket, ms. */
  fanOutMs: { p50: number; p99: number; samples: number };
  closes: Record<string, number>;
}

const SAMPLES = 1024;

export class CollabStats {
  rooms = 0;
  connections = 0;
  messagesIn = 0;
  updatesApplied = 0;
  viewerWritesDropped = 0;
  framesSent = 0;
  flushes = 0;
  flushFailures = 0;
  compactions = 0;
  projectionsWritten = 0;
  private readonly fanOut = new Float64Array(SAMPLES);
  private fanOutCount = 0;
  private readonly closes = new Map<number, number>();

  /** @param onFanOut - also told each fan-out time (the Prometheus histogram). */
  constructor(private readonly onFanOut?: (ms: number) => void) {}

  recordFanOut(ms: number): void {
    this.onFanOut?.(ms);
    this.fanOut[this.fanOutCount % SAMPLES] = ms;
    this.fanOutCount += 1;
  }

  recordClose(code: number): void {
    this.closes.set(code, (this.closes.get(code) ?? 0) + 1);
  }

  snapshot(): CollabStatsSnapshot {
    const n = Math.min(this.fanOutCount, SAMPLES);
    const sorted = Array.from(this.fanOut.subarray(0, n)).sort((a, b) => a - b);
    const at = (q: number) => (n === 0 ? 0 : (sorted[Math.min(n - 1, Math.floor(q * n))] ?? 0));
    return {
      rooms: this.rooms,
      connections: this.connections,
      messagesIn: this.messagesIn,
      updatesApplied: this.updatesApplied,
      viewerWritesDropped: this.viewerWritesDropped,
      framesSent: this.framesSent,
      flushes: this.flushes,
      flushFailures: this.flushFailures,
      compactions: this.compactions,
      projectionsWritten: this.projectionsWritten,
      fanOutMs: { p50: at(0.5), p99: at(0.99), samples: this.fanOutCount },
      closes: Object.fromEntries(this.closes),
    };
  }
}
