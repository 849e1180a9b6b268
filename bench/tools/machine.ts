import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

/** The machine a bench ran on, as every section names it. */
export function describeMachine(): { cores: number; cpu: string; memoryGiB: number; node: string; load1: number } {
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'CPU',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    load1: Math.round(loadavg()[0]! * 100) / 100,
  };
}

export const machineLine = (machine = describeMachine()): string =>
  `${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}, load average ${machine.load1}`;
