import { createTestDatabase, type TestDatabase } from '@pc/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inJsonbKeyOrder } from './jsonb-key-order.js';

describe('inJsonbKeyOrder', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase('pglite');
  }, 60_000);
  afterAll(() => test?.dispose());

  /** The value as a jsonb column gives it back. */
  const throughJsonb = async (value: unknown) => {
    const result: unknown = await test.database.db.execute(sql`select ${JSON.stringify(value)}::jsonb as value`);
    // PGlite answers { rows }, postgres.js the rows themselves.
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { value: unknown }[];
    return rows[0]!.value;
  };

  it('orders keys as jsonb does, at every depth: by UTF-8 length, then bytewise', async () => {
    const value = {
      position: { y: 1, x: 0 },
      type: 'shot',
      id: 'sh1',
      data: { shotNumber: '1A', lensMm: 50, angle: 'low', notes: 'é', zoë: 1, zoé: 2, 'z\u{1F3AC}': 3, 'z\uFF21': 4, B: 5, a: 6 },
      edges: [{ target: 'b', source: 'a', id: 'e1' }],
    };
    const ordered = inJsonbKeyOrder(value);
    expect(ordered).toEqual(value);
    expect(JSON.stringify(ordered)).toBe(JSON.stringify(await throughJsonb(value)));
    expect(JSON.stringify(ordered)).not.toBe(JSON.stringify(value));
  });
});
