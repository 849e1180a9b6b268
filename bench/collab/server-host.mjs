/*
 * Runs a collab server (ours or the stock one) for the bench under `node --expose-gc`
 * and answers the bench's probes over IPC: a forced GC, then RSS, heap and CPU time of
 * this very process, so idle memory per connection is not GC timing noise.
 *
 *   node --expose-gc server-host.mjs <server entry>
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const entry = process.argv[2];
if (!entry) throw new Error('usage: server-host.mjs <server entry>');
if (typeof globalThis.gc !== 'function') throw new Error('run with --expose-gc');

process.on('message', (message) => {
  if (message !== 'probe') return;
  globalThis.gc();
  globalThis.gc();
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
  const { user, system } = process.cpuUsage();
  process.send?.({ rss, heapUsed, external, arrayBuffers, cpuUs: user + system });
});
// The IPC channel must not keep a server alive after the bench is gone.
process.on('disconnect', () => process.exit(0));

await import(pathToFileURL(resolve(entry)).href);
