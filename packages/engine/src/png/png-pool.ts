import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** What the functions call: SVG → PNG bytes, abortable. */
export type RenderPng = (svg: string, options?: { signal?: AbortSignal | undefined }) => Promise<Uint8Array>;

export interface PngPoolOptions {
  /** Threads; default `PNG_THREADS` parsed by the caller, else max(1, availableParallelism() − 1). */
  size?: number | undefined;
  /** The thread script. Default: `png-thread.js` beside the bundle, or the `.mjs` shim beside this source file (tsx). */
  entry?: URL;
}

export interface PngPoolStats {
  threads: number;
  busy: number;
  waiting: number;
  /** Tasks handed to a thread so far (aborted-while-waiting ones never are). */
  dispatched: number;
  crashed: number;
}

export interface PngPool {
  readonly size: number;
  render: RenderPng;
  /** `render` plus the thread that did the work. */
  renderOnThread(svg: string, options?: { signal?: AbortSignal | undefined }): Promise<{ png: Uint8Array; threadId: number }>;
  stats(): PngPoolStats;
  /** Refuses new work, fails waiting tasks, lets running ones finish (up to `deadlineMs`), terminates the threads. */
  destroy(options?: { deadlineMs?: number }): Promise<void>;
}

/** Thread protocol: `{id, svg}` in; `{id, ok: true, png: ArrayBuffer (transferred), threadId}` or `{id, ok: false, error}` out. */
type Reply = { id: number; ok: true; png: ArrayBuffer; threadId: number } | { id: number; ok: false; error: { name: string; message: string } };
interface Task {
  id: number;
  svg: string;
  settled: boolean;
  resolve(value: { png: Uint8Array; threadId: number }): void;
  reject(error: unknown): void;
  cleanup(): void;
}
interface Slot {
  worker: Worker;
  task: Task | undefined;
  gone: boolean;
}

/** PNG_THREADS → a thread count, or undefined when unset. @throws on anything but a positive integer. */
export const parsePngThreads = (value: string | undefined): number | undefined => {
  if (value === undefined || value === '') return undefined;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 256) throw new Error(`PNG_THREADS must be an integer from 1 to 256, got "${value}"`);
  return count;
};

const defaultEntry = () => new URL(import.meta.url.endsWith('.ts') ? './png-thread.mjs' : './png-thread.js', import.meta.url);

/**
 * A fixed-size pool of `node:worker_threads` rendering SVG to PNG (resvg is synchronous,
 * tens of ms per frame: on the main thread it would stall the event loop). Threads start
 * on demand up to `size`; a FIFO queue holds the rest. Results come back as transferred
 * ArrayBuffers. A task aborted while waiting is dropped; one aborted while running is
 * rejected at once and its result discarded when the thread finishes. A thread that dies
 * fails its task (`code: 'png_thread_crashed'`) and is replaced.
 */
export function createPngPool(options: PngPoolOptions = {}): PngPool {
  const size = Math.max(1, options.size ?? availableParallelism() - 1);
  const entry = options.entry ?? defaultEntry();
  const slots: Slot[] = [];
  const waiting: Task[] = [];
  let nextId = 1;
  let dispatched = 0;
  let crashed = 0;
  let destroyed = false;
  let onIdle: (() => void) | undefined;

  const settle = (task: Task, outcome: () => void) => {
    if (task.settled) return;
    task.settled = true;
    task.cleanup();
    outcome();
  };
  const release = (slot: Slot) => {
    slot.task = undefined;
    slot.worker.unref();
    if (!slots.some((other) => other.task)) onIdle?.();
    pump();
  };
  const fail = (slot: Slot, reason: string) => {
    if (slot.gone) return;
    slot.gone = true;
    crashed += 1;
    slots.splice(slots.indexOf(slot), 1);
    const task = slot.task;
    if (task) settle(task, () => task.reject(Object.assign(new Error(`PNG render thread crashed: ${reason}`), { code: 'png_thread_crashed' })));
    release(slot); // pump() starts a replacement when work is waiting
  };
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(entry, { name: 'png-render' }), task: undefined, gone: false };
    slot.worker.on('message', (reply: Reply) => {
      const task = slot.task;
      if (!task || reply.id !== task.id) return;
      if (reply.ok) settle(task, () => task.resolve({ png: new Uint8Array(reply.png), threadId: reply.threadId }));
      else settle(task, () => task.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name })));
      release(slot);
    });
    slot.worker.on('error', (error) => fail(slot, error.message));
    slot.worker.on('exit', (code) => fail(slot, `exited with code ${code}`));
    slots.push(slot);
    return slot;
  };
  const pump = () => {
    while (!destroyed && waiting.length > 0) {
      const slot = slots.find((candidate) => !candidate.task) ?? (slots.length < size ? spawn() : undefined);
      if (!slot) return;
      const task = waiting.shift()!;
      slot.task = task;
      slot.worker.ref();
      dispatched += 1;
      slot.worker.postMessage({ id: task.id, svg: task.svg });
    }
  };

  const renderOnThread: PngPool['renderOnThread'] = (svg, { signal } = {}) =>
    new Promise((resolve, reject) => {
      if (destroyed) return reject(new Error('The PNG pool is destroyed'));
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        const index = waiting.indexOf(task);
        if (index >= 0) waiting.splice(index, 1); // waiting: dropped; running: result discarded
        settle(task, () => reject(signal!.reason));
      };
      const task: Task = { id: nextId++, svg, settled: false, resolve, reject, cleanup: () => signal?.removeEventListener('abort', onAbort) };
      signal?.addEventListener('abort', onAbort, { once: true });
      waiting.push(task);
      pump();
    });

  return {
    size,
    renderOnThread,
    render: async (svg, renderOptions) => (await renderOnThread(svg, renderOptions)).png,
    stats: () => ({ threads: slots.length, busy: slots.filter((slot) => slot.task).length, waiting: waiting.length, dispatched, crashed }),
    async destroy({ deadlineMs = 10_000 } = {}) {
      destroyed = true;
      for (const task of waiting.splice(0)) settle(task, () => task.reject(new Error('The PNG pool is destroyed')));
      if (slots.some((slot) => slot.task)) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, deadlineMs);
          onIdle = () => (clearTimeout(timer), resolve());
        });
      }
      await Promise.all(slots.map((slot) => ((slot.gone = true), slot.worker.terminate())));
      for (const slot of slots.splice(0)) if (slot.task) settle(slot.task, () => slot.task!.reject(new Error('The PNG pool is destroyed')));
    },
  };
}
