/**
 * Messages between the embedded database's thread (thread.ts) and the client that stands in
 * for PGlite on the main thread (client.ts). Both ends are this package, built together, so
 * the messages are typed rather than parsed.
 */

/** Row shape PGlite answers in: objects keyed by column name, or arrays in column order. */
export type RowMode = 'object' | 'array';

export type Request =
  | {
      readonly op: 'query';
      readonly id: number;
      /** The open transaction to run in; absent: outside any transaction (waits for open ones). */
      readonly txId?: number | undefined;
      readonly text: string;
      readonly params: readonly unknown[];
      readonly rowMode?: RowMode | undefined;
      readonly paramTypes?: readonly number[] | undefined;
      /**
       * Type OIDs the caller has its own parsers for: the thread leaves these columns as the text
       * Postgres sent, and the client runs the caller's parsers on them (functions cannot cross).
       */
      readonly rawTypes: readonly number[];
    }
  | { readonly op: 'exec'; readonly id: number; readonly txId?: number | undefined; readonly text: string }
  | { readonly op: 'begin'; readonly id: number }
  /** Ends transaction `txId`: COMMIT when `commit`, ROLLBACK otherwise (the caller's function threw). */
  | { readonly op: 'end'; readonly id: number; readonly txId: number; readonly commit: boolean }
  /** `tx.rollback()` inside the caller's function: ROLLBACK now, the transaction is closed. */
  | { readonly op: 'rollback'; readonly id: number; readonly txId: number }
  | { readonly op: 'close'; readonly id: number };

/** What a failed request carries back: whether Postgres raised it, and every own field (SQLSTATE `code`, detail, …). */
export interface SerialisedError {
  readonly name: string;
  readonly message: string;
  /** PGlite's `DatabaseError` (Postgres refused the statement), its subclass for a COMMIT that rolled back, or anything else. */
  readonly kind: 'postgres' | 'transaction-aborted' | 'other';
  readonly fields: Readonly<Record<string, unknown>>;
}

export type Reply =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: SerialisedError };

/** The thread's first message: PGlite is open (or failed to open, with the error). */
export type Ready = { readonly ready: true } | { readonly ready: false; readonly error: SerialisedError };

/** The worker's `workerData`. */
export interface ThreadData {
  /** A directory, or `memory://`. */
  readonly location: string;
}
