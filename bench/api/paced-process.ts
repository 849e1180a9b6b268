import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PacedOptions, PacedResult } from './paced.js';

const childEntry = path.join(path.dirname(fileURLToPath(import.meta.url)), 'paced-child.ts');

/**
 * Runs the paced load in a fresh process: nothing of the bench process (autocannon's
 * leftovers, its heap and GC) shares the generator's event loop, so its latencies are the
 * server's plus the network's. `execArgv` carries tsx's loader to the child.
 */
export function pacedLoadInOwnProcess(options: PacedOptions): Promise<PacedResult> {
  return new Promise((resolve, reject) => {
    const child = fork(childEntry, [], { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: PacedResult | undefined;
    child.once('message', (message: PacedResult) => (result = message));
    child.once('error', reject);
    child.once('exit', (code) => (result ? resolve(result) : reject(new Error(`paced load generator exited with ${code} and no result`))));
    child.send(options);
  });
}
