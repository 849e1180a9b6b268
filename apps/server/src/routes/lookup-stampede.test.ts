import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../test/collab-harness.js';
import { bodyOf, createApiHarness, type ApiClient, type ApiHarness } from '../test/harness.js';

/**
 * When a cached answer expires under a busy caller, the requests that miss together share
 * one database lookup instead of each running its own (single-flight.ts). Observed from
 * Postgres itself: a second connection holds a lock the lookup needs, and we count the
 * backends of this database waiting on it while the concurrent requests are stuck.
 */
describe('concurrent cache misses share one lookup (Postgres)', () => {
  let harness: ApiHarness;
  let observer: postgres.Sql;
  let script: ApiClient & { id: string };
  let graphId: string;
  const CONCURRENT = 6;

  beforeAll(async () => {
    harness = await createApiHarness('postgres');
    observer = postgres(harness.test.url!, { max: 2, onnotice: () => {} });
    script = await harness.owner.withApiKey(['read', 'write']);
    graphId = ((await bodyOf(await script.call('POST', '/graphs', { name: 'Harbour at dawn' }))) as { id: string }).id;
  }, 60_000);
  afterAll(async () => {
    await observer?.end({ timeout: 5 });
    await harness?.dispose();
  });

  /** Backends of this database waiting on a lock, once the count has held still for a while. */
  const settledLockWaiters = async (): Promise<number> => {
    const count = async () =>
      Number((await observer`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`)[0]!['n']);
    let last = -1;
    let steady = 0;
    for (let attempt = 0; attempt < 100 && steady < 5; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 40));
      const now = await count();
      steady = now === last && now > 0 ? steady + 1 : 0;
      last = now;
    }
    return last;
  };

  /** Runs `requests` while `lock` is held on another connection; answers how many lookups queued on it. */
  const whileLocked = async (lock: (sql: postgres.TransactionSql) => Promise<unknown>, requests: () => Promise<Response>[]) => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const holding = new Promise<void>((resolve) => (locked = resolve));
    const transaction = observer.begin(async (sql) => {
      await lock(sql);
      locked();
      await released;
    });
    await holding;
    const responses = requests();
    const waiting = await settledLockWaiters();
    release();
    await transaction;
    return { waiting, responses: await Promise.all(responses) };
  };

  /**
   * One GET sent while `lock` is held: its status, or 'waited' when it queued on the lock;
   * and how many of this database's backends waited on it (a refresh in the background).
   */
  const callWhileLocked = async (lock: (sql: postgres.TransactionSql) => Promise<unknown>, path: string) => {
    let answer: Promise<number | 'waited'> | undefined;
    const { waiting } = await whileLocked(lock, () => {
      const call = script.call('GET', path);
      answer = Promise.race([call.then((response) => response.status), settledLockWaiters().then(() => 'waited' as const)]);
      return [call];
    });
    return { waiting, status: await answer! };
  };
  /** Until no other backend of this database runs a statement (a background refresh has landed). */
  const quiet = () =>
    eventually(async () => {
      const [row] = await observer`select count(*)::int as n from pg_stat_activity where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`;
      expect(row!['n']).toBe(0);
    });

  it('the graph list: one page query for every request that missed together', async () => {
    expect((await script.call('GET', '/graphs')).status).toBe(200);
    // Past the read cache's TTL (5 s), within the credential cache's (10 s).
    harness.advanceClock(6_000);
    const { waiting, responses } = await whileLocked(
      (sql) => sql`lock table graphs in access exclusive mode`,
      () => Array.from({ length: CONCURRENT }, () => script.call('GET', '/graphs')),
    );
    expect(waiting).toBe(1);
    const bodies = await Promise.all(responses.map(async (response) => ({ status: response.status, etag: response.headers.get('ETag'), body: await response.text() })));
    expect(new Set(bodies.map((body) => JSON.stringify(body))).size).toBe(1);
    expect(bodies[0]!.status).toBe(200);
  });

  it("a graph's read access: one query for every request that missed together", async () => {
    expect((await script.call('GET', `/graphs/${graphId}`)).status).toBe(200);
    harness.advanceClock(6_000);
    const { waiting, responses } = await whileLocked(
      (sql) => sql`lock table graphs in access exclusive mode`,
      () => Array.from({ length: CONCURRENT }, () => script.call('GET', `/graphs/${graphId}`)),
    );
    expect(waiting).toBe(1);
    expect(responses.map((response) => response.status)).toEqual(Array(CONCURRENT).fill(200));
  });

  it('the graph list: a reader late in the entry\'s life refreshes it in the background, and nobody waits at its expiry', async () => {
    const listWhileLocked = () => callWhileLocked((sql) => sql`lock table graphs in access exclusive mode`, '/graphs');
    expect((await script.call('GET', '/graphs')).status).toBe(200);
    // Past 60 % of the read cache's TTL (5 s): answered from the cache, its refresh queued on the lock.
    harness.advanceClock(3_500);
    expect(await listWhileLocked()).toEqual({ waiting: 1, status: 200 });
    await quiet();
    // Past the first lookup's TTL, within the refresh's: still no reader waits on the database.
    harness.advanceClock(2_000);
    expect(await listWhileLocked()).toEqual({ waiting: 0, status: 200 });
  });

  it('an API key late in its entry\'s life is looked up again in the background: no request waits at its expiry', async () => {
    const meWhileLocked = () => callWhileLocked((sql) => sql`lock table api_keys in access exclusive mode`, '/me');
    // A fresh entry (and touch), then past 60 % of the credential cache's TTL (10 s).
    harness.advanceClock(61_000);
    expect((await script.call('GET', '/me')).status).toBe(200);
    harness.advanceClock(6_500);
    expect(await meWhileLocked()).toEqual({ waiting: 1, status: 200 });
    await quiet();
    // Past the first entry's TTL, within the refreshed one's.
    harness.advanceClock(4_000);
    expect(await meWhileLocked()).toEqual({ waiting: 0, status: 200 });
  });

  it("an API key due for its touch: one lookup and one write, not one queued on the key's row per request", async () => {
    expect((await script.call('GET', '/me')).status).toBe(200);
    // Past the touch cadence (60 s) and the credential cache's TTL.
    harness.advanceClock(61_000);
    const { waiting, responses } = await whileLocked(
      (sql) => sql`select id from api_keys where id = ${script.id} for update`,
      () => Array.from({ length: CONCURRENT }, () => script.call('GET', '/me')),
    );
    expect(waiting).toBe(1);
    expect(responses.map((response) => response.status)).toEqual(Array(CONCURRENT).fill(200));
  });
});
