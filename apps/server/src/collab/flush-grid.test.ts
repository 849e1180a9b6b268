import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FlushGrid } from './flush-grid.js';

describe('FlushGrid', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_030 }));
  afterEach(() => vi.useRealTimers());

  it('runs every task aimed at the same tick from one timer, at the tick', () => {
    const grid = new FlushGrid(100);
    const order: string[] = [];
    grid.schedule(() => order.push('a'));
    vi.advanceTimersByTime(30);
    grid.schedule(() => order.push('b'));
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(39);
    expect(order).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(order).toEqual(['a', 'b']);
    expect(Date.now() % 100).toBe(0);
  });

  it('aims a task scheduled on a tick at the next one, and lets a task be taken back', () => {
    const grid = new FlushGrid(100);
    vi.advanceTimersByTime(70);
    const ran: string[] = [];
    grid.schedule(() => ran.push('next'));
    const cancel = grid.schedule(() => ran.push('cancelled'));
    cancel();
    vi.advanceTimersByTime(100);
    expect(ran).toEqual(['next']);
  });
});
