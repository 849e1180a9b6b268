import { threadId } from 'node:worker_threads';
import { renderPng } from '@pc/functions/render-png';
import { afterEach, describe, expect, it } from 'vitest';
import { createPngPool, parsePngThreads, type PngPool } from './png-pool.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const svgOf = (label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180" viewBox="0 0 320 180"><rect x="10" y="10" width="300" height="160" fill="#dde"/><text x="20" y="100" font-family="DejaVu Sans" font-size="24">${label}</text></svg>`;
const fake = new URL('../testing/png-fake-thread.mjs', import.meta.url);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('createPngPool', () => {
  let pool: PngPool | undefined;
  afterEach(async () => {
    await pool?.destroy({ deadlineMs: 1_000 });
    pool = undefined;
  });

  it('renders real SVGs to PNG on other threads (the default entry, through tsx), same bytes as in-process', async () => {
    pool = createPngPool({ size: 2 });
    const labels = ['INT. HARBOUR - DAWN', 'EXT. PIER - DUSK', 'Shot 1A', 'Shot 2A', 'Shot 3A'];
    const results = await Promise.all(labels.map((label) => pool!.renderOnThread(svgOf(label))));
    for (const [index, { png, threadId: renderedOn }] of results.entries()) {
      expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(renderedOn).not.toBe(threadId); // not this (the event loop's) thread
      expect(png).toEqual(await renderPng(svgOf(labels[index]!)));
    }
    expect(new Set(results.map((result) => result.threadId)).size).toBeLessThanOrEqual(2);
    expect(pool.stats()).toMatchObject({ threads: 2, busy: 0, waiting: 0, dispatched: 5, crashed: 0 });
  });

  it('drops a task aborted while waiting; discards the result of one aborted while running', async () => {
    pool = createPngPool({ size: 1, entry: fake });
    const running = new AbortController();
    const first = pool.render('slow:150', { signal: running.signal });
    const waitingAbort = new AbortController();
    const second = pool.render('never', { signal: waitingAbort.signal });
    const third = pool.render('after');
    expect(pool.stats()).toMatchObject({ busy: 1, waiting: 2 });
    waitingAbort.abort(new Error('not needed'));
    await expect(second).rejects.toThrow('not needed');
    running.abort(new Error('cancelled'));
    await expect(first).rejects.toThrow('cancelled'); // at once, while the thread still works
    expect(text(await third)).toBe('after'); // the thread finished the slow one first, then this
    expect(pool.stats()).toMatchObject({ dispatched: 2, crashed: 0 }); // 'never' never reached a thread
    await expect(pool.render('x', { signal: AbortSignal.abort(new Error('early')) })).rejects.toThrow('early');
  });

  it('fails the task of a crashed thread with a clear error and replaces the thread', async () => {
    pool = createPngPool({ size: 1, entry: fake });
    const before = await pool.renderOnThread('hello');
    await expect(pool.render('crash')).rejects.toMatchObject({ code: 'png_thread_crashed', message: expect.stringMatching(/PNG render thread crashed: exited with code 3/) });
    await expect(pool.render('throw')).rejects.toThrow(/PNG render thread crashed: boom in the thread/);
    const after = await pool.renderOnThread('again');
    expect(text(after.png)).toBe('again');
    expect(after.threadId).not.toBe(before.threadId);
    expect(pool.stats()).toMatchObject({ threads: 1, crashed: 2 });
  });

  it('destroys gracefully: waiting tasks fail, the running one finishes, new work is refused', async () => {
    pool = createPngPool({ size: 1, entry: fake });
    const running = pool.render('slow:100');
    const waiting = pool.render('queued');
    const destroyed = pool.destroy();
    await expect(waiting).rejects.toThrow('destroyed');
    expect(text(await running)).toBe('slow:100');
    await destroyed;
    expect(pool.stats().threads).toBe(0);
    await expect(pool.render('late')).rejects.toThrow('destroyed');
  });

  it('parses PNG_THREADS', () => {
    expect(parsePngThreads(undefined)).toBeUndefined();
    expect(parsePngThreads('')).toBeUndefined();
    expect(parsePngThreads('3')).toBe(3);
    expect(() => parsePngThreads('0')).toThrow('PNG_THREADS');
    expect(() => parsePngThreads('two')).toThrow('PNG_THREADS');
  });
});
