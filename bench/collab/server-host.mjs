/*
 * Runs a collab server (ours or the stock one) for the bench under `node --expose-gc`
 * and answers the bench's probes over IPC: a forced GC (not at a window's edges), then RSS, heap and CPU time of
 * this very process (so idle memory per connection is not GC timing noise), and its
 * event-loop delay since the previous probe. `process.cpuUsage()` counts every thread of
 * the process (ours runs embedded PGlite in a worker thread), so the probe also reports
 * the main thread's own CPU time (Linux: /proc/self/task/<pid>/stat) and the event loop's
 * busy fraction since the previous probe (`performance.eventLoopUtilization()`).
 *
 *   node --expose-gc server-host.mjs <server entry>
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, resolve } from 'node:path';
import { constants, monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
// Loaded before the server: the threads that exist now are the runtime's (thread-cpu.mjs).
import { threadGroupCpuUs } from './thread-cpu.mjs';

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

let loopUse = performance.eventLoopUtilization();

// BENCH_PROFILE_DIR: the main thread's CPU profile of one window only (run.ts sends
// 'profile-start' and 'profile-stop:<name>' around it), not of the whole run.
let profiler;
const profileDir = process.env.BENCH_PROFILE_DIR;
process.on('message', async (message) => {
  if (typeof message !== 'string' || !profileDir) return;
  if (message === 'profile-start') {
    profiler = new Session();
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.setSamplingInterval', { interval: 200 });
    await profiler.post('Profiler.start');
  } else if (message.startsWith('profile-stop:') && profiler) {
    const { profile } = await profiler.post('Profiler.stop');
    profiler.disconnect();
    profiler = undefined;
    writeFileSync(join(profileDir, `${message.slice('profile-stop:'.length)}-${process.pid}.cpuprofile`), JSON.stringify(profile));
    process.send?.('profile-written');
  }
});

/*
 * 'probe': two forced GCs first, then the figures — for idle memory, so it is not GC timing
 * noise. 'sample': the same figures without a GC — for the edges of a fan-out window: a
 * forced GC at its end would count its own CPU (a full mark of the server's heap, on the
 * main thread and V8's helper threads) in the window, and one at its start would make V8
 * drop optimised code whose embedded maps it collected ("weak objects" deopts) and compile
 * it again inside the window. Neither happens to a server in production.
 */
process.on('message', (message) => {
  if (message !== 'probe' && message !== 'sample') return;
  const loopDelayP99Ms = loopDelay.percentile(99) / 1e6;
  const loopDelayMaxMs = loopDelay.max / 1e6;
  const gc = { gcMaxPauseMs: gcMaxMs, gcTotalPauseMs: gcTotalMs, gcMinor, gcMajor };
  gcMaxMs = gcTotalMs = gcMinor = gcMajor = 0;
  const loopBusy = performance.eventLoopUtilization(loopUse).utilization;
  if (message === 'probe') {
    globalThis.gc();
    globalThis.gc();
  }
  // After the forced GC: its pause is the probe's, not the window's.
  loopDelay.reset();
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
  const { user, system } = process.cpuUsage();
  const threads = threadGroupCpuUs();
  // The next window starts after this probe's forced GCs.
  loopUse = performance.eventLoopUtilization();
  process.send?.({ rss, heapUsed, external, arrayBuffers, cpuUs: user + system, ...threads, loopBusy, loopDelayP99Ms, loopDelayMaxMs, ...gc });
});
// The IPC channel must not keep a server alive after the bench is gone.
process.on('disconnect', () => process.exit(0));

// A server without a SIGTERM handler of its own (the stock one) exits normally on it, so
// `--cpu-prof` writes its profile; ours shuts down gracefully and exits by itself.
process.on('SIGTERM', () => {
  if (process.listenerCount('SIGTERM') === 1) process.exit(0);
});

await import(pathToFileURL(resolve(entry)).href);
