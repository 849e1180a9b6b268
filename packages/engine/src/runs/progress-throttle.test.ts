import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttleProgress } from './progress-throttle.js';

describe('throttleProgress', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the first report at once and the latest of a burst after the interval', () => {
    const sent: [number, string | undefined][] = [];
    const { report } = throttleProgress((fraction, message) => sent.push([fraction, message]), 250);
    report(0.1, 'a');
    report(0.2, 'b');
    report(0.3, 'c');
    expect(sent).toEqual([[0.1, 'a']]);
    vi.advanceTimersByTime(249);
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([
      [0.1, 'a'],
      [0.3, 'c'],
    ]);
  });

  it('never goes back, clamps to 0…1 and drops non-finite fractions', () => {
    const sent: number[] = [];
    const { report } = throttleProgress((fraction) => sent.push(fraction), 0);
    report(0.5);
    report(0.2);
    report(Number.NaN);
    report(7);
    report(-1);
    expect(sent).toEqual([0.5, 0.5, 1, 1]);
  });

  it('drops a pending report once stopped', () => {
    const sent: number[] = [];
    const throttle = throttleProgress((fraction) => sent.push(fraction), 250);
    throttle.report(0.1);
    throttle.report(0.9);
    throttle.stop();
    vi.advanceTimersByTime(1_000);
    throttle.report(1);
    expect(sent).toEqual([0.1]);
  });
});
