import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { QueryOptions, Results } from '@electric-sql/pglite';
import { reviveError } from './errors.js';
import type { Ready, Reply, Request, ThreadData } from './protocol.js';

/** The part of PGlite's API that drizzle-orm/pglite, raw-rows.ts and the migrator use. */
export interface PgliteQueries {
  query<T>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
  exec(text: string, options?: QueryOptions): Promise<Results[]>;
}

export interface PgliteThreadTransaction extends PgliteQueries {
  rollback(): Promise<void>;
  readonly closed: boolean;
}

/**
 * PGlite, running in its own thread, behind the subset of PGlite's interface this package
 * uses. Statements keep PGlite's order and semantics: one at a time, and a transaction holds
 * off every statement outside it until it ends (its function runs here, its statements there).
 */
export interface PgliteThreadClient extends PgliteQueries {
  transaction<T>(body: (tx: PgliteThreadTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly closed: boolean;
  /** The thread itself (tests end it to check that pending queries fail). */
  readonly worker: Worker;
}

/**
 * The thread's JS heap holds little for long (messages, result rows on their way out; the
 * database lives in WASM memory): a small young generation keeps the garbage it may hold
 * between scavenges to a few MiB, where V8's default lets it grow to tens of MiB of RSS.
 */
const THREAD_HEAP_LIMITS = { maxYoungGenerationSizeMb: 4 };

const defaultEntry = () => new URL(import.meta.url.endsWith('.ts') ? './thread.mjs' : './pglite-thread.js', import.meta.url);

/** Raised for every query pending when the thread ends, and every query sent after. */
export class PgliteThreadGoneError extends Error {
  readonly code = 'pglite_thread_gone';
  constructor(reason: string) {
    super(`The embedded database thread is gone (${reason})`);
    this.name = 'PgliteThreadGoneError';
  }
}

type Pending = { resolve(value: unknown): void; reject(error: Error): void };
type Unsent<R> = R extends unknown ? Omit<R, 'id'> : never;

/**
 * Starts PGlite in a worker thread on `location` (a directory, or `memory://`) and resolves
 * once it is open. `entry` overrides the thread script (default: `pglite-thread.js` beside
 * the bundle, or `thread.mjs` beside this source file under tsx/vitest).
 *
 * A data directory that has no cluster yet is created (initdb) in a thread of its own that
 * then ends: initdb leaves hundreds of MiB of WASM memory behind as garbage, and a database
 * thread allocates too little for V8 to collect it soon (≈ 350 MiB of RSS held, measured).
 * Ending the thread frees it at once; the reopen costs well under a second, once.
 */
export async function openPgliteThread(location: string, entry: URL = defaultEntry()): Promise<PgliteThreadClient> {
  if (!location.startsWith('memory://') && !existsSync(join(location, 'PG_VERSION'))) {
    await connect(await startThread(location, entry)).close();
  }
  return connect(await startThread(location, entry));
}

async function startThread(location: string, entry: URL): Promise<Worker> {
  const worker = new Worker(entry, { name: 'pglite', workerData: { location } satisfies ThreadData, resourceLimits: THREAD_HEAP_LIMITS });
  await new Promise<void>((resolve, reject) => {
    const onExit = (code: number) => reject(new PgliteThreadGoneError(`exited with code ${code} while opening`));
    worker.once('error', reject);
    worker.once('exit', onExit);
    worker.once('message', (ready: Ready) => {
      worker.off('error', reject);
      worker.off('exit', onExit);
      if (ready.ready) resolve();
      else {
        reject(reviveError(ready.error));
        void worker.terminate();
      }
    });
  });
  return worker;
}

function connect(worker: Worker): PgliteThreadClient {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let gone: PgliteThreadGoneError | undefined;
  let closing: Promise<void> | undefined;

  // Idle, the thread must not keep the process alive (an in-process PGlite does not either).
  worker.unref();
  const failAll = (reason: string) => {
    gone ??= new PgliteThreadGoneError(reason);
    for (const waiter of pending.values()) waiter.reject(gone);
    pending.clear();
  };
  worker.on('message', (reply: Reply) => {
    const waiter = pending.get(reply.id);
    if (!waiter) return;
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    if (reply.ok) waiter.resolve(reply.value);
    else waiter.reject(reviveError(reply.error));
  });
  worker.on('error', (error) => failAll(`crashed: ${error.message}`));
  worker.on('exit', (code) => failAll(closing ? 'closed' : `exited with code ${code}`));

  const send = <T>(request: Unsent<Request>): Promise<T> => {
    if (gone) return Promise.reject(gone);
    // Closing, a transaction already open may still end: PGlite's close waits for it, so
    // refusing its COMMIT/ROLLBACK would hang the close for good.
    if (closing && request.op !== 'close' && request.op !== 'end' && request.op !== 'rollback') return Promise.reject(new PgliteThreadGoneError('closed'));
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      if (pending.size === 0) worker.ref();
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...request, id });
    });
  };

  const queriesIn = (txId: number | undefined): PgliteQueries => ({
    query: <T>(text: string, params: unknown[] = [], options?: QueryOptions) => query<T>(txId, text, params, options),
    exec: (text: string, options?: QueryOptions) => {
      refuseFunctions(options);
      return send<Results[]>({ op: 'exec', txId, text });
    },
  });

  const query = async <T>(txId: number | undefined, text: string, params: unknown[], options: QueryOptions | undefined): Promise<Results<T>> => {
    refuseFunctions(options);
    const parsers = options?.parsers;
    const rawTypes = parsers ? Object.keys(parsers).map(Number) : [];
    const result = await send<Results<T>>({ op: 'query', txId, text, params, rowMode: options?.rowMode, paramTypes: options?.paramTypes, rawTypes });
    if (parsers && rawTypes.length > 0) applyParsers(result, parsers);
    return result;
  };

  const transaction = async <T>(body: (tx: PgliteThreadTransaction) => Promise<T>): Promise<T> => {
    const txId = await send<number>({ op: 'begin' });
    let ended = false;
    const tx: PgliteThreadTransaction = {
      ...queriesIn(txId),
      rollback: async () => {
        await send<void>({ op: 'rollback', txId });
        ended = true;
      },
      get closed() {
        return ended;
      },
    };
    let result: T;
    try {
      result = await body(tx);
    } catch (error) {
      // The thread rolls back (unless tx.rollback() already did); the caller sees its own error.
      await send<void>({ op: 'end', txId, commit: false }).catch(() => undefined);
      throw error;
    }
    await send<void>({ op: 'end', txId, commit: true });
    ended = true;
    return result;
  };

  return {
    ...queriesIn(undefined),
    transaction,
    close: () =>
      (closing ??= (async () => {
        if (gone) return;
        await send<void>({ op: 'close' });
        // Held until the thread has ended: the caller awaits it.
        worker.ref();
        await new Promise<void>((resolve) => (gone ? resolve() : worker.once('exit', () => resolve())));
      })()),
    get closed() {
      return closing !== undefined || gone !== undefined;
    },
    worker,
  };
}

/** Options that hold functions cannot cross to the thread; only `parsers` is reproduced (by type OID). */
function refuseFunctions(options: QueryOptions | undefined): void {
  if (options?.serializers || options?.blob || options?.onNotice) {
    throw new Error('The embedded database thread takes no serializers, blob or onNotice options');
  }
}

/** Runs the caller's parsers on the columns the thread left as text, as PGlite would have. */
function applyParsers(result: Results<unknown>, parsers: NonNullable<QueryOptions['parsers']>): void {
  const columns: { index: number; name: string; parse: (value: string, type: number) => unknown; type: number }[] = [];
  result.fields.forEach((field, index) => {
    const parse = parsers[field.dataTypeID];
    if (parse) columns.push({ index, name: field.name, parse, type: field.dataTypeID });
  });
  if (columns.length === 0) return;
  for (const row of result.rows as Record<string | number, unknown>[]) {
    for (const { index, name, parse, type } of columns) {
      const key = Array.isArray(row) ? index : name;
      const value = row[key];
      if (typeof value === 'string') row[key] = parse(value, type);
    }
  }
}
