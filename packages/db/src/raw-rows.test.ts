import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executePrepared, executeText, selectPreparedRows, selectPreparedRowsInSequence, selectRows, sqlStringLiteral } from './raw-rows.js';
import { createTestDatabase, type TestDatabase } from './testing/index.js';

describe.each(['pglite', 'postgres'] as const)('raw rows on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
  });
  afterAll(() => test?.dispose());

  const query = (value: number, label: string) =>
    sql`select ${value}::int as n, ${label}::text as label, ${JSON.stringify({ label })}::jsonb as doc, '2026-01-02T03:04:05Z'::timestamptz as at`;

  it('answers a prepared statement like an unprepared one, again and again with new values', async () => {
    for (const [value, label] of [
      [1, 'one'],
      [2, 'two'],
      [3, 'three'],
    ] as const) {
      const prepared = await selectPreparedRows(test.database.db, query(value, label));
      expect(prepared).toEqual(await selectRows(test.database.db, query(value, label)));
      expect(prepared).toMatchObject([{ n: value, label, doc: { label } }]);
    }
  });

  it('runs statements in sequence on one connection, each answering its own rows', async () => {
    const [set, read] = await selectPreparedRowsInSequence(test.database.db, [
      sql`select set_config('pc.sequence', ${'first'}, false) as value`,
      sql`select current_setting('pc.sequence') as value, ${2}::int as n`,
    ]);
    expect(set).toEqual([{ value: 'first' }]);
    expect(read).toEqual([{ value: 'first', n: 2 }]);
    await expect(selectPreparedRowsInSequence(test.database.db, [sql`select 1 / ${0}::int as n`, sql`select 1 as n`])).rejects.toThrow();
  });

  it('fails as selectRows does: the driver\'s error is the cause', async () => {
    const failure = (run: typeof selectRows) => run(test.database.db, sql`select 1 / ${0}::int as n`).catch((error: unknown) => error);
    const [prepared, unprepared] = await Promise.all([failure(selectPreparedRows), failure(selectRows)]);
    expect(prepared).toBeInstanceOf(Error);
    expect((prepared as Error).constructor).toBe((unprepared as Error).constructor);
    expect(String((prepared as { cause?: unknown }).cause)).toMatch(/division by zero/);
  });

  it('executes a statement that returns no rows, and fails as selectRows does', async () => {
    const db = test.database.db;
    await db.execute(sql`create table executed_probe (label text not null)`);
    for (const label of ['one', 'two']) await executePrepared(db, sql`insert into executed_probe (label) select * from unnest(${sql.param([label, `${label}!`])}::text[])`);
    expect(await selectRows(db, sql`select label from executed_probe order by label`)).toEqual([{ label: 'one' }, { label: 'one!' }, { label: 'two' }, { label: 'two!' }]);
    const [executed, unprepared] = await Promise.all(
      [executePrepared, selectRows].map((run) => run(db, sql`insert into executed_probe (label) values (${null})`).catch((error: unknown) => error)),
    );
    expect((executed as Error).constructor).toBe((unprepared as Error).constructor);
    expect(String((executed as { cause?: unknown }).cause)).toMatch(/null value/);
  });

  it('runs a statement with its values in its text; a string literal holds any text', async () => {
    const db = test.database.db;
    await db.execute(sql`create table text_probe (n int not null, label text not null)`);
    const labels = ["it's", 'back\\slash', "\\'; drop table text_probe; --", 'plain', '\n'];
    await executeText(db, `insert into text_probe (n, label) values ${labels.map((label, n) => `(${n}, ${sqlStringLiteral(label)})`).join(', ')}`);
    expect(await selectRows(db, sql`select n, label from text_probe order by n`)).toEqual(labels.map((label, n) => ({ n, label })));
    const failure = await executeText(db, 'insert into text_probe (n, label) values (1, null)').catch((error: unknown) => error);
    const unprepared = await selectRows(db, sql`insert into text_probe (n, label) values (1, null)`).catch((error: unknown) => error);
    expect((failure as Error).constructor).toBe((unprepared as Error).constructor);
    expect(String((failure as { cause?: unknown }).cause)).toMatch(/null value/);
  });
});
