import { protocol, TransactionAbortedError } from '@electric-sql/pglite';
import type { SerialisedError } from './protocol.js';

/** An error as data that survives postMessage: structured clone keeps only an Error's message and stack. */
export function serialiseError(error: unknown): SerialisedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), kind: 'other', fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) if (isCloneable(value)) fields[key] = value;
  return { name: error.name, message: error.message, kind: kindOf(error), fields };
}

const kindOf = (error: Error): SerialisedError['kind'] => {
  if (error instanceof TransactionAbortedError) return 'transaction-aborted';
  return error instanceof protocol.messages.DatabaseError ? 'postgres' : 'other';
};

/** PGlite attaches the query's options (parser functions included) to its errors: those stay behind. */
const isCloneable = (value: unknown): boolean => {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
};

/**
 * The error as the caller of an in-process PGlite would have seen it: Postgres's refusals as
 * PGlite's own `DatabaseError` (or `TransactionAbortedError`) (SQLSTATE `code`, `detail`, `constraint`, … and `query`/`params`
 * as PGlite attaches them), anything else as an Error with the same name and fields. The
 * stack is the caller's: where the query was sent from.
 */
export function reviveError(serialised: SerialisedError): Error {
  const error =
    serialised.kind === 'transaction-aborted'
      ? new TransactionAbortedError()
      : serialised.kind === 'postgres'
        ? new protocol.messages.DatabaseError(serialised.message, 0, 'error')
        : new Error(serialised.message);
  return Object.assign(error, serialised.fields, { name: serialised.name, message: serialised.message });
}
