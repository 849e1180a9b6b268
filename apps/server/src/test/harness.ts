import type { Database, DatabaseKind } from '@pc/db';
import { createTestDatabase, type TestDatabase } from '@pc/db/testing';
import pino, { type Logger } from 'pino';
import { createApp, type AppConfig } from '../app.js';
import { createPasswordHasher } from '../auth/password.js';
import { createMemoryRateLimitStore } from '../middleware/rate-limit/index.js';
import type { ObservabilityOptions } from '../observability/index.js';
import type { RunServices } from '../runs/services.js';

/** Someone calling the API: a browser with its cookie, a script with a key, or nobody. */
export interface ApiClient {
  /** A JSON request to `/api/v1<path>`, with this client's credentials. */
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

/** A signed-up person in a browser: the session cookie is kept and updated like a browser would. */
export interface SignedInClient extends ApiClient {
  readonly user: { id: string; email: string; name: string };
  readonly password: string;
  /** Their personal workspace. */
  readonly workspaceId: string;
  /** The current `pc_session` cookie value ('' once cleared). */
  cookie(): string;
  /** A script acting for this person with a new API key of these scopes. */
  withApiKey(scopes: string[]): Promise<ApiClient & { key: string; id: string }>;
}

/** An app over a fresh database, a controllable clock, and request helpers that read like the API. */
export interface ApiHarness extends ApiClient {
  readonly kind: DatabaseKind;
  readonly test: TestDatabase;
  /** The default signed-in user `call` acts as (the first account: the instance owner). */
  readonly owner: SignedInClient;
  readonly anonymous: ApiClient;
  request(path: string, init?: RequestInit): Promise<Response>;
  signUp(name?: string): Promise<SignedInClient>;
  /** Moves the clock sessions and keys expire by. */
  advanceClock(ms: number): void;
  /** The app's clock. */
  now(): Date;
  dispose(): Promise<void>;
}

export const TEST_MAX_BODY_BYTES = 64 * 1024;
export const TEST_PASSWORD = 'harbour-at-dawn-42';
/** Browsers send these on a same-origin fetch; `app.request` runs at http://localhost. */
export const SAME_ORIGIN = { Origin: 'http://localhost', 'Sec-Fetch-Site': 'same-origin' };

let accounts = 0;

export async function createApiHarness(
  kind: DatabaseKind,
  security: AppConfig['security'] = {},
  {
    logger = pino({ level: 'silent' }),
    observability,
    runs,
    maxActiveBatchesPerUser,
  }: {
    logger?: Logger;
    observability?: ObservabilityOptions;
    /** The run services (e.g. scaled mode: a queue and bus of the test's own, no workers); default: the app's embedded ones. */
    runs?: (database: Database) => RunServices;
    maxActiveBatchesPerUser?: number;
  } = {},
): Promise<ApiHarness> {
  const test = await createTestDatabase(kind);
  let offsetMs = 0;
  const runServices = runs?.(test.database);
  const app = createApp({
    database: test.database,
    logger,
    ...(runServices ? { runs: runServices } : {}),
    config: {
      maxBodyBytes: TEST_MAX_BODY_BYTES,
      maxActiveBatchesPerUser,
      // Suites make hundreds of requests from one "IP"; the limits get their own tests.
      security: { ...security, rateLimits: { perActorPerMinute: 100_000, perIpPerMinute: 100_000, signUpsPerIpPerHour: 100_000, signInAttemptsPerIp: 100_000, ...security.rateLimits } },
    },
    // On the harness's clock, so a test waits out a Retry-After with advanceClock.
    rateLimitStore: createMemoryRateLimitStore({ now: () => Date.now() + offsetMs }),
    passwords: createPasswordHasher({ N: 1024, r: 8, p: 1 }),
    now: () => new Date(Date.now() + offsetMs),
    ...(observability ? { observability } : {}),
  });
  const request = async (path: string, init?: RequestInit) => app.request(path, init);
  const origin = security.publicUrl?.origin ?? 'http://localhost';
  const sameOrigin = { Origin: origin, 'Sec-Fetch-Site': 'same-origin' };
  const cookieName = origin.startsWith('https:') ? '__Host-pc_session' : 'pc_session';
  const rawCall = (method: string, path: string, body: unknown, headers: Record<string, string>) =>
    request(`/api/v1${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  const browser = (initialCookie: string) => {
    let cookie = initialCookie;
    return {
      cookie: () => cookie,
      call: async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
        const response = await rawCall(method, path, body, { ...sameOrigin, ...(cookie ? { Cookie: `${cookieName}=${cookie}` } : {}), ...headers });
        const set = sessionCookieOf(response, cookieName);
        if (set !== undefined) cookie = set;
        return response;
      },
    };
  };

  const signUp = async (name = `User ${++accounts}`): Promise<SignedInClient> => {
    const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${++accounts}@example.test`;
    const response = await rawCall('POST', '/auth/signup', { email, password: TEST_PASSWORD, name }, sameOrigin);
    if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
    const { user } = (await response.json()) as { user: SignedInClient['user'] };
    const client = browser(sessionCookieOf(response, cookieName) ?? '');
    const me = (await (await client.call('GET', '/me')).json()) as { workspaces: { id: string; personal: boolean }[] };
    const workspaceId = me.workspaces.find((workspace) => workspace.personal)?.id ?? '';
    return {
      ...client,
      user,
      password: TEST_PASSWORD,
      workspaceId,
      withApiKey: async (scopes) => {
        const created = (await (await client.call('POST', '/api-keys', { name: `key ${scopes.join('+')}`, scopes })).json()) as { key: string; id: string };
        return {
          key: created.key,
          id: created.id,
          call: (method, path, body, headers = {}) => rawCall(method, path, body, { Authorization: `Bearer ${created.key}`, ...headers }),
        };
      },
    };
  };

  const owner = await signUp('Owner');
  return {
    kind,
    test,
    owner,
    anonymous: { call: (method, path, body, headers = {}) => rawCall(method, path, body, { ...sameOrigin, ...headers }) },
    request,
    dispose: async () => {
      await runServices?.close({ deadlineMs: 1_000 });
      await test.dispose();
    },
    call: (...args) => owner.call(...args),
    signUp,
    now: () => new Date(Date.now() + offsetMs),
    advanceClock: (ms) => {
      offsetMs += ms;
    },
  };
}

/** The value a response sets `pc_session` to ('' when it clears it), or undefined when it leaves it alone. */
export function sessionCookieOf(response: Response, name = 'pc_session'): string | undefined {
  for (const header of response.headers.getSetCookie()) {
    const match = new RegExp(`^${name}=([^;]*)`).exec(header);
    if (match) return /max-age=0/i.test(header) ? '' : (match[1] ?? '');
  }
  return undefined;
}

/** The JSON body of a response, typed loosely for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions walk arbitrary response shapes
export const bodyOf = async (response: Response): Promise<any> => response.json();
