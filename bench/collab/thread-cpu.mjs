/*
 * CPU time of this process's threads, by group (Linux: /proc/self/task/<tid>/stat). The
 * threads that exist when this module is loaded are Node's and V8's own (V8's platform
 * workers: parallel scavenges, concurrent marking, background compilation — of JavaScript
 * and of WASM); the ones started later are the program's (ours: the embedded database's
 * thread) and libuv's pool. Used by server-host.mjs and db-append.ts, so "the database
 * thread costs X" is measured rather than inferred.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const clockTicksPerSecond = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/** One thread's user + system time, µs (10 ms ticks); 0 when it ended meanwhile. */
export function threadCpuUs(tid) {
  try {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from the 3rd on: utime and stime are the 12th and 13th
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / clockTicksPerSecond;
  } catch {
    return 0;
  }
}

const threadIds = () => readdirSync('/proc/self/task').map(Number);
const runtimeThreads = new Set(threadIds().filter((tid) => tid !== process.pid));

/** CPU time so far of the main thread, of the runtime's threads and of the threads started since this module loaded, µs. */
export function threadGroupCpuUs() {
  let runtime = 0;
  let started = 0;
  for (const tid of threadIds()) {
    if (tid === process.pid) continue;
    if (runtimeThreads.has(tid)) runtime += threadCpuUs(tid);
    else started += threadCpuUs(tid);
  }
  return { mainCpuUs: threadCpuUs(process.pid), runtimeThreadsCpuUs: runtime, startedThreadsCpuUs: started };
}
