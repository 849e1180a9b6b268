/** A node's progress as a function reports it: a fraction 0…1 and an optional line for people. */
export type ProgressReport = (fraction: number, message?: string) => void;

/**
 * Rate-limits progress reports to one per `intervalMs` (the first at once, the latest
 * of a burst after the interval: a ComfyUI sampler reports every step, people need a few
 * updates a second). Fractions never go back and are clamped to 0…1; non-finite ones are
 * dropped. `stop` drops a pending report (the node finished: its status event follows).
 */
export const throttleProgress = (emit: (fraction: number, message: string | undefined) => void, intervalMs: number) => {
  let last = Number.NEGATIVE_INFINITY;
  let highest = 0;
  let pending: { fraction: number; message: string | undefined } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const send = () => {
    timer = undefined;
    if (!pending || stopped) return;
    last = Date.now();
    const { fraction, message } = pending;
    pending = undefined;
    emit(fraction, message);
  };

  const report: ProgressReport = (fraction, message) => {
    if (stopped || !Number.isFinite(fraction)) return;
    highest = Math.max(highest, Math.min(1, Math.max(0, fraction)));
    pending = { fraction: highest, message: message?.slice(0, 200) };
    const wait = last + intervalMs - Date.now();
    if (wait <= 0) send();
    else timer ??= setTimeout(send, wait);
  };

  return {
    report,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
};
