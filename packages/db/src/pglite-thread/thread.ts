/*
 * The embedded database's thread: PGlite (WASM, one connection) runs here so that its
 * statements never block the server's event loop. client.ts stands in for it on the main
 * thread. Bundled as `pglite-thread.js` next to the server's `main.js`; under tsx/vitest,
 * `thread.mjs` loads this file through tsx.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type QueryOptions, type Transaction } from '@electric-sql/pglite';
import { serialiseError } from './errors.js';
import type { Ready, Reply, Request, ThreadData } from './protocol.js';

if (!parentPort) throw new Error('pglite-thread must run in a worker thread');
const port = parentPort;
const { location } = workerData as ThreadData;

/** An open transaction: PGlite's handle, and how to let its function return (commit) or throw (roll back). */
interface OpenTransaction {
  readonly tx: Transaction;
  readonly finish: (commit: boolean) => Promise<void>;
}

const keepText = (value: string): string => value;
const rawParsers = new Map<string, QueryOptions['parsers']>();

/** Identity parsers for the OIDs the caller parses itself; one object per distinct list (drizzle sends two). */
const parsersKeepingText = (types: readonly number[]): QueryOptions['parsers'] => {
  if (types.length === 0) return undefined;
  const key = types.join(',');
  let parsers = rawParsers.get(key);
  if (!parsers) {
    parsers = Object.fromEntries(types.map((type) => [type, keepText]));
    rawParsers.set(key, parsers);
  }
  return parsers;
};

/** A rollback requested by the client: thrown out of the transaction's function, never reported. */
const rollbackRequested = Symbol('rollback requested');

async function main(): Promise<void> {
  let pg: PGlite;
  try {
    pg = await PGlite.create(location);
  } catch (error) {
    port.postMessage({ ready: false, error: serialiseError(error) } satisfies Ready);
    return;
  }
  const transactions = new Map<number, OpenTransaction>();
  let nextTxId = 1;

  /** Starts a transaction and resolves once BEGIN has run; the transaction stays open until `finish`. */
  const begin = (): Promise<number> =>
    new Promise((opened, failedToOpen) => {
      let settleBody: ((commit: boolean) => void) | undefined;
      const body = new Promise<void>((resolve, reject) => {
        settleBody = (commit) => (commit ? resolve() : reject(rollbackRequested));
      });
      const txId = nextTxId++;
      const done: Promise<void> = pg
        .transaction(async (tx) => {
          transactions.set(txId, { tx, finish: (commit) => (settleBody!(commit), done) });
          opened(txId);
          await body;
        })
        .then(
          () => undefined,
          (error: unknown) => {
            if (error !== rollbackRequested) throw error;
          },
        )
        .finally(() => transactions.delete(txId));
      done.catch(failedToOpen); // BEGIN failing rejects before `opened`; later failures go to `finish`
    });

  const openTransaction = (txId: number): OpenTransaction => {
    const open = transactions.get(txId);
    if (!open) throw new Error(`Transaction ${txId} is not open`);
    return open;
  };

  const handle = async (request: Request): Promise<unknown> => {
    switch (request.op) {
      case 'query': {
        const target = request.txId === undefined ? pg : openTransaction(request.txId).tx;
        const options: QueryOptions = { rowMode: request.rowMode, parsers: parsersKeepingText(request.rawTypes) };
        if (request.paramTypes) options.paramTypes = [...request.paramTypes];
        return target.query(request.text, [...request.params], options);
      }
      case 'exec':
        return (request.txId === undefined ? pg : openTransaction(request.txId).tx).exec(request.text);
      case 'begin':
        return begin();
      case 'end':
        return openTransaction(request.txId).finish(request.commit);
      case 'rollback':
        return openTransaction(request.txId).tx.rollback();
      case 'close':
        await pg.close();
        // Nothing more to answer: let the thread end once this reply is out.
        setImmediate(() => port.close());
        return undefined;
    }
  };

  port.on('message', (request: Request) => {
    handle(request).then(
      (value) => port.postMessage({ id: request.id, ok: true, value } satisfies Reply),
      (error: unknown) => port.postMessage({ id: request.id, ok: false, error: serialiseError(error) } satisfies Reply),
    );
  });
  port.postMessage({ ready: true } satisfies Ready);
}

void main();
