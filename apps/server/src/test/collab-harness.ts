// First: the app imports @hono/zod-openapi, which must extend zod before @pc/graph builds its schemas.
import { createApp } from '../app.js';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { DatabaseKind } from '@pc/db';
import { createTestDatabase, type TestDatabase } from '@pc/db/testing';
import { createCommandContext, executeCommand, type Command } from '@pc/document';
import pino from 'pino';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createPasswordHasher } from '../auth/password.js';
import { createCollabService, type CollabOptions, type CollabService } from '../collab/index.js';
import { createMemoryRateLimitStore } from '../middleware/rate-limit/index.js';
import type { ObservabilityOptions } from '../observability/index.js';

/*
 * Real y-websocket clients against the server over real sockets: an HTTP server on a
 * free port, the app and the collab service over a fresh database, and helpers that
 * read like what a browser or a script does.
 */

/** A person signed in over HTTP (their cookie) or a script (a collab token). */
export interface HttpUser {
  readonly id: string;
  readonly cookie: string;
  readonly workspaceId: string;
  /** A JSON request to `/api/v1<path>` with the cookie (and a same-origin Origin). */
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

export interface Client {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  /** Resolves on the first sync; rejects if the socket closes first. */
  readonly synced: Promise<void>;
  /** Close codes the server sent, in order. */
  readonly closes: number[];
  command(command: Command): void;
  destroy(): void;
}

/** A test's command origin: the same object for every command, like a store's. */
const LOCAL = Symbol('test-client');

/** Origin header a browser on the server's own page sends. */
export const ownOrigin = (baseUrl: string) => new URL(baseUrl).origin;

/** A ws class that sends extra headers (cookies, Origin) on the handshake, as a browser does. */
export const webSocketWithHeaders = (headers: Record<string, string>) =>
  class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  };

/** Connects a stock y-websocket provider to /collab/:graphId. */
export function connectClient(baseUrl: string, graphId: string, auth: { cookie?: string; token?: string; origin?: string }, doc = new Y.Doc()): Client {
  const headers: Record<string, string> = {};
  if (auth.cookie) headers['Cookie'] = `pc_session=${auth.cookie}`;
  if (auth.origin) headers['Origin'] = auth.origin;
  const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}/collab`, graphId, doc, {
    WebSocketPolyfill: webSocketWithHeaders(headers) as unknown as typeof globalThis.WebSocket,
    params: auth.token ? { token: auth.token } : {},
    disableBc: true,
    maxBackoffTime: 200,
  });
  const closes: number[] = [];
  provider.on('connection-close', (event) => {
    if (event) closes.push(event.code);
  });
  const synced = new Promise<void>((resolve, reject) => {
    provider.once('sync', (isSynced: boolean) => (isSynced ? resolve() : undefined));
    provider.once('closed', ({ code }: { code: number }) => reject(new Error(`closed with ${code} before sync`)));
  });
  synced.catch(() => undefined);
  return {
    doc,
    provider,
    synced,
    closes,
    command: (command) => {
      const result = executeCommand(doc, command, createCommandContext(doc, { origin: LOCAL }));
      if (!result.ok) throw new Error(`${command.kind} refused: ${result.code} ${result.reason}`);
    },
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Polls `check` until it stops throwing (or returns true), for at most `timeoutMs`. */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 5_000, intervalMs = 20): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const value = await check();
      if (value !== false) return value;
      throw new Error('condition is false');
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** The HTTP status of a refused upgrade (and whether a body came with it), or 101. */
export function upgradeStatus(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.on('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    ws.on('open', () => {
      ws.close();
      resolve({ status: 101, body: '' });
    });
    ws.on('error', (error) => {
      if (!/Unexpected server response/.test(error.message)) reject(error);
    });
  });
}

export interface CollabHarness {
  readonly baseUrl: string;
  readonly test: TestDatabase;
  readonly collab: CollabService;
  signUp(name?: string): Promise<HttpUser>;
  /** Another session of `user`'s account (a second browser). */
  signIn(user: HttpUser): Promise<HttpUser>;
  /** Creates a graph in `user`'s personal workspace; returns its id. */
  createGraph(user: HttpUser, document?: unknown): Promise<string>;
  /** Adds `member` to `owner`'s personal workspace with `role`. */
  share(owner: HttpUser, member: HttpUser, role: 'viewer' | 'editor'): Promise<void>;
  connect(graphId: string, user: HttpUser, doc?: Y.Doc): Client;
  dispose(): Promise<void>;
}

let accounts = 0;

export async function startCollabHarness(
  kind: DatabaseKind,
  overrides: Partial<Pick<CollabOptions, 'timings' | 'limits' | 'pingIntervalMs' | 'now'>> & { observability?: ObservabilityOptions } = {},
): Promise<CollabHarness> {
  const test = await createTestDatabase(kind);
  const logger = pino({ level: 'silent' });
  const collab = createCollabService({
    db: test.database.db,
    serialisedDatabase: kind === 'pglite',
    logger,
    sessionIdleMs: 60 * 60 * 1000,
    timings: { flushMs: 50, projectionDebounceMs: 150, projectionMaxWaitMs: 1_000, repairDebounceMs: 50, unloadAfterMs: 300, ...overrides.timings },
    ...(overrides.limits ? { limits: overrides.limits } : {}),
    ...(overrides.pingIntervalMs ? { pingIntervalMs: overrides.pingIntervalMs } : {}),
    ...(overrides.now ? { now: overrides.now } : {}),
    ...(overrides.observability?.metrics ? { onFanOut: (ms: number) => overrides.observability?.metrics?.collabFanOut.observe(ms / 1000) } : {}),
  });
  const app = createApp({
    database: test.database,
    logger,
    config: { maxBodyBytes: 1024 * 1024, security: { rateLimits: { perActorPerMinute: 100_000, perIpPerMinute: 100_000, signUpsPerIpPerHour: 100_000, signInAttemptsPerIp: 100_000 } } },
    rateLimitStore: createMemoryRateLimitStore(),
    passwords: createPasswordHasher({ N: 1024, r: 8, p: 1 }),
    collab,
    ...(overrides.observability ? { observability: overrides.observability } : {}),
  });
  const server = await new Promise<Server>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started as Server));
  });
  collab.attach(server);
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clients = new Set<Client>();

  const call = (cookie: string) => (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: {
        Origin: baseUrl,
        'Sec-Fetch-Site': 'same-origin',
        ...(cookie ? { Cookie: `pc_session=${cookie}` } : {}),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  return {
    baseUrl,
    test,
    collab,
    async signUp(name = `Collaborator ${++accounts}`) {
      const email = `collab-${++accounts}-${Date.now()}@example.test`;
      const response = await call('')('POST', '/auth/signup', { email, password: 'harbour-at-dawn-42', name });
      if (response.status !== 201) throw new Error(`sign-up: ${response.status} ${await response.text()}`);
      const { user } = (await response.json()) as { user: { id: string } };
      const cookie = /pc_session=([^;]*)/.exec(response.headers.getSetCookie().join(';'))?.[1] ?? '';
      const me = (await (await call(cookie)('GET', '/me')).json()) as { workspaces: { id: string; personal: boolean }[] };
      return { id: user.id, cookie, workspaceId: me.workspaces.find((w) => w.personal)!.id, call: call(cookie) };
    },
    async signIn(user) {
      const email = ((await (await user.call('GET', '/me')).json()) as { user: { email: string } }).user.email;
      const response = await call('')('POST', '/auth/login', { email, password: 'harbour-at-dawn-42' });
      if (response.status !== 200) throw new Error(`sign-in: ${response.status} ${await response.text()}`);
      const cookie = /pc_session=([^;]*)/.exec(response.headers.getSetCookie().join(';'))?.[1] ?? '';
      return { ...user, cookie, call: call(cookie) };
    },
    async createGraph(user, document) {
      const response = await user.call('POST', '/graphs', { name: 'Breakdown', ...(document ? { document } : {}) });
      if (response.status !== 201) throw new Error(`create graph: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { id: string }).id;
    },
    async share(owner, member, role) {
      const email = ((await (await member.call('GET', '/me')).json()) as { user: { email: string } }).user.email;
      const response = await owner.call('POST', `/workspaces/${owner.workspaceId}/members`, { email, role });
      if (response.status !== 201) throw new Error(`share: ${response.status} ${await response.text()}`);
    },
    connect(graphId, user, doc) {
      const client = connectClient(baseUrl, graphId, { cookie: user.cookie, origin: baseUrl }, doc);
      clients.add(client);
      return client;
    },
    async dispose() {
      for (const client of clients) client.destroy();
      await collab.close();
      await new Promise((resolve) => server.close(resolve));
      await test.dispose();
    },
  };
}
