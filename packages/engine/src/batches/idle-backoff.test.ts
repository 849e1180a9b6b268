import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startIdleBackoff, type IdleBackoff, type PassOutcome } from './idle-backoff.js';

describe('idle back-off', () => {
  let poll: IdleBackoff | undefined;
  let passes: number[];
  let outcome: PassOutcome;
  let errors: unknown[];
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
    passes = [];
    outcome = 'idle';
    errors = [];
  });
  afterEach(() => {
    poll?.stop();
    vi.useRealTimers();
  });
  const start = (pass: () => Promise<PassOutcome> = async () => outcome) => {
    poll = startIdleBackoff({
      pass: () => {
        passes.push(Date.now());
        return pass();
      },
      busyMs: 100,
      idleMaxMs: 800,
      onError: (error) => errors.push(error),
    });
    return poll;
  };

  it('doubles the delay while idle up to the maximum, and polls at the busy interval while busy', async () => {
    start();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(passes).toEqual([100, 300, 700, 1_500, 2_300]);
    outcome = 'busy';
    await vi.advanceTimersByTimeAsync(1_000);
    expect(passes.slice(5)).toEqual([3_100, 3_200, 3_300, 3_400, 3_500, 3_600, 3_700, 3_800, 3_900, 4_000]);
    outcome = 'idle';
    await vi.advanceTimersByTimeAsync(1_000);
    expect(passes.slice(15)).toEqual([4_100, 4_300, 4_700]);
  });

  it('runs a pass at once when woken, then backs off from the busy interval again', async () => {
    start();
    await vi.advanceTimersByTimeAsync(3_000);
    passes = [];
    poll!.wake();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(passes).toEqual([3_000, 3_200, 3_600]);
  });

  it('runs one more pass after the running one when woken during it', async () => {
    let finish: (() => void) | undefined;
    start(() => new Promise<PassOutcome>((resolve) => (finish = () => resolve('idle'))));
    await vi.advanceTimersByTimeAsync(100);
    expect(passes).toEqual([100]);
    poll!.wake();
    poll!.wake();
    expect(passes).toEqual([100]);
    finish!();
    await vi.advanceTimersByTimeAsync(0);
    expect(passes).toEqual([100, 100]);
  });

  it('runs by the time it was asked to, even while backed off', async () => {
    start();
    await vi.advanceTimersByTimeAsync(3_000);
    passes = [];
    poll!.wakeBy(3_050);
    poll!.wakeBy(3_700); // later than the one already wanted: no change
    await vi.advanceTimersByTimeAsync(100);
    expect(passes).toEqual([3_050]);
  });

  it('backs off after a failed pass and stops polling when stopped', async () => {
    start(async () => {
      throw new Error('database down');
    });
    await vi.advanceTimersByTimeAsync(800);
    expect(passes).toEqual([100, 300, 700]);
    expect(errors).toHaveLength(3);
    poll!.stop();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(passes).toHaveLength(3);
  });
});
