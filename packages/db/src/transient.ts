/**
 * Postgres aborts one transaction of a deadlock (40P01) or a serialization conflict (40001);
 * the transaction was rolled back whole, so running it again is safe.
 */
const RETRYABLE_CODES = new Set(['40P01', '40001']);

/** Whether `error` (the driver's, or drizzle's wrapper with it as the cause) is a deadlock or serialization abort. */
export const isTransactionConflict = (error: unknown): boolean => {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 4; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && RETRYABLE_CODES.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
};

/**
 * Runs `transaction` again (up to `attempts` times in all) when Postgres aborted it as a
 * deadlock victim or a serialization conflict. For transactions that are safe to repeat —
 * which a rolled-back one is, as long as it has no effect outside the database.
 */
export async function retryOnConflict<T>(transaction: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= attempts || !isTransactionConflict(error)) throw error;
      // A short, jittered pause: the winner usually commits within it.
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20));
    }
  }
}
