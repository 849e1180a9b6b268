import { appendGraphDocUpdates, type Db } from '@pc/db';

/** Appends one row to a graph's update log; settles when it is written (or failed). */
export type AppendUpdate = (graphId: string, update: Uint8Array) => Promise<void>;

interface PendingRow {
  graphId: string;
  update: Uint8Array;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Writes the flushes of every room that fall due in the same turn of the event loop as
 * one insert. Rooms flush on a shared grid (Room), so ten busy graphs cost one statement
 * per flush interval instead of ten: on embedded PGlite every statement runs on the
 * event loop that also fans updates out. A failed batch is retried row by row, so a
 * graph deleted meanwhile fails only its own flush (the room keeps and retries it).
 */
export function createUpdateBatcher(db: Db, serialised: boolean): AppendUpdate {
  let queue: PendingRow[] = [];

  const write = async (batch: PendingRow[]): Promise<void> => {
    try {
      await appendGraphDocUpdates(db, batch, { serialised });
      for (const row of batch) row.resolve();
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      for (const row of batch) await appendGraphDocUpdates(db, [row], { serialised }).then(row.resolve, row.reject);
    }
  };

  return (graphId, update) =>
    new Promise<void>((resolve, reject) => {
      // Timers due at the same moment all run before the check phase: one batch.
      if (queue.length === 0)
        setImmediate(() => {
          const batch = queue;
          queue = [];
          void write(batch);
        });
      queue.push({ graphId, update, resolve, reject });
    });
}
