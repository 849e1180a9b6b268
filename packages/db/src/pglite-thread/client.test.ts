import { PGlite, types, type QueryOptions } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgliteThread, type PgliteThreadClient } from './client.js';

/** Every statement runs on the thread and on an in-process PGlite: the answers must be the same. */
describe('PGlite in a worker thread', () => {
  let thread: PgliteThreadClient;
  let local: PGlite;
  beforeAll(async () => {
    [thread, local] = await Promise.all([openPgliteThread('memory://'), PGlite.create('memory://')]);
    const setup = `create table probe (id int primary key, label text not null unique check (label <> 'bad'), body bytea, at timestamptz)`;
    await Promise.all([thread.exec(setup), local.exec(setup)]);
  });
  afterAll(async () => {
    await thread?.close();
    await local?.close();
  });

  const both = async <T>(run: (client: PgliteThreadClient | PGlite) => Promise<T>): Promise<[T, T]> => [await run(thread), await run(local)];
  const failureOf = (work: Promise<unknown>) => work.then(() => expect.unreachable('should have failed'), (error: unknown) => error as Record<string, unknown>);

  it('answers rows, fields and bytea as in-process PGlite does', async () => {
    const body = new Uint8Array([0, 1, 2, 250]);
    const [threaded, inProcess] = await both(async (client) => {
      await client.query('insert into probe (id, label, body, at) values ($1, $2, $3, $4)', [1, 'one', body, '2026-01-02T03:04:05Z']);
      return client.query<Record<string, unknown>>('select id, label, body, at, $1::int8 as big from probe where id = $2', ['9007199254740993', 1]);
    });
    expect(threaded).toEqual(inProcess);
    expect(threaded.rows[0]!.body).toBeInstanceOf(Uint8Array);
    expect([...(threaded.rows[0]!.body as Uint8Array)]).toEqual([...body]);
  });

  it('runs the caller\'s parsers on their type OIDs, in both row modes', async () => {
    const options = (rowMode: 'array' | 'object'): QueryOptions => ({ rowMode, parsers: { [types.TIMESTAMPTZ]: (value: string, type?: number) => `${type}:${value}` } });
    for (const rowMode of ['array', 'object'] as const) {
      const [threaded, inProcess] = await both((client) => client.query('select at, id from probe where id = 1', [], options(rowMode)));
      expect(threaded).toEqual(inProcess);
      expect(JSON.stringify(threaded.rows[0])).toContain(`${types.TIMESTAMPTZ}:2026-01-02`);
    }
  });

  it('fails with the PGlite error Postgres raised: SQLSTATE, detail, constraint', async () => {
    const [threaded, inProcess] = await both((client) => failureOf(client.query('insert into probe (id, label) values ($1, $2)', [2, 'one'])));
    expect(threaded.constructor).toBe(inProcess.constructor);
    for (const field of ['message', 'code', 'detail', 'constraint', 'table', 'severity', 'query', 'params']) expect(threaded[field]).toEqual(inProcess[field]);
    expect(threaded.code).toBe('23505');
  });

  it('holds statements outside a transaction until it ends, and commits', async () => {
    const order: string[] = [];
    let outside: Promise<unknown> | undefined;
    await thread.transaction(async (tx) => {
      await tx.query(`insert into probe (id, label) values (10, 'ten')`);
      outside = thread.query('select count(*)::int as n from probe where id = 10').then((result) => order.push(`outside saw ${JSON.stringify(result.rows)}`));
      await new Promise((resolve) => setTimeout(resolve, 50));
      order.push('transaction ends');
    });
    await outside;
    expect(order).toEqual(['transaction ends', 'outside saw [{"n":1}]']);
  });

  it('rolls back when the transaction\'s function throws, and the caller sees its own error', async () => {
    const failure = await failureOf(
      thread.transaction(async (tx) => {
        await tx.query(`insert into probe (id, label) values (11, 'eleven')`);
        throw new Error('changed my mind');
      }),
    );
    expect(failure.message).toBe('changed my mind');
    expect((await thread.query('select id from probe where id = 11')).rows).toEqual([]);
  });

  it('runs drizzle\'s nested transactions as savepoints: an inner failure undoes only the inner work', async () => {
    const db = drizzle({ client: thread as unknown as PGlite });
    await db.transaction(async (tx) => {
      await tx.execute(sql`insert into probe (id, label) values (20, 'twenty')`);
      await tx
        .transaction(async (inner) => {
          await inner.execute(sql`insert into probe (id, label) values (21, 'twenty-one')`);
          await inner.execute(sql`insert into probe (id, label) values (22, 'bad')`);
        })
        .catch(() => undefined);
    });
    expect((await thread.query('select id from probe where id between 20 and 22 order by id')).rows).toEqual([{ id: 20 }]);
  });

  it('reports a COMMIT that rolled back an aborted transaction, as PGlite does', async () => {
    const [threaded, inProcess] = await both((client) =>
      failureOf(
        client.transaction(async (tx) => {
          await tx.query(`insert into probe (id, label) values (30, 'bad')`).catch(() => undefined);
        }),
      ),
    );
    expect(threaded.constructor).toBe(inProcess.constructor);
    expect(threaded.message).toBe(inProcess.message);
  });
});

// Each test opens its own PGlite (initdb: seconds, tens of seconds on a loaded box).
describe('PGlite thread lifetime', { timeout: 180_000 }, () => {
  it('fails pending and later queries clearly when the thread dies, instead of hanging', async () => {
    const client = await openPgliteThread('memory://');
    const pending = client.query('select pg_sleep(2)');
    await client.worker.terminate();
    await expect(pending).rejects.toMatchObject({ code: 'pglite_thread_gone' });
    await expect(client.query('select 1')).rejects.toMatchObject({ code: 'pglite_thread_gone' });
    expect(client.closed).toBe(true);
  });

  it('creates a fresh data directory, keeps what was written, and reopens it', async () => {
    const location = await mkdtemp(join(tmpdir(), 'pc-pglite-thread-'));
    try {
      const created = await openPgliteThread(location);
      expect(existsSync(join(location, 'PG_VERSION'))).toBe(true);
      await created.exec(`create table kept (label text); insert into kept values ('still here')`);
      await created.close();
      const reopened = await openPgliteThread(location);
      expect((await reopened.query('select label from kept')).rows).toEqual([{ label: 'still here' }]);
      await reopened.close();
    } finally {
      await rm(location, { recursive: true, force: true });
    }
  });

  it('closes: the thread ends, queries after it reject, closing again is a no-op', async () => {
    const client = await openPgliteThread('memory://');
    await client.close();
    expect(client.closed).toBe(true);
    await expect(client.query('select 1')).rejects.toMatchObject({ code: 'pglite_thread_gone' });
    await client.close();
  });

  it('closes while a transaction is open: the transaction rolls back, the close does not hang', async () => {
    const client = await openPgliteThread('memory://');
    await client.exec('create table ledger (id int primary key)');
    let inside!: () => void;
    const opened = new Promise<void>((resolve) => (inside = resolve));
    let proceed!: () => void;
    const paused = new Promise<void>((resolve) => (proceed = resolve));
    // A background job's transaction, caught half done by a shutdown.
    const work = client.transaction(async (tx) => {
      await tx.query('insert into ledger values (1)');
      inside();
      await paused;
      await tx.query('insert into ledger values (2)');
    });
    await opened;
    const closed = client.close();
    proceed();
    await expect(work).rejects.toMatchObject({ code: 'pglite_thread_gone' });
    await closed;
    expect(client.closed).toBe(true);
  }, 20_000);
});
