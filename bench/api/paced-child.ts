/**
 * The paced load generator as a process of its own (forked by paced-process.ts): it gets
 * its options over IPC, runs, answers its result and exits.
 */
import { pacedLoad, type PacedOptions } from './paced.js';

process.once('message', (options: PacedOptions) => {
  void pacedLoad(options).then((result) => process.send!(result, () => process.exit(0)));
});
