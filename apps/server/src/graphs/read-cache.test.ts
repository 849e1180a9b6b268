import type { GraphReadAccess } from '@pc/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startCollabHarness, type CollabHarness } from '../test/collab-harness.js';
import { harbourScene } from '../test/documents.js';
import { browserOn, signUpOn, useProcesses } from '../test/process-app.js';
import { createApiHarness, type ApiHarness, type SignedInClient } from '../test/harness.js';
import { createGraphReadCache, graphListKey } from './read-cache.js';

const access = (id: string, workspaceId = 'ws_1'): GraphReadAccess => ({ id, workspaceId, revision: 1, updatedAt: new Date(0), role: 'editor' });
/** harbourScene with its first node somewhere else: a real change. */
const moved = () => {
  const scene = harbourScene();
  const [first, ...rest] = scene.nodes;
  return { ...scene, nodes: [{ ...first!, position: { x: 4242, y: 17 } }, ...rest] };
};
const page = { bytes: new TextEncoder().encode('{"graphs":[]}') as Uint8Array<ArrayBuffer>, etag: '"e"' };

describe('the graph read cache', () => {
  let nowMs = 0;
  const make = (ttlMs = 1_000) => createGraphReadCache({ ttlMs, now: () => nowMs });

  it('serves an entry for the TTL, counted from its lookup, and not after', () => {
    nowMs = 0;
    const cache = make();
    const stamp = cache.stamp();
    nowMs = 400;
    cache.rememberAccess('us_1', access('g1'), stamp);
    nowMs = 999;
    expect(cache.access('g1', 'us_1')).toEqual(access('g1'));
    expect(cache.access('g1', 'us_2')).toBeUndefined();
    nowMs = 1_000;
    expect(cache.access('g1', 'us_1')).toBeUndefined();
  });

  it('asks once per entry for a refresh ahead of its expiry, and a refreshed entry lives on', () => {
    nowMs = 0;
    const cache = make();
    cache.rememberList('l1', 'us_1', ['ws_1'], page, cache.stamp());
    cache.rememberAccess('us_1', access('g1'), cache.stamp());
    nowMs = 599;
    expect(cache.takeListRefresh('l1')).toBe(false);
    expect(cache.takeAccessRefresh('g1', 'us_1')).toBe(false);
    nowMs = 600;
    expect(cache.takeListRefresh('l1')).toBe(true);
    expect(cache.takeListRefresh('l1')).toBe(false);
    expect(cache.takeAccessRefresh('g1', 'us_1')).toBe(true);
    expect(cache.takeAccessRefresh('g1', 'us_1')).toBe(false);
    expect(cache.takeListRefresh('l2')).toBe(false);
    // The refresh's lookup, stamped now, replaces the list; the access one never came back.
    cache.rememberList('l1', 'us_1', ['ws_1'], page, cache.stamp());
    nowMs = 1_000;
    expect(cache.list('l1')).toBe(page);
    expect(cache.access('g1', 'us_1')).toBeUndefined();
    expect(cache.takeListRefresh('l1')).toBe(false);
    nowMs = 1_200;
    expect(cache.takeListRefresh('l1')).toBe(true);
  });

  it('never keeps a refresh that began before a change', () => {
    nowMs = 0;
    const cache = make();
    cache.rememberList('l1', 'us_1', ['ws_1'], page, cache.stamp());
    nowMs = 700;
    expect(cache.takeListRefresh('l1')).toBe(true);
    const refreshStamp = cache.stamp();
    cache.graphChanged('g1', 'ws_1');
    cache.rememberList('l1', 'us_1', ['ws_1'], page, refreshStamp);
    expect(cache.list('l1')).toBeUndefined();
  });

  it('drops a changed graph and its workspace’s lists, and only those', () => {
    nowMs = 0;
    const cache = make();
    cache.rememberAccess('us_1', access('g1'), cache.stamp());
    cache.rememberAccess('us_1', access('g2'), cache.stamp());
    cache.rememberList('l1', 'us_1', ['ws_1'], page, cache.stamp());
    cache.rememberList('l2', 'us_1', ['ws_2'], page, cache.stamp());
    cache.graphChanged('g1', 'ws_1');
    expect(cache.access('g1', 'us_1')).toBeUndefined();
    expect(cache.access('g2', 'us_1')).toBeDefined();
    expect(cache.list('l1')).toBeUndefined();
    expect(cache.list('l2')).toBe(page);
  });

  it('drops every list when the changed graph’s workspace is not known (a delete)', () => {
    const cache = make();
    cache.rememberList('l2', 'us_1', ['ws_2'], page, cache.stamp());
    cache.graphChanged('g9');
    expect(cache.list('l2')).toBeUndefined();
  });

  it('drops a member’s access to the workspace and their lists on a membership change', () => {
    nowMs = 0;
    const cache = make();
    cache.rememberAccess('us_1', access('g1', 'ws_1'), cache.stamp());
    cache.rememberAccess('us_1', access('g2', 'ws_2'), cache.stamp());
    cache.rememberAccess('us_2', access('g1', 'ws_1'), cache.stamp());
    cache.rememberList('l1', 'us_1', ['ws_2'], page, cache.stamp());
    cache.membershipChanged('ws_1', 'us_1');
    expect(cache.access('g1', 'us_1')).toBeUndefined();
    expect(cache.access('g2', 'us_1')).toBeDefined();
    expect(cache.access('g1', 'us_2')).toBeDefined();
    // Their list of every workspace may now cover one more (or one fewer).
    expect(cache.list('l1')).toBeUndefined();
  });

  it('refuses an answer looked up before a change (it may be stale)', () => {
    const cache = make();
    const before = cache.stamp();
    cache.graphChanged('g1', 'ws_1');
    cache.rememberAccess('us_1', access('g1'), before);
    cache.rememberList('l1', 'us_1', ['ws_1'], page, before);
    expect(cache.access('g1', 'us_1')).toBeUndefined();
    expect(cache.list('l1')).toBeUndefined();
    cache.rememberAccess('us_1', access('g1'), cache.stamp());
    expect(cache.access('g1', 'us_1')).toBeDefined();
  });

  it('forgets old changes without reviving an answer from before them', () => {
    nowMs = 0;
    const cache = make(1_000);
    const before = cache.stamp();
    nowMs = 10;
    cache.graphChanged('g1', 'ws_1');
    // A slow lookup lands long after the change…
    nowMs = 900;
    cache.rememberAccess('us_1', access('g1'), before);
    // …and another change prunes the first one: the stale answer is expired by then.
    nowMs = 1_500;
    cache.graphChanged('g2', 'ws_2');
    expect(cache.access('g1', 'us_1')).toBeUndefined();
  });

  it('clears everything, and caches nothing with a TTL of 0', () => {
    const cache = make();
    cache.rememberAccess('us_1', access('g1'), cache.stamp());
    cache.clear();
    expect(cache.access('g1', 'us_1')).toBeUndefined();
    const off = make(0);
    off.rememberList('l1', 'us_1', ['ws_1'], page, off.stamp());
    expect(off.list('l1')).toBeUndefined();
  });

  it('keys list pages by user and every page parameter', () => {
    const keys = new Set([
      graphListKey('us_1', { limit: 20 }),
      graphListKey('us_2', { limit: 20 }),
      graphListKey('us_1', { limit: 21 }),
      graphListKey('us_1', { limit: 20, workspaceId: 'ws_1' }),
      graphListKey('us_1', { limit: 20, cursor: 'c' }),
    ]);
    expect(keys.size).toBe(5);
  });
});

type Graph = { id: string; name: string; revision: number };
const etagOf = (response: Response) => response.headers.get('etag');
const listNames = async (client: { call: SignedInClient['call'] }, query = '') =>
  ((await (await client.call('GET', `/graphs${query}`)).json()) as { graphs: Graph[] }).graphs.map((graph) => graph.name).sort();

/** Every write path on this process: the next read sees it (the TTL is far longer than the test). */
describe('graph reads on one process', () => {
  let harness: ApiHarness;
  beforeAll(async () => {
    harness = await createApiHarness('postgres', { graphReadCacheTtlMs: 60_000 });
  }, 60_000);
  afterAll(() => harness.dispose());

  const create = async (name: string, workspaceId?: string) =>
    (await (await harness.call('POST', '/graphs', { name, document: harbourScene(), ...(workspaceId ? { workspaceId } : {}) })).json()) as Graph;
  const read = (id: string, client: { call: SignedInClient['call'] } = harness.owner) => client.call('GET', `/graphs/${id}`);

  it('see a PUT, a rename, a revision restore and a delete at once', async () => {
    const graph = await create('Cached');
    expect(etagOf(await read(graph.id))).toBe('"1"');
    expect(etagOf(await read(graph.id))).toBe('"1"');
    const put = await harness.call('PUT', `/graphs/${graph.id}`, { document: moved() }, { 'If-Match': '"1"' });
    expect(put.status).toBe(200);
    expect(etagOf(await read(graph.id))).toBe('"2"');

    expect((await harness.call('PATCH', `/graphs/${graph.id}`, { name: 'Renamed' })).status).toBe(200);
    expect(((await (await read(graph.id)).json()) as Graph).name).toBe('Renamed');

    expect((await harness.call('POST', `/graphs/${graph.id}/revisions`, { message: 'two' })).status).toBe(201);
    const revisions = (await (await harness.call('GET', `/graphs/${graph.id}/revisions`)).json()) as { revisions: { revision: number }[] };
    const restored = await harness.call('POST', `/graphs/${graph.id}/revisions/${revisions.revisions.at(-1)!.revision}/restore`, undefined, { 'If-Match': '"2"' });
    expect(restored.status).toBe(200);
    expect(etagOf(await read(graph.id))).toBe(etagOf(restored));

    expect((await harness.call('DELETE', `/graphs/${graph.id}`)).status).toBe(204);
    expect((await read(graph.id)).status).toBe(404);
  });

  it('see a member removed at once', async () => {
    const bo = await harness.signUp('Bo');
    const shared = (await (await harness.call('POST', '/workspaces', { name: 'Shared' })).json()) as { id: string };
    const graph = await create('Shared graph', shared.id);
    expect((await harness.call('POST', `/workspaces/${shared.id}/members`, { email: bo.user.email, role: 'viewer' })).status).toBe(201);
    expect((await read(graph.id, bo)).status).toBe(200);
    expect(await listNames(bo)).toContain('Shared graph');
    expect((await read(graph.id, bo)).status).toBe(200);
    expect((await harness.call('DELETE', `/workspaces/${shared.id}/members/${bo.user.id}`)).status).toBe(204);
    expect((await read(graph.id, bo)).status).toBe(404);
    expect(await listNames(bo)).not.toContain('Shared graph');
  });

  it('list what was created, renamed and deleted, and what a new membership shows', async () => {
    const cy = await harness.signUp('Cy');
    const theirs = (await (await cy.call('POST', '/graphs', { name: 'Cy one' })).json()) as Graph;
    expect(await listNames(cy)).toEqual(['Cy one']);
    expect(await listNames(cy, `?workspaceId=${cy.workspaceId}`)).toEqual(['Cy one']);
    await cy.call('POST', '/graphs', { name: 'Cy two' });
    expect(await listNames(cy)).toEqual(['Cy one', 'Cy two']);
    expect(await listNames(cy, `?workspaceId=${cy.workspaceId}`)).toEqual(['Cy one', 'Cy two']);
    await cy.call('PATCH', `/graphs/${theirs.id}`, { name: 'Cy first' });
    expect(await listNames(cy)).toEqual(['Cy first', 'Cy two']);
    await cy.call('DELETE', `/graphs/${theirs.id}`);
    expect(await listNames(cy)).toEqual(['Cy two']);
    // Joining a workspace adds its graphs to the list of every workspace.
    const shared = (await (await harness.call('POST', '/workspaces', { name: 'For Cy' })).json()) as { id: string };
    await create('Owner’s', shared.id);
    expect((await harness.call('POST', `/workspaces/${shared.id}/members`, { email: cy.user.email, role: 'viewer' })).status).toBe(201);
    expect(await listNames(cy)).toEqual(['Cy two', 'Owner’s']);
  });
});

/** The projection of live edits takes a new revision on the process that has the room open. */
describe('graph reads next to a collaborative edit', () => {
  let harness: CollabHarness;
  beforeAll(async () => {
    harness = await startCollabHarness('postgres');
  }, 60_000);
  afterAll(() => harness?.dispose());

  it('see the projection’s new revision well within the TTL', async () => {
    const owner = await harness.signUp('Editor');
    const graphId = await harness.createGraph(owner, harbourScene());
    const revision = async () => ((await (await owner.call('GET', `/graphs/${graphId}`)).json()) as Graph).revision;
    expect(await revision()).toBe(1);
    expect(await revision()).toBe(1);
    const client = harness.connect(graphId, owner);
    await client.synced;
    client.command({ kind: 'MoveNodes', moves: [{ id: 'mara', position: { x: 4242, y: 17 } }] });
    // The projection is written within projectionMaxWaitMs (1 s here); the TTL is 5 s.
    await eventually(async () => expect(await revision()).toBeGreaterThan(1), 2_500);
    client.destroy();
  });
});

/**
 * Two app instances over one database, each with its own cache, as two server processes
 * are: a write on one must reach the other's cache.
 */
describe('graph reads across processes', () => {
  const processes = useProcesses({ graphReadCacheTtlMs: 10_000 });
  const makeApp = (relay: 'redis' | 'none') => {
    const app = processes.start(relay);
    return { app, call: (cookie: string) => browserOn(app, cookie) };
  };
  const signUp = (on: ReturnType<typeof makeApp>) => signUpOn(on.app);
  /** Polls `b` until `check` holds, for at most 2 s (far below the 10 s TTL). */
  const soon = async (check: () => Promise<boolean>) => {
    const deadline = Date.now() + 2_000;
    while (!(await check()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    return check();
  };


  it('see a write and a new graph made on another process as soon as the relay delivers them', async () => {
    const a = makeApp('redis');
    const b = makeApp('redis');
    const cookie = await signUp(a);
    const graph = (await (await a.call(cookie)('POST', '/graphs', { name: 'Relayed', document: harbourScene() })).json()) as Graph;
    const onB = b.call(cookie);
    expect(etagOf(await onB('GET', `/graphs/${graph.id}`))).toBe('"1"');
    expect(((await (await onB('GET', '/graphs')).json()) as { graphs: Graph[] }).graphs).toHaveLength(1);
    expect((await a.call(cookie)('PUT', `/graphs/${graph.id}`, { document: harbourScene(), name: 'Relayed again' }, { 'If-Match': '*' })).status).toBe(200);
    expect(await soon(async () => etagOf(await onB('GET', `/graphs/${graph.id}`)) === '"2"')).toBe(true);
    await a.call(cookie)('POST', '/graphs', { name: 'Second' });
    expect(await soon(async () => ((await (await onB('GET', '/graphs')).json()) as { graphs: Graph[] }).graphs.length === 2)).toBe(true);
  });

  it('without the relay, see it once the TTL has passed (the documented bound)', async () => {
    const a = makeApp('none');
    const b = makeApp('none');
    const cookie = await signUp(a);
    const graph = (await (await a.call(cookie)('POST', '/graphs', { name: 'Unrelayed' })).json()) as Graph;
    const onB = b.call(cookie);
    const listed = async () => ((await (await onB('GET', '/graphs')).json()) as { graphs: Graph[] }).graphs.length;
    expect(etagOf(await onB('GET', `/graphs/${graph.id}`))).toBe('"1"');
    expect(await listed()).toBe(1);
    expect((await a.call(cookie)('PUT', `/graphs/${graph.id}`, { document: harbourScene() }, { 'If-Match': '*' })).status).toBe(200);
    await a.call(cookie)('POST', '/graphs', { name: 'Unrelayed too' });
    // The cost of a lost message: b still serves what it cached (so both routes do cache)…
    expect(etagOf(await onB('GET', `/graphs/${graph.id}`))).toBe('"1"');
    expect(await listed()).toBe(1);
    processes.advanceClock(10_000);
    // …for at most the TTL.
    expect(etagOf(await onB('GET', `/graphs/${graph.id}`))).toBe('"2"');
    expect(await listed()).toBe(2);
  });
});
