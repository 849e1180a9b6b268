import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createApiHarness, type ApiClient, type ApiHarness } from '../../test/harness.js';

/**
 * A PUT's access lookup does not wait for its body: parsing and validating a big document
 * is milliseconds of CPU, the lookup a database round trip, and neither needs the other.
 * Observed from Postgres: another connection locks the table the lookup reads, the PUT's
 * body is held half-sent, and the lookup is already queued on the lock.
 */
describe('PUT /graphs/:id looks up access while its body arrives (Postgres)', () => {
  let harness: ApiHarness;
  let observer: postgres.Sql;
  let script: ApiClient & { key: string };
  let graphId: string;

  beforeAll(async () => {
    harness = await createApiHarness('postgres');
    observer = postgres(harness.test.url!, { max: 2, onnotice: () => {} });
    script = await harness.owner.withApiKey(['read', 'write']);
    graphId = ((await bodyOf(await script.call('POST', '/graphs', { name: 'Harbour at dawn' }))) as { id: string }).id;
    // The key is in the credential cache now: authenticating the PUT reads nothing.
    expect((await script.call('GET', `/graphs/${graphId}`)).status).toBe(200);
  }, 60_000);
  afterAll(async () => {
    await observer?.end({ timeout: 5 });
    await harness?.dispose();
  });

  /** Backends of this database waiting on a lock, once some came and the count held still (0 when none came in 2 s). */
  const lockWaiters = async (): Promise<number> => {
    let last = -1;
    let steady = 0;
    for (let attempt = 0; attempt < 50 && !(last > 0 && steady >= 3); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 40));
      const [row] = await observer`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`;
      const now = Number(row!['n']);
      steady = now === last ? steady + 1 : 0;
      last = now;
    }
    return last;
  };

  it('has the lookup waiting on the database before the body has arrived, and answers once both are done', async () => {
    const text = JSON.stringify({ document: { schemaVersion: 1, nodes: [{ id: 'scene-1', type: 'scene', position: { x: 1, y: 2 }, data: {} }], edges: [] } });
    const half = Math.floor(text.length / 2);
    let sendRest!: () => void;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text.slice(0, half)));
        sendRest = () => {
          controller.enqueue(new TextEncoder().encode(text.slice(half)));
          controller.close();
        };
      },
    });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const holding = new Promise<void>((resolve) => (locked = resolve));
    const lock = observer.begin(async (sql) => {
      await sql`lock table workspace_members in access exclusive mode`;
      locked();
      await released;
    });
    await holding;
    const answer = harness.request(`/api/v1/graphs/${graphId}`, {
      method: 'PUT',
      // With a length, as clients send it (without one, the body limit reads the body first to count it).
      headers: { Authorization: `Bearer ${script.key}`, 'If-Match': '*', 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)) },
      body,
      duplex: 'half',
    } as RequestInit);
    const waiting = await lockWaiters();
    release();
    await lock;
    sendRest();
    const response = await answer;
    expect(waiting).toBe(1);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { document: { nodes: { position: { x: number } }[] } }).document.nodes[0]!.position.x).toBe(1);
  });
});
