/*
 * Runs a collab server (ours or the stock one) for the bench under `node --expose-gc`
 * and answers the bench's probes over IPC: a forced GC, then RSS, heap and CPU time of
 * this very process (so idle memory per connection is not GC timing noise), and its
 * event-loop delay since the previous probe.
 *
 *   node --expose-gc server-host.mjs <server entry>
 */
import { resolve } from 'node:path';
import { constants, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const entry = process.argv[2];
if (!entry) throw new Error('usage: server-host.mjs <server entry>');
if (typeof globalThis.gc !== 'function') throw new Error('run with --expose-gc');

// Event-loop delay since the previous probe: a server that stalls shows it here, whatever the clients measure.
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

// The longest GC pause since the previous probe (the probe's own forced GCs left out).
let gcMaxMs = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if ((entry.detail?.flags ?? 0) & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) continue;
    gcMaxMs = Math.max(gcMaxMs, entry.duration);
  }
}).observe({ entryTypes: ['gc'] });

process.on('message', (message) => {
  if (message !== 'probe') return;
  const loopDelayP99Ms = loopDelay.percentile(99) / 1e6;
  const loopDelayMaxMs = loopDelay.max / 1e6;
  const gcMaxPauseMs = gcMaxMs;
  gcMaxMs = 0;
  globalThis.gc();
  globalThis.gc();
  // After the forced GC: its pause is the probe's, not the window's.
  loopDelay.reset();
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
  const { user, system } = process.cpuUsage();
  process.send?.({ rss, heapUsed, external, arrayBuffers, cpuUs: user + system, loopDelayP99Ms, loopDelayMaxMs, gcMaxPauseMs });
});
// The IPC channel must not keep a server alive after the bench is gone.
process.on('disconnect', () => process.exit(0));

// A server without a SIGTERM handler of its own (the stock one) exits normally on it, so
// `--cpu-prof` writes its profile; ours shuts down gracefully and exits by itself.
process.on('SIGTERM', () => {
  if (process.listenerCount('SIGTERM') === 1) process.exit(0);
});

await import(pathToFileURL(resolve(entry)).href);
