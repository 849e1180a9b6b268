/** What a pass found: work still pending (poll again soon) or none (back off). */
export type PassOutcome = 'busy' | 'idle';

export interface IdleBackoffOptions {
  /** One pass over the database; its outcome sets the delay before the next. */
  pass: () => Promise<PassOutcome>;
  /** Delay after a busy pass, and the first step of the back-off. */
  busyMs: number;
  /** The longest delay while idle: the bound on noticing work this process was not told about. */
  idleMaxMs: number;
  /** A pass that threw counts as idle (a database that is down is not polled harder). */
  onError: (error: unknown) => void;
}

export interface IdleBackoff {
  /** Runs a pass now (after the one running, if any) and polls at the busy interval again. */
  wake(): void;
  /** Makes sure a pass runs by `at` (epoch ms): a webhook retry this process scheduled. */
  wakeBy(at: number): void;
  stop(): void;
}

/**
 * Polls with `pass` every `busyMs` while it finds work, and doubles the delay up to
 * `idleMaxMs` while it finds none: an idle process costs one pass every few seconds
 * instead of one a second. Local signals (a batch submitted, retried or cancelled here,
 * an item finished here) wake it at once, so only work from another process waits for
 * the slow poll. One pass at a time; a wake during a pass runs one more right after it.
 */
export function startIdleBackoff(options: IdleBackoffOptions): IdleBackoff {
  let delay = options.busyMs;
  let timer: NodeJS.Timeout | undefined;
  let dueAt = Infinity;
  let running = false;
  let rerun = false;
  let stopped = false;

  const schedule = (at: number) => {
    if (stopped) return;
    clearTimeout(timer);
    dueAt = at;
    timer = setTimeout(run, Math.max(0, at - Date.now()));
    timer.unref?.();
  };

  const run = async (): Promise<void> => {
    if (running) {
      rerun = true;
      return;
    }
    running = true;
    clearTimeout(timer);
    dueAt = Infinity;
    let outcome: PassOutcome = 'idle';
    try {
      outcome = await options.pass();
    } catch (error) {
      options.onError(error);
    }
    running = false;
    if (stopped) return;
    if (rerun) {
      rerun = false;
      delay = options.busyMs;
      return run();
    }
    delay = outcome === 'busy' ? options.busyMs : Math.min(delay * 2, options.idleMaxMs);
    // A wakeBy during the pass may already want an earlier one.
    schedule(Math.min(dueAt, Date.now() + delay));
  };

  schedule(Date.now() + delay);
  return {
    wake() {
      delay = options.busyMs;
      void run();
    },
    wakeBy(at) {
      if (running) dueAt = Math.min(dueAt, at);
      else if (at < dueAt) schedule(at);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
