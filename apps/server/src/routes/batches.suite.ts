import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { batchWebhookDeliveries, batches } from '@pc/db';
import type { WebhookTargetPolicy } from '@pc/engine';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { harbourScene } from '../test/documents.js';
import { bodyOf, type ApiHarness, type SignedInClient } from '../test/harness.js';

/*
 * The batch API against a real engine (in-process queue, real functions), shared by the
 * PGlite and Postgres test files. `failing.storm` makes every Shot whose mood is "storm"
 * fail, so retry has failed items to run again.
 */

export interface BatchSuiteContext {
  harness: ApiHarness;
  failing: { storm: boolean };
  /** The engine's webhook policy (127.0.0.1 allowed); a test may change it and must restore it. */
  webhookPolicy: WebhookTargetPolicy;
  /** Host names the engine resolves to these addresses at delivery. */
  hosts: Map<string, string[]>;
}

interface Batch {
  id: string;
  status: string;
  counts: Record<string, number>;
  progress: number;
  etaSeconds: number | null;
  webhook: { url: string } | null;
}
interface Item {
  index: number;
  ref: string | null;
  status: string;
  runId: string | null;
  overrides: Record<string, Record<string, unknown>>;
  outputs: Record<string, { status: string; values: Record<string, unknown>; artifacts: Record<string, { hash: string; url: string; mediaType: string }> }>;
  error: { code: string } | null;
}

let keys = 0;
const newKey = () => `test-${process.pid}-${Date.now()}-${++keys}`;
const lensItems = (lenses: number[], extra: Record<string, unknown> = {}) =>
  lenses.map((lensMm, index) => ({ ref: `row-${index + 1}`, overrides: { sh1a: { lensMm, ...extra } } }));

export function describeBatchApi(context: () => BatchSuiteContext): void {
  const submit = (client: Pick<SignedInClient, 'call'>, body: unknown, key = newKey()) => client.call('POST', '/batches', body, { 'Idempotency-Key': key });
  // A scene of its own per graph, so no earlier test's cache serves this one.
  const graphOf = async (client: Pick<SignedInClient, 'call'>) => {
    const document = harbourScene();
    document.nodes[1]!.data['name'] = `Harbour at dawn, take ${newKey()}`;
    return ((await bodyOf(await client.call('POST', '/graphs', { name: 'Harbour', document }))) as { id: string }).id;
  };
  const settled = async (client: Pick<SignedInClient, 'call'>, id: string): Promise<Batch> => {
    for (let tries = 0; tries < 1_200; tries += 1) {
      const batch = (await bodyOf(await client.call('GET', `/batches/${id}`))) as Batch;
      if (batch.status === 'completed' || batch.status === 'cancelled') return batch;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`batch ${id} did not finish`);
  };
  const allItems = async (client: Pick<SignedInClient, 'call'>, id: string, query = '') => {
    const items: Item[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = (await bodyOf(await client.call('GET', `/batches/${id}/items?limit=5${query}${cursor ? `&cursor=${cursor}` : ''}`))) as { items: Item[]; nextCursor: string | null };
      items.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    return { items, pages };
  };

  it('replays the same key and body with 200, refuses the key with another body, and makes one batch of concurrent duplicates', async () => {
    const { harness } = context();
    const graphId = await graphOf(harness);
    const body = { graphId, items: lensItems([35, 50]), concurrency: 2 };
    const key = newKey();
    const first = await submit(harness, body, key);
    expect(first.status).toBe(201);
    const created = (await bodyOf(first)) as Batch;
    expect(created.id).toMatch(/^bat[0-9a-z]{20}$/);
    expect(first.headers.get('Location')).toBe(`/api/v1/batches/${created.id}`);
    expect(created.counts.total).toBe(2);

    // Same body, keys of the JSON in another order: the same request.
    const again = await submit(harness, { concurrency: 2, items: body.items, graphId }, key);
    expect(again.status).toBe(200);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(((await bodyOf(again)) as Batch).id).toBe(created.id);

    const other = await submit(harness, { ...body, items: lensItems([85]) }, key);
    expect(other.status).toBe(422);
    expect(await bodyOf(other)).toMatchObject({ code: 'idempotency_key_reused' });

    // Another user may use the same key: keys belong to their principal.
    const stranger = await harness.signUp('Stranger');
    expect((await submit(stranger, { ...body, graphId: await graphOf(stranger) }, key)).status).toBe(201);

    const racedKey = newKey();
    const raced = await Promise.all(Array.from({ length: 6 }, () => submit(harness, { graphId, items: lensItems([24]) }, racedKey)));
    const statuses = raced.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 201]);
    const ids = new Set(await Promise.all(raced.map(async (response) => ((await bodyOf(response)) as Batch).id)));
    expect(ids.size).toBe(1);
    const rows = await harness.test.database.db.select({ id: batches.id }).from(batches).where(eq(batches.idempotencyKey, racedKey));
    expect(rows).toHaveLength(1);
    await settled(harness, created.id);
    await settled(harness, [...ids][0]!);
  }, 120_000);

  it('points validation errors at the item and the field, and needs an Idempotency-Key', async () => {
    const { harness } = context();
    const graphId = await graphOf(harness);
    const response = await submit(harness, {
      graphId,
      items: [
        { overrides: { sh1a: { lensMm: 50 } } },
        { overrides: { nobody: { name: 'X' } } },
        { overrides: { sh1a: { focalPoint: 3 } } },
        { overrides: { sh1a: { lensMm: 5_000, shotSize: 'GIANT' } } },
      ],
    });
    expect(response.status).toBe(422);
    const problem = await bodyOf(response);
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors.map((error: { path: string; code: string }) => [error.path, error.code])).toEqual([
      ['items.1.overrides.nobody', 'unknown_node'],
      ['items.2.overrides.sh1a.focalPoint', 'unknown_field'],
      ['items.3.overrides.sh1a.lensMm', 'invalid_value'],
      ['items.3.overrides.sh1a.shotSize', 'invalid_value'],
    ]);
    // In the catalogue's words, as the canvas says them, not zod's ("Too big: expected number to be <=1200").
    expect(problem.errors.slice(2).map((error: { message: string }) => error.message)).toEqual([
      'Lens (mm) must be at most 1200.',
      expect.stringMatching(/^Shot size must be one of [A-Z]+, /),
    ]);
    const noKey = await harness.call('POST', '/batches', { graphId, items: lensItems([35]) });
    expect(noKey.status).toBe(422);
    expect((await bodyOf(noKey)).errors[0].path).toBe('idempotency-key');
    expect((await submit(harness, { graphId, items: [] })).status).toBe(422);
    expect((await submit(harness, { graphId, items: lensItems([35]), revision: 99 })).status).toBe(404);
  });

  it('runs every item with its overrides, computes shared nodes once, and lists items with outputs and artifact links', async () => {
    const { harness } = context();
    const graphId = await graphOf(harness);
    const lenses = [18, 21, 24, 28, 35, 40, 50, 65, 85, 100, 135, 200];
    const response = await submit(harness, { graphId, items: lensItems(lenses), concurrency: 4, priority: 'high' });
    expect(response.status).toBe(201);
    const { id } = (await bodyOf(response)) as Batch;
    const batch = await settled(harness, id);
    expect(batch).toMatchObject({ status: 'completed', progress: 1, counts: { total: 12, succeeded: 12, failed: 0, queued: 0, running: 0 } });

    const { items, pages } = await allItems(harness, id);
    expect(pages).toBe(3);
    expect(items.map((item) => item.index)).toEqual(lenses.map((_, index) => index));
    const frames = new Set<string>();
    for (const item of items) {
      expect(item).toMatchObject({ status: 'succeeded', ref: `row-${item.index + 1}`, overrides: { sh1a: { lensMm: lenses[item.index] } }, error: null });
      expect(item.runId).toMatch(/^run/);
      const shot = item.outputs['sh1a']!;
      expect(JSON.stringify(shot.values)).toContain(`${lenses[item.index]}`);
      const frame = shot.artifacts['frame.svg']!;
      expect(frame.url).toBe(`/api/v1/artifacts/${frame.hash}`);
      frames.add(frame.hash);
    }
    expect(frames.size).toBe(lenses.length);
    // The character and the scene are the same in every item: computed by one item, cached for the rest.
    const executed = items.filter((item) => item.outputs['mara']!.status === 'succeeded' || item.outputs['sc1']!.status === 'succeeded');
    expect(executed).toHaveLength(1);
    expect(items.filter((item) => item.outputs['sc1']!.status === 'cached')).toHaveLength(lenses.length - 1);
    const frameResponse = await harness.call('GET', items[0]!.outputs['sh1a']!.artifacts['frame.svg']!.url.replace('/api/v1', ''));
    expect(frameResponse.status).toBe(200);

    const filtered = await allItems(harness, id, '&status=failed');
    expect(filtered.items).toEqual([]);
    expect((await harness.call('GET', `/batches/${id}/items?cursor=nonsense`)).status).toBe(400);

    const read = await harness.call('GET', `/batches/${id}`);
    const etag = read.headers.get('ETag')!;
    expect(etag).toMatch(/^"/);
    expect((await harness.call('GET', `/batches/${id}`, undefined, { 'If-None-Match': etag })).status).toBe(304);

    const listed = (await bodyOf(await harness.call('GET', `/batches?graphId=${graphId}&limit=1`))) as { batches: Batch[]; nextCursor: string | null };
    expect(listed.batches.map((entry) => entry.id)).toEqual([id]);
    const outsider = await harness.signUp('Outsider');
    expect((await outsider.call('GET', `/batches/${id}`)).status).toBe(404);
    expect(((await bodyOf(await outsider.call('GET', '/batches'))) as { batches: Batch[] }).batches).toEqual([]);
  }, 180_000);

  it('streams progress and item events over SSE, and replays the items finished after Last-Event-ID', async () => {
    const { harness } = context();
    const graphId = await graphOf(harness);
    const { id } = (await bodyOf(await submit(harness, { graphId, items: lensItems([30, 31, 32, 33, 34]), concurrency: 2 }))) as Batch;
    const parse = (text: string) =>
      text
        .split('\n\n')
        .filter((chunk) => chunk.includes('event:'))
        .map((chunk) => ({ event: /event: (.*)/.exec(chunk)?.[1], id: Number(/id: (.*)/.exec(chunk)?.[1]), data: JSON.parse(/data: (.*)/.exec(chunk)?.[1] ?? 'null') }));
    const live = parse(await (await harness.call('GET', `/batches/${id}/events`)).text());
    expect(live[0]?.event).toMatch(/^batch\.(progress|completed)$/);
    const last = live.at(-1)!;
    expect(last.event).toBe('batch.completed');
    expect(last.data).toMatchObject({ id, status: 'completed', counts: { succeeded: 5 } });
    expect(last.id).toBe(5);

    const resumed = parse(await (await harness.call('GET', `/batches/${id}/events`, undefined, { 'Last-Event-ID': '2' })).text());
    const replayed = resumed.filter((event) => event.event === 'item.finished');
    expect(replayed.map((event) => event.id)).toEqual([3, 4, 5]);
    expect(replayed.every((event) => event.data.status === 'succeeded' && /^run/.test(event.data.runId))).toBe(true);
    expect(resumed.at(-1)!.event).toBe('batch.completed');

    // A Last-Event-ID past the batch's finishes (another batch's) is not echoed back as this batch's id.
    const ahead = parse(await (await harness.call('GET', `/batches/${id}/events`, undefined, { 'Last-Event-ID': '99' })).text());
    expect(ahead.map((event) => [event.event, event.id])).toEqual([['batch.completed', 5]]);
  }, 120_000);

  it('retries failed items only, and they succeed the second time', async () => {
    const { harness, failing } = context();
    const graphId = await graphOf(harness);
    failing.storm = true;
    try {
      const items = [...lensItems([36, 37]), ...lensItems([38, 39], { mood: 'storm' })];
      const { id } = (await bodyOf(await submit(harness, { graphId, items, concurrency: 4 }))) as Batch;
      const failed = await settled(harness, id);
      expect(failed).toMatchObject({ status: 'completed', counts: { succeeded: 2, failed: 2 } });
      const failedItems = (await allItems(harness, id, '&status=failed')).items;
      expect(failedItems.map((item) => item.index)).toEqual([2, 3]);
      expect(failedItems[0]!.error).toMatchObject({ code: expect.any(String) });
      const firstRuns = new Map((await allItems(harness, id)).items.map((item) => [item.index, item.runId]));

      failing.storm = false;
      const retried = await harness.call('POST', `/batches/${id}/retry`);
      expect(retried.status).toBe(200);
      const done = await settled(harness, id);
      expect(done).toMatchObject({ status: 'completed', counts: { succeeded: 4, failed: 0 } });
      const after = (await allItems(harness, id)).items;
      // Succeeded items kept their runs; failed ones got new runs.
      expect(after[0]!.runId).toBe(firstRuns.get(0));
      expect(after[2]!.runId).not.toBe(firstRuns.get(2));
      expect(after.every((item) => item.status === 'succeeded')).toBe(true);
    } finally {
      failing.storm = false;
    }
  }, 180_000);

  it('cancels a batch: unfinished items are cancelled and nothing runs after', async () => {
    const { harness } = context();
    const graphId = await graphOf(harness);
    const lenses = Array.from({ length: 40 }, (_, index) => 20 + index);
    const { id } = (await bodyOf(await submit(harness, { graphId, items: lensItems(lenses), concurrency: 1 }))) as Batch;
    const cancelled = await harness.call('POST', `/batches/${id}/cancel`);
    expect(cancelled.status).toBe(200);
    const batch = (await bodyOf(cancelled)) as Batch;
    expect(batch.status).toBe('cancelled');
    expect(batch.counts['queued']! + batch.counts['running']!).toBe(0);
    expect(batch.counts.cancelled).toBeGreaterThan(30);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const later = (await bodyOf(await harness.call('GET', `/batches/${id}`))) as Batch;
    expect(later.counts).toEqual(batch.counts);
    expect((await harness.call('POST', `/batches/${id}/cancel`)).status).toBe(200);
    expect(await bodyOf(await harness.call('POST', `/batches/${id}/retry`))).toMatchObject({ code: 'batch_not_retryable' });
  }, 120_000);

  it('answers 429 past the per-user cap on unfinished batches', async () => {
    const { harness } = context();
    const busy = await harness.signUp('Busy');
    const graphId = await graphOf(busy);
    const ids: string[] = [];
    for (let count = 0; count < 3; count += 1) {
      const response = await submit(busy, { graphId, items: lensItems(Array.from({ length: 30 }, (_, index) => 40 + index)), concurrency: 1 });
      expect(response.status).toBe(201);
      ids.push(((await bodyOf(response)) as Batch).id);
    }
    const refused = await submit(busy, { graphId, items: lensItems([35]) });
    expect(refused.status).toBe(429);
    expect(await bodyOf(refused)).toMatchObject({ code: 'too_many_active_batches' });
    for (const id of ids) await busy.call('POST', `/batches/${id}/cancel`);
    expect((await submit(busy, { graphId, items: lensItems([35]) })).status).toBe(201);
  }, 120_000);

  it('posts a signed completion webhook to a real receiver and retries it after a failure', async () => {
    const { harness } = context();
    const graphId = await graphOf(harness);
    const received: { headers: IncomingMessage['headers']; body: string; at: number }[] = [];
    const server: Server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ headers: request.headers, body, at: Date.now() });
        response.writeHead(received.length === 1 ? 500 : 204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
      const secret = 'whsec-0123456789abcdef';
      const created = await submit(harness, { graphId, items: lensItems([52, 53]), webhook: { url, secret } });
      const batch = (await bodyOf(created)) as Batch;
      expect(batch.webhook).toEqual({ url });
      expect(JSON.stringify(batch)).not.toContain(secret);
      await settled(harness, batch.id);
      for (let tries = 0; received.length < 2 && tries < 600; tries += 1) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(received).toHaveLength(2);
      for (const delivery of received) {
        expect(delivery.headers['pc-event']).toBe('batch.completed');
        const signature = String(delivery.headers['pc-signature']);
        const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature) ?? [];
        expect(v1).toBe(createHmac('sha256', secret).update(`${t}.${delivery.body}`).digest('hex'));
        expect(JSON.parse(delivery.body)).toMatchObject({ id: batch.id, status: 'completed', counts: { succeeded: 2 } });
      }
      expect(received[0]!.headers['pc-delivery']).toBe(received[1]!.headers['pc-delivery']);
      // The receiver answered before the server recorded the answer: wait for the record.
      const delivery = async () => (await harness.test.database.db.select().from(batchWebhookDeliveries).where(eq(batchWebhookDeliveries.batchId, batch.id)))[0];
      for (let tries = 0; (await delivery())?.status === 'pending' && tries < 200; tries += 1) await new Promise((resolve) => setTimeout(resolve, 25));
      expect(await delivery()).toMatchObject({ status: 'delivered', attempts: 2, lastStatus: 204 });
      // Stored encrypted, bound to the batch.
      const [stored] = await harness.test.database.db.select({ secret: batches.webhookSecret }).from(batches).where(eq(batches.id, batch.id));
      expect(stored?.secret).toMatch(/^v1\./);
      expect(stored?.secret).not.toContain(secret);
    } finally {
      server.close();
    }
  }, 120_000);

  it('refuses internal webhook targets at submit unless allowed, and a name resolving to one at delivery', async () => {
    const { harness, webhookPolicy, hosts } = context();
    const graphId = await graphOf(harness);
    const received: string[] = [];
    const server: Server = createServer((request, response) => {
      received.push(String(request.url));
      response.writeHead(204).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const allowed = webhookPolicy.allowPrivate;
    try {
      const port = (server.address() as AddressInfo).port;
      const secret = 'whsec-0123456789abcdef';
      const refusal = async (url: string) => {
        const response = await submit(harness, { graphId, items: lensItems([54]), webhook: { url, secret } });
        expect(response.status).toBe(422);
        expect(response.headers.get('content-type')).toContain('application/problem+json');
        const problem = (await bodyOf(response)) as { code: string; detail: string; errors: { path: string; code: string }[] };
        expect(problem).toMatchObject({ code: 'validation_failed', errors: [{ path: 'webhook.url', code: 'webhook_target_refused' }] });
        return problem.detail;
      };

      // Without the allow-list: loopback in any spelling, and names for it.
      webhookPolicy.allowPrivate = 'none';
      expect(await refusal(`http://127.0.0.1:${port}/hooks`)).toMatch(/127\.0\.0\.1 is a loopback address: webhooks go to public addresses only/);
      expect(await refusal(`http://2130706433:${port}/hooks`)).toMatch(/127\.0\.0\.1 is a loopback/);
      expect(await refusal(`http://[::ffff:7f00:1]:${port}/hooks`)).toMatch(/\(127\.0\.0\.1\) is a loopback/);
      expect(await refusal(`http://localhost:${port}/hooks`)).toMatch(/loopback name/);
      expect(await refusal('http://169.254.169.254/latest/meta-data/')).toMatch(/link-local/);
      // Credentials are refused whatever the allow-list says.
      webhookPolicy.allowPrivate = 'all';
      expect(await refusal(`http://user:pass@127.0.0.1:${port}/hooks`)).toMatch(/user name or password/);

      // A name passes the submit check; at delivery it resolves to 127.0.0.1 and is refused, once, with no request made.
      webhookPolicy.allowPrivate = 'none';
      hosts.set('hooks.rebind.test', ['93.184.216.34', '127.0.0.1']);
      const created = await submit(harness, { graphId, items: lensItems([55]), webhook: { url: `http://hooks.rebind.test:${port}/hooks`, secret } });
      expect(created.status).toBe(201);
      const batch = (await bodyOf(created)) as Batch;
      await settled(harness, batch.id);
      const delivery = async () => (await harness.test.database.db.select().from(batchWebhookDeliveries).where(eq(batchWebhookDeliveries.batchId, batch.id)))[0];
      for (let tries = 0; (await delivery())?.status !== 'failed' && tries < 400; tries += 1) await new Promise((resolve) => setTimeout(resolve, 25));
      expect(await delivery()).toMatchObject({ status: 'failed', attempts: 1, lastStatus: null, lastError: expect.stringMatching(/^refused: hooks\.rebind\.test resolves to 127\.0\.0\.1 is a loopback address/) });
      // Allowed again, the same receiver is reachable: it was the policy, not the network, that stopped the delivery.
      webhookPolicy.allowPrivate = allowed;
      hosts.set('hooks.pinned.test', ['127.0.0.1']);
      const reachable = await submit(harness, { graphId, items: lensItems([56]), webhook: { url: `http://hooks.pinned.test:${port}/pinned`, secret } });
      await settled(harness, ((await bodyOf(reachable)) as Batch).id);
      for (let tries = 0; received.length < 1 && tries < 400; tries += 1) await new Promise((resolve) => setTimeout(resolve, 25));
      expect(received).toEqual(['/pinned']);
    } finally {
      webhookPolicy.allowPrivate = allowed;
      hosts.clear();
      server.close();
    }
  }, 120_000);
}
