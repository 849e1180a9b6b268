import { describe, expect, it, vi } from 'vitest';
import { runGraph } from './run-actions.js';
import type { RunSession } from './run-session.js';
import { createRunStore } from './run-store.js';

describe('runGraph', () => {
  it('starts one run for a double click: the second press while the first is starting is ignored', async () => {
    let accept: (id: string) => void = () => {};
    const start = vi.fn(() => new Promise<string>((resolve) => (accept = resolve)));
    const session = { start } as unknown as RunSession;
    const canvas = { runs: createRunStore() };

    const first = runGraph({ canvas, connection: null, session });
    const second = runGraph({ canvas, connection: null, session });
    await expect(second).resolves.toBe(false);
    accept('run1');
    await expect(first).resolves.toBe(true);
    expect(start).toHaveBeenCalledTimes(1);

    // Once started, the next press is a run of its own.
    const third = runGraph({ canvas, connection: null, session });
    accept('run2');
    await expect(third).resolves.toBe(true);
    expect(start).toHaveBeenCalledTimes(2);
  });
});
