/**
 * A trailing debounce that is cheap to touch: a busy room touches it on every update (tens
 * a second), and clearing and re-creating a timer each time showed in the server's CPU
 * profile. Here a touch only records the time; the one timer, when it fires before the
 * quiet period is over, re-arms itself for what is left.
 */
export class Debounce {
  private timer: NodeJS.Timeout | undefined;
  private firstAt = 0;
  private lastAt = 0;

  constructor(
    private readonly run: () => void,
    /** Runs this long after the last touch… */
    private readonly waitMs: number,
    /** …and at most this long after the first touch since it last ran. */
    private readonly maxWaitMs = Number.POSITIVE_INFINITY,
    private readonly now: () => number = Date.now,
  ) {}

  touch(): void {
    const at = this.now();
    this.lastAt = at;
    if (this.timer !== undefined) return;
    this.firstAt = at;
    this.timer = setTimeout(this.fire, Math.min(this.waitMs, this.maxWaitMs));
  }

  /** Forgets pending touches (the work was done some other way, or the owner is closing). */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  get pending(): boolean {
    return this.timer !== undefined;
  }

  private readonly fire = (): void => {
    const dueAt = Math.min(this.lastAt + this.waitMs, this.firstAt + this.maxWaitMs);
    const left = dueAt - this.now();
    if (left > 0) {
      this.timer = setTimeout(this.fire, left);
      return;
    }
    this.timer = undefined;
    this.run();
  };
}
