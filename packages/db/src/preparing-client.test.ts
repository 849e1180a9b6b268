import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREPARE_MAX_PARAMETERS, shouldPrepare } from './preparing-client.js';
import { selectRows } from './raw-rows.js';
import { createTestDatabase, type TestDatabase } from './testing/index.js';

describe('shouldPrepare', () => {
  it('prepares statements with a few parameters, never ones without or with many', () => {
    expect(shouldPrepare([1], { prepare: false })).toBe(true);
    expect(shouldPrepare(Array.from({ length: PREPARE_MAX_PARAMETERS }), {})).toBe(true);
    expect(shouldPrepare(Array.from({ length: PREPARE_MAX_PARAMETERS + 1 }), { prepare: false })).toBe(false);
    expect(shouldPrepare([], { prepare: false })).toBe(false);
    expect(shouldPrepare(undefined, undefined)).toBe(false);
    expect(shouldPrepare([], { prepare: true })).toBe(true);
  });
});

describe('the Postgres client prepares drizzle\'s statements', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase('postgres');
  });
  afterAll(() => test?.dispose());

  // A transaction keeps every statement on one connection, so pg_prepared_statements sees them.
  const preparedLike = (tx: Parameters<Parameters<TestDatabase['database']['db']['transaction']>[0]>[0], marker: string) =>
    selectRows<{ count: number }>(tx, sql`select count(*)::int as count from pg_prepared_statements where statement like ${`%${marker}%`} and statement not like '%pg_prepared_statements%'`);

  it('prepares a statement once per connection and reuses it with new values, inside transactions too', async () => {
    await test.database.db.transaction(async (tx) => {
      for (const value of [1, 2, 3]) {
        const [row] = await selectRows<{ n: number }>(tx, sql`select ${value}::int as n, 'prepared-marker' as marker`);
        expect(row?.n).toBe(value);
      }
      expect(await preparedLike(tx, 'prepared-marker')).toEqual([{ count: 1 }]);
    });
  });

  it('leaves statements with many parameters unnamed (a new text per length)', async () => {
    await test.database.db.transaction(async (tx) => {
      const values = Array.from({ length: PREPARE_MAX_PARAMETERS + 1 }, (_, index) => sql`${index}::int`);
      const [row] = await selectRows<{ n: number[] }>(tx, sql`select array[${sql.join(values, sql`, `)}] as n, 'bulk-marker' as marker`);
      expect(row?.n).toHaveLength(PREPARE_MAX_PARAMETERS + 1);
      expect(await preparedLike(tx, 'bulk-marker')).toEqual([{ count: 0 }]);
    });
  });

  it('nested transactions (savepoints) prepare too and roll back as before', async () => {
    await test.database.db.transaction(async (tx) => {
      await tx
        .transaction(async (inner) => {
          await selectRows(inner, sql`select ${1}::int as n, 'savepoint-marker' as marker`);
          throw new Error('roll back the savepoint');
        })
        .catch(() => undefined);
      expect(await preparedLike(tx, 'savepoint-marker')).toEqual([{ count: 1 }]);
    });
  });
});
