import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harbourScene } from '../test/documents.js';
import { bodyOf, createApiHarness, type ApiClient, type ApiHarness, type SignedInClient } from '../test/harness.js';

/**
 * The authorization matrix: every /api/v1 operation × every kind of caller, with the
 * exact status each must get. The operations come from the OpenAPI document, so a new
 * route without a row here fails the first test.
 */

const PRINCIPALS = ['anonymous', 'outsider', 'viewer', 'editor', 'owner', 'keyWithScope', 'keyWithoutScope'] as const;
type Principal = (typeof PRINCIPALS)[number];
type Expected = Record<Principal, number>;
type Scope = 'read' | 'write' | 'run' | 'session' | 'public';

/** A workspace owned by `owner` with a viewer and an editor, a graph in it, and someone outside. */
interface World {
  owner: SignedInClient;
  editor: SignedInClient;
  viewer: SignedInClient;
  outsider: SignedInClient;
  workspaceId: string;
  graphId: string;
  /** A fresh graph in the workspace (for routes that use one up). */
  newGraph(): Promise<string>;
}

interface Call {
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Row {
  scope: Scope;
  expected: Expected;
  /** Builds the request for one principal; may create what it consumes (a graph to delete). */
  request(world: World, who: Principal, caller: SignedInClient | undefined): Promise<Call> | Call;
}

const publicRoute = (ok: number): Expected => ({ anonymous: ok, outsider: ok, viewer: ok, editor: ok, owner: ok, keyWithScope: ok, keyWithoutScope: ok });
const anyoneSignedIn = (ok: number): Expected => ({ anonymous: 401, outsider: ok, viewer: ok, editor: ok, owner: ok, keyWithScope: ok, keyWithoutScope: 403 });
const sessionOnly = (ok: number): Expected => ({ anonymous: 401, outsider: ok, viewer: ok, editor: ok, owner: ok, keyWithScope: 403, keyWithoutScope: 403 });
const workspaceRead = (ok: number): Expected => ({ anonymous: 401, outsider: 404, viewer: ok, editor: ok, owner: ok, keyWithScope: ok, keyWithoutScope: 403 });
const workspaceWrite = (ok: number): Expected => ({ anonymous: 401, outsider: 404, viewer: 403, editor: ok, owner: ok, keyWithScope: ok, keyWithoutScope: 403 });
const workspaceManage = (ok: number): Expected => ({ anonymous: 401, outsider: 404, viewer: 403, editor: 403, owner: ok, keyWithScope: ok, keyWithoutScope: 403 });

let emails = 0;
const freshEmail = () => `matrix-${++emails}-${Date.now()}@example.test`;

const MATRIX: Record<string, Row> = {
  'GET /api/v1/auth/instance': { scope: 'public', expected: publicRoute(200), request: () => ({ path: '/auth/instance' }) },
  'POST /api/v1/auth/signup': { scope: 'public', expected: publicRoute(201), request: () => ({ path: '/auth/signup', body: { email: freshEmail(), password: 'long-enough-password', name: 'New' } }) },
  'POST /api/v1/auth/login': {
    scope: 'public',
    expected: publicRoute(200),
    request: (world) => ({ path: '/auth/login', body: { email: world.outsider.user.email, password: world.outsider.password } }),
  },
  'POST /api/v1/auth/logout': { scope: 'public', expected: publicRoute(204), request: () => ({ path: '/auth/logout' }) },
  'POST /api/v1/auth/password': {
    scope: 'session',
    expected: sessionOnly(204),
    request: (world, _who, caller) => ({ path: '/auth/password', body: { currentPassword: (caller ?? world.owner).password, newPassword: 'another-long-password' } }),
  },
  'GET /api/v1/me': { scope: 'read', expected: anyoneSignedIn(200), request: () => ({ path: '/me' }) },
  // Nobody signed in is an answer here (me: null); a key still needs the scope GET /me asks.
  'GET /api/v1/auth/session': { scope: 'read', expected: { ...anyoneSignedIn(200), anonymous: 200 }, request: () => ({ path: '/auth/session' }) },
  'GET /api/v1/api-keys': { scope: 'session', expected: sessionOnly(200), request: () => ({ path: '/api-keys' }) },
  'POST /api/v1/api-keys': { scope: 'session', expected: sessionOnly(201), request: () => ({ path: '/api-keys', body: { name: 'CI', scopes: ['read'] } }) },
  'DELETE /api/v1/api-keys/{id}': {
    scope: 'session',
    // The key is the owner's: anyone else gets 404, as if it did not exist.
    expected: { anonymous: 401, outsider: 404, viewer: 404, editor: 404, owner: 204, keyWithScope: 403, keyWithoutScope: 403 },
    request: async (world) => ({ path: `/api-keys/${(await world.owner.withApiKey(['read'])).id}` }),
  },
  'GET /api/v1/workspaces': { scope: 'read', expected: anyoneSignedIn(200), request: () => ({ path: '/workspaces' }) },
  'POST /api/v1/workspaces': { scope: 'write', expected: anyoneSignedIn(201), request: () => ({ path: '/workspaces', body: { name: 'Team' } }) },
  'GET /api/v1/workspaces/{id}/backends': { scope: 'read', expected: workspaceManage(200), request: (world) => ({ path: `/workspaces/${world.workspaceId}/backends` }) },
  'POST /api/v1/workspaces/{id}/backends': {
    scope: 'write',
    expected: workspaceManage(201),
    request: (world) => ({ path: `/workspaces/${world.workspaceId}/backends`, body: { name: `gpu ${++backends}`, config: comfyConfig() } }),
  },
  'GET /api/v1/workspaces/{id}/backends/{backendId}': {
    scope: 'read',
    expected: workspaceManage(200),
    request: async (world) => ({ path: `/workspaces/${world.workspaceId}/backends/${await newBackend(world)}` }),
  },
  'PATCH /api/v1/workspaces/{id}/backends/{backendId}': {
    scope: 'write',
    expected: workspaceManage(200),
    request: async (world) => ({ path: `/workspaces/${world.workspaceId}/backends/${await newBackend(world)}`, body: { name: `renamed ${++backends}` } }),
  },
  'DELETE /api/v1/workspaces/{id}/backends/{backendId}': {
    scope: 'write',
    expected: workspaceManage(204),
    request: async (world) => ({ path: `/workspaces/${world.workspaceId}/backends/${await newBackend(world)}` }),
  },
  'POST /api/v1/workspaces/{id}/backends/{backendId}/test': {
    scope: 'write',
    expected: workspaceManage(200),
    request: async (world) => ({ path: `/workspaces/${world.workspaceId}/backends/${await newBackend(world)}/test` }),
  },
  'GET /api/v1/workspaces/{id}': { scope: 'read', expected: workspaceRead(200), request: (world) => ({ path: `/workspaces/${world.workspaceId}` }) },
  'GET /api/v1/workspaces/{id}/members': { scope: 'read', expected: workspaceRead(200), request: (world) => ({ path: `/workspaces/${world.workspaceId}/members` }) },
  'POST /api/v1/workspaces/{id}/members': {
    scope: 'write',
    expected: workspaceManage(201),
    request: async (world) => ({ path: `/workspaces/${world.workspaceId}/members`, body: { email: (await signUpExtra(world)).user.email, role: 'viewer' } }),
  },
  'PATCH /api/v1/workspaces/{id}/members/{userId}': {
    scope: 'write',
    expected: workspaceManage(200),
    request: async (world) => ({ path: `/workspaces/${world.workspaceId}/members/${await addExtraMember(world)}`, body: { role: 'editor' } }),
  },
  'DELETE /api/v1/workspaces/{id}/members/{userId}': {
    scope: 'write',
    expected: workspaceManage(204),
    request: async (world) => ({ path: `/workspaces/${world.workspaceId}/members/${await addExtraMember(world)}` }),
  },
  'GET /api/v1/node-types': { scope: 'public', expected: publicRoute(200), request: () => ({ path: '/node-types' }) },
  'GET /api/v1/graphs': { scope: 'read', expected: workspaceRead(200), request: (world) => ({ path: `/graphs?workspaceId=${world.workspaceId}` }) },
  'POST /api/v1/graphs': { scope: 'write', expected: workspaceWrite(201), request: (world) => ({ path: '/graphs', body: { name: 'New', workspaceId: world.workspaceId } }) },
  'POST /api/v1/graphs/import': {
    scope: 'write',
    expected: workspaceWrite(201),
    request: (world) => ({ path: '/graphs/import', body: { format: 'json', source: harbourScene(), workspaceId: world.workspaceId } }),
  },
  'POST /api/v1/graphs/{id}/import': {
    scope: 'write',
    expected: workspaceWrite(200),
    request: async (world) => ({ path: `/graphs/${await world.newGraph()}/import`, body: { format: 'fountain', source: 'INT. HARBOUR - DAY\n\nMARA\nMorning.' } }),
  },
  'GET /api/v1/graphs/{id}': { scope: 'read', expected: workspaceRead(200), request: (world) => ({ path: `/graphs/${world.graphId}` }) },
  'PUT /api/v1/graphs/{id}': {
    scope: 'write',
    expected: workspaceWrite(200),
    request: (world) => ({ path: `/graphs/${world.graphId}`, body: { document: harbourScene() }, headers: { 'If-Match': '*' } }),
  },
  'PATCH /api/v1/graphs/{id}': { scope: 'write', expected: workspaceWrite(200), request: (world) => ({ path: `/graphs/${world.graphId}`, body: { name: 'Renamed' } }) },
  'DELETE /api/v1/graphs/{id}': { scope: 'write', expected: workspaceWrite(204), request: async (world) => ({ path: `/graphs/${await world.newGraph()}` }) },
  'GET /api/v1/graphs/{id}/export': { scope: 'read', expected: workspaceRead(200), request: (world) => ({ path: `/graphs/${world.graphId}/export` }) },
  'GET /api/v1/graphs/{id}/exports/{format}': { scope: 'read', expected: workspaceRead(200), request: (world) => ({ path: `/graphs/${world.graphId}/exports/csv_shot_list` }) },
  'POST /api/v1/graphs/{id}/collab-token': { scope: 'read', expected: workspaceRead(200), request: (world) => ({ path: `/graphs/${world.graphId}/collab-token` }) },
  'POST /api/v1/graphs/{id}/revisions': { scope: 'write', expected: workspaceWrite(201), request: async (world) => ({ path: `/graphs/${await world.newGraph()}/revisions` }) },
  'GET /api/v1/graphs/{id}/revisions': { scope: 'read', expected: workspaceRead(200), request: (world) => ({ path: `/graphs/${world.graphId}/revisions` }) },
  'GET /api/v1/graphs/{id}/revisions/{rev}': { scope: 'read', expected: workspaceRead(200), request: (world) => ({ path: `/graphs/${world.graphId}/revisions/1` }) },
  'POST /api/v1/graphs/{id}/revisions/{rev}/restore': {
    scope: 'write',
    expected: workspaceWrite(200),
    request: (world) => ({ path: `/graphs/${world.graphId}/revisions/1/restore` }),
  },
  // Runs: starting and cancelling need the `run` scope and an editor; reading needs `read`.
  'POST /api/v1/graphs/{id}/runs': { scope: 'run', expected: workspaceWrite(202), request: (world) => ({ path: `/graphs/${world.graphId}/runs`, body: {} }) },
  'GET /api/v1/graphs/{id}/runs': { scope: 'read', expected: workspaceRead(200), request: (world) => ({ path: `/graphs/${world.graphId}/runs` }) },
  'GET /api/v1/runs/{id}': { scope: 'read', expected: workspaceRead(200), request: async (world) => ({ path: `/runs/${await finishedRun(world)}` }) },
  'POST /api/v1/runs/{id}/cancel': { scope: 'run', expected: workspaceWrite(202), request: async (world) => ({ path: `/runs/${await finishedRun(world)}/cancel` }) },
  'GET /api/v1/graphs/{id}/runs/events': { scope: 'read', expected: workspaceRead(200), request: (world) => ({ path: `/graphs/${world.graphId}/runs/events` }) },
  'GET /api/v1/graphs/{id}/results': { scope: 'read', expected: workspaceRead(200), request: (world) => ({ path: `/graphs/${world.graphId}/results` }) },
  'GET /api/v1/runs/{id}/events': { scope: 'read', expected: workspaceRead(200), request: async (world) => ({ path: `/runs/${await finishedRun(world)}/events` }) },
  'GET /api/v1/artifacts/{hash}': { scope: 'read', expected: workspaceRead(200), request: async (world) => ({ path: `/artifacts/${await artifactOf(world)}` }) },
  'POST /api/v1/batches': {
    scope: 'run',
    expected: workspaceWrite(201),
    request: (world) => ({ path: '/batches', body: { graphId: world.graphId, items: [{ overrides: {} }] }, headers: { 'Idempotency-Key': `matrix-${++emails}` } }),
  },
  'GET /api/v1/batches': { scope: 'read', expected: anyoneSignedIn(200), request: () => ({ path: '/batches' }) },
  'GET /api/v1/batches/{id}': { scope: 'read', expected: workspaceRead(200), request: async (world) => ({ path: `/batches/${await ownersBatch(world)}` }) },
  'GET /api/v1/batches/{id}/items': { scope: 'read', expected: workspaceRead(200), request: async (world) => ({ path: `/batches/${await ownersBatch(world)}/items` }) },
  'POST /api/v1/batches/{id}/cancel': { scope: 'run', expected: workspaceWrite(200), request: async (world) => ({ path: `/batches/${await ownersBatch(world)}/cancel` }) },
  'POST /api/v1/batches/{id}/retry': { scope: 'run', expected: workspaceWrite(200), request: async (world) => ({ path: `/batches/${await ownersBatch(world)}/retry` }) },
  'GET /api/v1/batches/{id}/events': { scope: 'read', expected: workspaceRead(200), request: async (world) => ({ path: `/batches/${await ownersBatch(world)}/events` }) },
};

/** A run of the world's graph that has finished (started by the owner). */
async function finishedRun(world: World): Promise<string> {
  const started = await world.owner.call('POST', `/graphs/${world.graphId}/runs`, {});
  expect(started.status).toBe(202);
  const { id } = (await bodyOf(started)) as { id: string };
  for (let tries = 0; tries < 400; tries += 1) {
    const run = (await bodyOf(await world.owner.call('GET', `/runs/${id}`))) as { status: string };
    if (['succeeded', 'failed', 'cancelled'].includes(run.status)) return id;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`run ${id} did not finish`);
}

/** A completed one-item batch of the world's graph (submitted by the owner). */
async function ownersBatch(world: World): Promise<string> {
  const created = await world.owner.call('POST', '/batches', { graphId: world.graphId, items: [{ overrides: {} }] }, { 'Idempotency-Key': `matrix-batch-${++emails}` });
  expect(created.status).toBe(201);
  const { id } = (await bodyOf(created)) as { id: string };
  for (let tries = 0; tries < 400; tries += 1) {
    const batch = (await bodyOf(await world.owner.call('GET', `/batches/${id}`))) as { status: string };
    if (batch.status === 'completed') return id;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`batch ${id} did not complete`);
}

/** The hash of an artifact the world's graph produced. */
async function artifactOf(world: World): Promise<string> {
  const id = await finishedRun(world);
  const run = (await bodyOf(await world.owner.call('GET', `/runs/${id}`))) as { nodes: { outputs: { artifacts: Record<string, { hash: string }> } | null }[] };
  const hash = run.nodes.flatMap((node) => Object.values(node.outputs?.artifacts ?? {}))[0]?.hash;
  if (!hash) throw new Error('the run produced no artifact');
  return hash;
}

let harness: ApiHarness;

let backends = 0;
/** A ComfyUI config whose server is not there (.invalid never resolves): the test route answers ok: false at once. */
const comfyConfig = () => ({
  kind: 'comfyui',
  url: 'http://gpu.invalid:9',
  workflow: { '3': { class_type: 'KSampler', inputs: { seed: 0, steps: 20 } }, '5': { class_type: 'EmptyLatentImage', inputs: { width: 512, height: 512 } }, '6': { class_type: 'CLIPTextEncode', inputs: { text: '' } }, '7': { class_type: 'CLIPTextEncode', inputs: { text: '' } }, '9': { class_type: 'SaveImage', inputs: {} } },
  binding: { positive: '6.inputs.text', negative: '7.inputs.text', seed: '3.inputs.seed', width: '5.inputs.width', height: '5.inputs.height', output: '9' },
});

async function newBackend(world: World): Promise<string> {
  const response = await world.owner.call('POST', `/workspaces/${world.workspaceId}/backends`, { name: `gpu ${++backends}`, config: comfyConfig() });
  expect(response.status).toBe(201);
  return (await bodyOf(response)).id as string;
}

async function signUpExtra(world: World): Promise<SignedInClient> {
  void world;
  return harness.signUp('Extra');
}

async function addExtraMember(world: World): Promise<string> {
  const extra = await signUpExtra(world);
  const response = await world.owner.call('POST', `/workspaces/${world.workspaceId}/members`, { email: extra.user.email, role: 'viewer' });
  expect(response.status).toBe(201);
  return extra.user.id;
}

async function buildWorld(): Promise<World> {
  const [owner, editor, viewer, outsider] = await Promise.all(['Owner', 'Editor', 'Viewer', 'Outsider'].map((name) => harness.signUp(name)));
  const workspaceId = owner!.workspaceId;
  for (const [member, role] of [
    [editor!, 'editor'],
    [viewer!, 'viewer'],
  ] as const) {
    expect((await owner!.call('POST', `/workspaces/${workspaceId}/members`, { email: member.user.email, role })).status).toBe(201);
  }
  const newGraph = async () => {
    const response = await owner!.call('POST', '/graphs', { name: 'Harbour', workspaceId, document: harbourScene() });
    return (await bodyOf(response)).id as string;
  };
  const graphId = await newGraph();
  expect((await owner!.call('POST', `/graphs/${graphId}/revisions`)).status).toBe(201);
  return { owner: owner!, editor: editor!, viewer: viewer!, outsider: outsider!, workspaceId, graphId, newGraph };
}

async function callerFor(world: World, who: Principal, scope: Scope): Promise<{ client: ApiClient; person?: SignedInClient }> {
  const needed = scope === 'read' || scope === 'write' || scope === 'run' ? scope : undefined;
  switch (who) {
    case 'anonymous':
      return { client: harness.anonymous };
    case 'outsider':
    case 'viewer':
    case 'editor':
    case 'owner':
      return { client: world[who], person: world[who] };
    case 'keyWithScope':
      return { client: await world.owner.withApiKey(needed ? [needed] : ['read', 'write', 'run']) };
    case 'keyWithoutScope':
      return { client: await world.owner.withApiKey(['read', 'write', 'run'].filter((scope) => scope !== needed && needed !== undefined).concat(needed ? [] : ['run'])) };
    default: {
      const unknownPrincipal: never = who;
      throw new Error(`unknown principal ${String(unknownPrincipal)}`);
    }
  }
}

describe('the authorization matrix', () => {
  beforeAll(async () => {
    harness = await createApiHarness('postgres');
  });
  afterAll(() => harness?.dispose());

  it('has a row for every API operation (add one for a new route)', async () => {
    const document = await bodyOf(await harness.request('/api/v1/openapi.json'));
    // /healthz and /readyz are documented too: unauthenticated probes outside /api/v1, not in the matrix.
    const operations = Object.entries(document.paths as Record<string, Record<string, unknown>>)
      .filter(([path]) => path.startsWith('/api/v1/'))
      .flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));
    expect(operations.filter((operation) => !(operation in MATRIX)), 'operations without a matrix row').toEqual([]);
    expect(Object.keys(MATRIX).filter((operation) => !operations.includes(operation)), 'matrix rows without an operation').toEqual([]);
  });

  it.each(Object.entries(MATRIX))('%s', async (operation, row) => {
    const world = await buildWorld();
    const method = operation.split(' ')[0]!;
    // Callers first: a sign-out or password change as the owner must not stop their keys being made.
    const callers = new Map<Principal, Awaited<ReturnType<typeof callerFor>>>();
    for (const who of PRINCIPALS) callers.set(who, await callerFor(world, who, row.scope));
    const actual: Partial<Expected> = {};
    for (const who of PRINCIPALS) {
      const { client, person } = callers.get(who)!;
      const call = await row.request(world, who, person);
      const response = await client.call(method, call.path, call.body, call.headers);
      actual[who] = response.status;
      // An event stream that never ends by itself (GET /graphs/:id/runs/events): the status is all we need.
      if (response.headers.get('Content-Type')?.startsWith('text/event-stream')) await response.body?.cancel();
      if (response.status >= 400) {
        expect(response.headers.get('Content-Type'), `${operation} as ${who}`).toBe('application/problem+json');
      }
    }
    expect(actual).toEqual(row.expected);
  });
});
