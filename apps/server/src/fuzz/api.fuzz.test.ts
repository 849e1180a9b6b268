import { request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { harbourScene } from '../test/documents.js';
import { eventually, startCollabHarness, type CollabHarness, type HttpUser } from '../test/collab-harness.js';
import { fuzzRequest, operationsOf, type FuzzRequest, type Operation } from './http-fuzz.js';

/*
 * Hostile input against every route of the OpenAPI document, over real sockets, as the
 * instance owner and as nobody: never a 500, never a hang, every refusal a problem+json
 * 4xx. Then malformed frames on the collab socket: it closes with a protocol code and the
 * server goes on serving a healthy client. A failure prints the seed; replay it with
 * FUZZ_SEED=<seed> (and FUZZ_RUNS=<n> for a longer run).
 */

const SEED = Number(process.env['FUZZ_SEED'] ?? Date.now() % 2 ** 31);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 1200);
const MAX_BODY_BYTES = 1024 * 1024; // what the collab harness configures
/** Close codes a malformed frame may earn (docs/collaboration.md): ours, or ws's own protocol errors. */
const PROTOCOL_CLOSE_CODES = [4400, 4413, 4429, 1002, 1003, 1007, 1009];

let harness: CollabHarness;
let owner: HttpUser;
let operations: Operation[];
const valid: Record<string, string> = {};

beforeAll(async () => {
  harness = await startCollabHarness('postgres');
  owner = await harness.signUp('Fuzz owner');
  const member = await harness.signUp('Fuzz member');
  await harness.share(owner, member, 'editor');
  valid['graph'] = await harness.createGraph(owner, harbourScene());
  valid['workspace'] = owner.workspaceId;
  valid['member'] = member.id;
  valid['apiKey'] = ((await (await owner.call('POST', '/api-keys', { name: 'fuzz', scopes: ['read'] })).json()) as { id: string }).id;
  const run = (await (await owner.call('POST', `/graphs/${valid['graph']}/runs`)).json()) as { id: string };
  valid['run'] = run.id;
  const finished = await eventually(async () => {
    const body = (await (await owner.call('GET', `/runs/${run.id}`)).json()) as { status: string; nodes: { outputs: { artifacts: Record<string, { hash: string }> } | null }[] };
    if (!['succeeded', 'failed'].includes(body.status)) throw new Error(`run ${body.status}`);
    return body;
  }, 60_000);
  valid['artifact'] = finished.nodes.flatMap((node) => Object.values(node.outputs?.artifacts ?? {}))[0]?.hash ?? '0'.repeat(64);
  operations = operationsOf(await (await fetch(`${harness.baseUrl}/api/v1/openapi.json`)).json());
}, 120_000);
afterAll(() => harness?.dispose());

/** The valid value the test knows for a path parameter, so junk elsewhere reaches the handler. */
function validParam(path: string, name: string): string {
  if (name === 'rev') return '1';
  if (name === 'hash') return valid['artifact']!;
  if (name === 'userId') return valid['member']!;
  if (path.startsWith('/workspaces/')) return valid['workspace']!;
  if (path.startsWith('/runs/')) return valid['run']!;
  if (path.startsWith('/api-keys/')) return valid['apiKey']!;
  return valid['graph']!;
}

type Identity = 'owner' | 'anonymous';

async function send(request: FuzzRequest, identity: Identity): Promise<Response> {
  const { operation } = request;
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(request.params[name] ?? validParam(operation.path, name)));
  const query = new URLSearchParams(request.query).toString();
  const headers: Record<string, string> = {
    ...(identity === 'owner' ? { Cookie: `pc_session=${owner.cookie}`, Origin: harness.baseUrl, 'Sec-Fetch-Site': 'same-origin' } : {}),
    ...(request.body.contentType ? { 'Content-Type': request.body.contentType } : {}),
    ...request.headers,
  };
  const withBody = request.body.text !== undefined && operation.method !== 'GET';
  const url = `${harness.baseUrl}/api/v1${path}${query ? `?${query}` : ''}`;
  if (withBody && Buffer.byteLength(request.body.text!) > MAX_BODY_BYTES) return sendOversized(url, operation.method, headers, request.body.text!);
  return fetch(url, {
    method: operation.method,
    headers,
    ...(withBody ? { body: request.body.text } : {}),
    signal: AbortSignal.timeout(20_000),
  });
}

/**
 * A body over the limit, sent with node:http: the server answers 413 from Content-Length
 * and may close the socket before the upload ends, which fetch reports as a network error
 * even though the answer arrived. node:http hands over the answer it got.
 */
function sendOversized(url: string, method: string, headers: Record<string, string>, body: string): Promise<Response> {
  return new Promise((resolve, reject) => {
    // A fresh connection: the server may close this one, and a pooled socket it closed earlier would reset.
    const outgoing = httpRequest(url, { method, agent: false, headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) } }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () =>
        resolve(new Response(Buffer.concat(chunks), { status: incoming.statusCode ?? 0, headers: Object.entries(incoming.headers).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value] as [string, string]] : [])) })),
      );
    });
    let answered = false;
    outgoing.on('response', () => (answered = true));
    // A reset after the answer is the server refusing the rest of the upload, not a failure.
    outgoing.on('error', (error) => (answered ? undefined : reject(error)));
    outgoing.end(body);
  });
}

/** A clear answer: a success, or a problem+json 4xx whose body agrees with the status. */
async function expectClearAnswer(response: Response, request: string): Promise<void> {
  const what = `${request} → ${response.status}`;
  expect(response.status, what).toBeLessThan(500);
  const type = response.headers.get('Content-Type') ?? '';
  // 431 (headers over Node's 16 KiB limit) is answered by Node's HTTP parser before the
  // app sees the request: a bare status line, still a clear 4xx.
  if (response.status === 431) {
    await response.arrayBuffer();
    return;
  }
  if (response.status >= 400) {
    expect(type, what).toMatch(/^application\/problem\+json/);
    const problem = JSON.parse(await response.text()) as { status: number; code: string; title: string };
    expect(problem.status, what).toBe(response.status);
    expect(problem.code, what).toEqual(expect.any(String));
    expect(problem.title, what).toEqual(expect.any(String));
  } else if (type.startsWith('text/event-stream')) {
    await response.body?.cancel();
  } else {
    await response.arrayBuffer();
  }
}

const describeRequest = (request: FuzzRequest, identity: Identity) =>
  `${identity} ${request.operation.method} ${request.operation.path} params=${JSON.stringify(request.params).slice(0, 200)} query=${JSON.stringify(request.query).slice(0, 200)} headers=${JSON.stringify(request.headers).slice(0, 300)} body=${(request.body.text ?? '').slice(0, 200)}`;

/** The owner must stay signed in for the run to mean anything: signing out is fuzzed anonymously only. */
const ownerMay = (operation: Operation) => !(operation.method === 'POST' && operation.path === '/auth/logout');

describe('fuzzing the HTTP API (Postgres, real sockets)', () => {
  it('enumerates every route of the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(30);
    expect(operations.map((operation) => `${operation.method} ${operation.path}`)).toEqual(
      expect.arrayContaining(['GET /graphs/{id}', 'PUT /graphs/{id}', 'POST /graphs', 'GET /runs/{id}/events', 'GET /artifacts/{hash}', 'DELETE /workspaces/{id}/members/{userId}']),
    );
  });

  for (const identity of ['owner', 'anonymous'] as const) {
    it(`answers ${RUNS} hostile requests as ${identity === 'owner' ? 'the instance owner' : 'an anonymous caller'} with a clear 4xx or a success`, async () => {
      const candidates = identity === 'owner' ? operations.filter(ownerMay) : operations;
      try {
        await fc.assert(
          fc.asyncProperty(fuzzRequest(candidates, MAX_BODY_BYTES), async (request) => {
            const response = await send(request, identity);
            await expectClearAnswer(response, describeRequest(request, identity));
          }),
          { seed: SEED, numRuns: RUNS, endOnFailure: true },
        );
      } catch (error) {
        console.error(`API fuzz failed: replay with FUZZ_SEED=${SEED}`);
        throw error;
      }
      // Still the owner, still serving.
      expect((await owner.call('GET', '/me')).status).toBe(200);
    }, 600_000);
  }
});

/** Opens a raw socket to the collab endpoint as the owner; resolves once it is open. */
function openRawSocket(graphId: string): Promise<{ socket: WebSocket; closed: Promise<number> }> {
  const socket = new WebSocket(`${harness.baseUrl.replace(/^http/, 'ws')}/collab/${graphId}`, { headers: { Cookie: `pc_session=${owner.cookie}`, Origin: harness.baseUrl } });
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  socket.on('error', () => undefined);
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve({ socket, closed }));
    socket.once('unexpected-response', (_request, response) => reject(new Error(`upgrade refused: ${response.statusCode}`)));
  });
}

const varUint = (value: number) => {
  const bytes: number[] = [];
  while (value > 0x7f) {
    bytes.push((value & 0x7f) | 0x80);
    value = Math.floor(value / 128);
  }
  bytes.push(value);
  return bytes;
};

/** Malformed y-websocket frames: random bytes, truncated varints, huge lengths, unknown types, text. */
const malformedFrame = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => ({ binary: bytes })),
  fc.constantFrom(
    [0x80],
    [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f],
    [0, 0, ...varUint(2 ** 31)],
    [0, 2, ...varUint(2 ** 30), 1, 2, 3],
    [1, ...varUint(2 ** 28), 1],
    [99],
    [0, 7],
    [0, 1, 5, 0xff],
    [2, 0xff],
    [0, 2, 3, 0, 0, 0],
  ).map((bytes) => ({ binary: Uint8Array.from(bytes) })),
  fc
    .tuple(fc.constantFrom(0, 1, 2, 3, 4, 127, 128), fc.constantFrom(0, 1, 2, 3, 9), fc.uint8Array({ maxLength: 48 }))
    .map(([type, sub, rest]) => ({ binary: Uint8Array.from([...varUint(type), sub, ...rest]) })),
  fc.string({ maxLength: 40 }).map((text) => ({ text })),
);

describe('fuzzing the collab socket', () => {
  it('closes a socket that sends malformed frames with a protocol code, and keeps serving a healthy client', async () => {
    // A graph of its own: the HTTP fuzz may have deleted the shared one.
    const graphId = await harness.createGraph(owner, harbourScene());
    const healthy = harness.connect(graphId, owner);
    await healthy.synced;
    const codes = new Map<number, number>();
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(malformedFrame, { minLength: 1, maxLength: 3 }), async (frames) => {
          const { socket, closed } = await openRawSocket(graphId);
          for (const frame of frames) if (socket.readyState === WebSocket.OPEN) socket.send('text' in frame ? frame.text : frame.binary, { binary: !('text' in frame) });
          // A frame that happens to be valid leaves the socket open: then we close it.
          const code = await Promise.race([closed, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 300))]);
          if (code === undefined) {
            socket.close(1000);
            const handshake = await Promise.race([closed, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 5_000))]);
            if (handshake === undefined) socket.terminate();
            expect(handshake, `no close handshake after ${JSON.stringify(frames.map((frame) => ('text' in frame ? frame.text : [...frame.binary])))}`).toBeDefined();
            return;
          }
          codes.set(code, (codes.get(code) ?? 0) + 1);
          expect(PROTOCOL_CLOSE_CODES, `frames ${JSON.stringify(frames.map((frame) => ('text' in frame ? frame.text : [...frame.binary])))} closed with ${code}`).toContain(code);
        }),
        { seed: SEED, numRuns: Math.max(100, Math.round(RUNS / 8)), endOnFailure: true },
      );
    } catch (error) {
      console.error(`collab fuzz failed: replay with FUZZ_SEED=${SEED}`);
      throw error;
    }
    // Most of what was sent is garbage: most sockets were closed by the server, with 4400.
    expect(codes.get(4400) ?? 0).toBeGreaterThan(10);
    expect(healthy.closes).toEqual([]);
    const edited = await eventually(async () => {
      const response = await owner.call('GET', `/graphs/${graphId}`);
      expect(response.status).toBe(200);
      return response;
    });
    expect(edited.status).toBe(200);
    healthy.destroy();
  }, 600_000);
});
