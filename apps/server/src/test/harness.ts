import type { DatabaseKind } from '@pc/db';
import { createTestDatabase, type TestDatabase } from '@pc/db/testing';
import pino from 'pino';
import { createApp } from '../app.js';

/** An app over a fresh database, and request helpers that read like the API. */
export interface ApiHarness {
  readonly kind: DatabaseKind;
  readonly test: TestDatabase;
  request(path: string, init?: RequestInit): Promise<Response>;
  /** A JSON request to `/api/v1<path>`. */
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  dispose(): Promise<void>;
}

export const TEST_MAX_BODY_BYTES = 64 * 1024;

export async function createApiHarness(kind: DatabaseKind): Promise<ApiHarness> {
  const test = await createTestDatabase(kind);
  const app = createApp({ database: test.database, logger: pino({ level: 'silent' }), config: { maxBodyBytes: TEST_MAX_BODY_BYTES } });
  const request = async (path: string, init?: RequestInit) => app.request(path, init);
  return {
    kind,
    test,
    request,
    call: (method, path, body, headers = {}) =>
      request(`/api/v1${path}`, {
        method,
        headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    dispose: () => test.dispose(),
  };
}

/** The JSON body of a response, typed loosely for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions walk arbitrary response shapes
export const bodyOf = async (response: Response): Promise<any> => response.json();
