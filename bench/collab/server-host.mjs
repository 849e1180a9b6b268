/*
 * Runs a collab server (ours or the stock one) for the bench under `node --expose-gc`
 * and answers the bench's probes over IPC: a forced GC, then RSS, heap and CPU time of
 * this very process (so idle memory per connection is not GC timing noise), and its
 * event-loop delay since the previous probe. `process.cpuUsage()` counts every thread of
 * the process (ours runs embedded PGlite in a worker thread), so the probe also reports
 * the main thread's own CPU time (Linux: /proc/self/task/<pid>/stat) and the event loop's
 * busy fraction since the previous probe (`performance.eventLoopUtilization()`).
 *
 *   node --expose-gc server-host.mjs <server entry>
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { constants, monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const entry = process.argv[2];
if (!entry) throw new Error('usage: server-host.mjs <server entry>');
if (typeof globalThis.gc !== 'function') throw new Error('run with --expose-gc');

// Event-loop delay since the previous probe: a server that stalls shows it here, whatever the clients measure.
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

// The longest GC pause since the previous probe, the pauses' sum and how many were
// scavenges (the young generation filled: the allocation rate) — the probe's own forced
// GCs left out.
let gcMaxMs = 0;
let gcTotalMs = 0;
let gcMinor = 0;
let gcMajor = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if ((entry.detail?.flags ?? 0) & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) continue;
    gcMaxMs = Math.max(gcMaxMs, entry.duration);
    gcTotalMs += entry.duration;
    if (entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) gcMinor += 1;
    else gcMajor += 1;
  }
}).observe({ entryTypes: ['gc'] });

// The main thread's task has the process's id; utime and stime are fields 14 and 15, in clock ticks.
const clockTicksPerSecond = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
const mainThreadCpuUs = () => {
  const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from the 3rd on
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / clockTicksPerSecond;
};
let loopUse = performance.eventLoopUtilization();

process.on('message', (message) => {
  if (message !== 'probe') return;
  const loopDelayP99Ms = loopDelay.percentile(99) / 1e6;
  const loopDelayMaxMs = loopDelay.max / 1e6;
  const gc = { gcMaxPauseMs: gcMaxMs, gcTotalPauseMs: gcTotalMs, gcMinor, gcMajor };
  gcMaxMs = gcTotalMs = gcMinor = gcMajor = 0;
  const loopBusy = performance.eventLoopUtilization(loopUse).utilization;
  globalThis.gc();
  globalThis.gc();
  // After the forced GC: its pause is the probe's, not the window's.
  loopDelay.reset();
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
  const { user, system } = process.cpuUsage();
  const mainCpuUs = mainThreadCpuUs();
  // The next window starts after this probe's forced GCs.
  loopUse = performance.eventLoopUtilization();
  process.send?.({ rss, heapUsed, external, arrayBuffers, cpuUs: user + system, mainCpuUs, loopBusy, loopDelayP99Ms, loopDelayMaxMs, ...gc });
});
// The IPC channel must not keep a server alive after the bench is gone.
process.on('disconnect', () => process.exit(0));

// A server without a SIGTERM handler of its own (the stock one) exits normally on it, so
// `--cpu-prof` writes its profile; ours shuts down gracefully and exits by itself.
process.on('SIGTERM', () => {
  if (process.listenerCount('SIGTERM') === 1) process.exit(0);
});

await import(pathToFileURL(resolve(entry)).href);
