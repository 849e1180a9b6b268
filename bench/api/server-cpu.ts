import { readdirSync, readFileSync } from 'node:fs';

/**
 * The CPU time (user + system, ms) a child process of this one has used so far, read from
 * /proc (Linux). Per request it is a count, not a timing: it holds on a box shared with
 * other benches, where req/s swings with the load.
 */
export function childCpuMs(command: RegExp): () => number | undefined {
  let pid: number | undefined;
  const find = () => {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(fields[1]) !== process.pid) continue;
        if (command.test(readFileSync(`/proc/${entry}/cmdline`, 'utf8'))) return Number(entry);
      } catch {
        // The process ended while we looked.
      }
    }
    return undefined;
  };
  return () => {
    pid ??= find();
    if (pid === undefined) return undefined;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // After the command's closing parenthesis: state is field 3, utime 14, stime 15 (clock ticks, 100 Hz).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      return undefined;
    }
  };
}
