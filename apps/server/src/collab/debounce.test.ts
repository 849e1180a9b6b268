import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Debounce } from './debounce.js';

describe('Debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, waitMs after the last touch', () => {
    const run = vi.fn();
    const debounce = new Debounce(run, 100);
    debounce.touch();
    vi.advanceTimersByTime(60);
    debounce.touch();
    vi.advanceTimersByTime(60);
    expect(run).not.toHaveBeenCalled();
    expect(debounce.pending).toBe(true);
    vi.advanceTimersByTime(40);
    expect(run).toHaveBeenCalledTimes(1);
    expect(debounce.pending).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at most maxWaitMs after the first touch, however busy', () => {
    const run = vi.fn();
    const debounce = new Debounce(run, 100, 250);
    for (let t = 0; t < 240; t += 20) {
      debounce.touch();
      vi.advanceTimersByTime(20);
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10);
    expect(run).toHaveBeenCalledTimes(1);
    // Touches after a run start a new period.
    debounce.touch();
    vi.advanceTimersByTime(99);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('forgets pending touches when cancelled', () => {
    const run = vi.fn();
    const debounce = new Debounce(run, 100);
    debounce.touch();
    debounce.cancel();
    vi.advanceTimersByTime(1_000);
    expect(run).not.toHaveBeenCalled();
    expect(debounce.pending).toBe(false);
  });
});
