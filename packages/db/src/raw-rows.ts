import type { SQL } from 'drizzle-orm';
import type { Db } from './client.js';

/**
 * Runs raw SQL and returns its rows. `db.execute` answers in the driver's own shape
 * (postgres.js: an array of rows; PGlite: `{ rows }`); this hides the difference. Prefer
 * the query builder; use this only for SQL it cannot express.
 */
export async function selectRows<Row>(executor: Db, query: SQL): Promise<Row[]> {
  const result: unknown = await executor.execute(query);
  if (Array.isArray(result)) return result as Row[];
  return (result as { rows: Row[] }).rows;
}
