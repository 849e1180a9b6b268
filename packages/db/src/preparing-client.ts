import type { Sql } from 'postgres';

/**
 * Statements with at most this many parameters are prepared on each connection. Above it
 * (bulk inserts, long `IN` lists: a new text for every length) they stay unnamed, so no
 * connection collects thousands of one-off prepared statements.
 */
export const PREPARE_MAX_PARAMETERS = 32;

type Options = { prepare?: boolean } & Record<string, unknown>;

/**
 * drizzle runs every statement through postgres.js `unsafe(text, params, { prepare: false })`
 * unless the query was given a name, and postgres.js runs an unnamed statement that has
 * parameters in two round trips (Parse + Describe, wait for the types, then Bind + Execute),
 * and pipelines nothing behind it meanwhile. Prepared, a statement pays that once per
 * connection and one round trip afterwards. This wraps the client (and the clients of its
 * transactions and savepoints) so that drizzle's fixed-text statements are prepared.
 * postgres.js forgets a connection's statements when it reconnects and re-prepares after
 * "prepared statement does not exist" / "cached plan must not change result type".
 */
export function preparingClient<T extends Sql>(client: T): T {
  return new Proxy(client, {
    get(target, property) {
      if (property === 'unsafe') return unsafeOf(target);
      if (property === 'begin' || property === 'savepoint') return wrapScope(target, property);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export const shouldPrepare = (parameters: unknown, options: Options | undefined): boolean => {
  if (options?.prepare === true) return true;
  return Array.isArray(parameters) && parameters.length > 0 && parameters.length <= PREPARE_MAX_PARAMETERS;
};

const unsafeOf =
  (target: Sql) =>
  (text: string, parameters?: unknown[], options?: Options): ReturnType<Sql['unsafe']> =>
    target.unsafe(text, (parameters ?? []) as never[], { ...options, prepare: shouldPrepare(parameters, options) });

const wrapScope = (target: Sql, property: 'begin' | 'savepoint') => {
  const method = Reflect.get(target, property, target) as (...args: unknown[]) => unknown;
  return (...args: unknown[]): unknown => {
    const last = args.length - 1;
    const body = args[last];
    if (typeof body === 'function') {
      args[last] = (scoped: Sql) => (body as (client: Sql) => unknown)(preparingClient(scoped));
    }
    return method.apply(target, args);
  };
};
