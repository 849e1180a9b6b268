import createOpenApiClient, { type Client } from 'openapi-fetch';
import { ApiError, NetworkError } from './errors.js';
import type { paths } from './generated/openapi.js';

export interface ClientOptions {
  /** The server's origin, e.g. `http://localhost:3000` (a trailing `/api/v1` is tolerated). */
  baseUrl: string;
  /**
   * An API key (`pc_…`), sent as `Authorization: Bearer`. Omit in a browser that has a session
   * cookie. Given but empty (`process.env.PCANVAS_API_KEY` unset) outside a browser is a TypeError
   * here, not a 401 on the first call.
   */
  apiKey?: string | undefined;
  /** A fetch to use instead of the global one (Node 20 and browsers have it). */
  fetch?: typeof fetch;
  /** Extra headers on every request (a `User-Agent` for your script, say). */
  headers?: Record<string, string>;
}

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
}

/**
 * The transport every helper shares: the typed openapi-fetch client for the documented
 * routes (`api.GET('/api/v1/graphs/{id}', …)`) and `send` for raw responses (streams,
 * artifacts). Error answers throw ApiError; no answer throws NetworkError.
 */
export interface Transport {
  readonly baseUrl: string;
  readonly api: Client<paths>;
  /** A request to `path` (starting `/api/v1/…`); resolves to a 2xx/3xx response, throws otherwise. */
  send(method: string, path: string, options?: RequestOptions): Promise<Response>;
  /** `send`, then the JSON body. */
  json<T>(method: string, path: string, options?: RequestOptions): Promise<T>;
}

export function createTransport(options: ClientOptions): Transport {
  const baseUrl = options.baseUrl.replace(/\/+$/, '').replace(/\/api\/v1$/, '');
  if (!/^https?:\/\/[^/]+/.test(baseUrl)) throw new TypeError(`baseUrl must be an http(s) URL, got "${options.baseUrl}"`);
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  assertKeyGiven(options);
  if (options.apiKey) headers['Authorization'] = `Bearer ${options.apiKey}`;

  const guardedFetch = async (input: Request): Promise<Response> => {
    try {
      return await fetchImpl(input);
    } catch (error) {
      if (input.signal.aborted) throw error;
      throw new NetworkError(`Could not reach ${baseUrl}: ${describe(error)}`, { cause: error });
    }
  };

  const api = createOpenApiClient<paths>({ baseUrl, headers, fetch: guardedFetch });
  // Typed calls answer `{ data, error }`; callers that prefer exceptions use `unwrap`.

  const send = async (method: string, path: string, { body, query, headers: extra, signal }: RequestOptions = {}): Promise<Response> => {
    const url = new URL(baseUrl + path);
    for (const [name, value] of Object.entries(query ?? {})) if (value !== undefined) url.searchParams.set(name, String(value));
    const init: RequestInit = { method, headers: { ...headers, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...extra } };
    if (body !== undefined) init.body = JSON.stringify(body);
    if (signal) init.signal = signal;
    const response = await guardedFetch(new Request(url, init));
    if (response.status >= 400) throw await ApiError.fromResponse(response);
    return response;
  };

  return {
    baseUrl,
    api,
    send,
    json: async <T>(method: string, path: string, requestOptions?: RequestOptions) => (await (await send(method, path, requestOptions)).json()) as T,
  };
}

/** The data of a typed call, or its problem thrown as an ApiError. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.status >= 400) {
    const problem = error && typeof error === 'object' ? (error as Record<string, unknown>) : { title: response.statusText, detail: typeof error === 'string' ? error : undefined };
    throw new ApiError(response.status, problem);
  }
  return data as T;
}

/** What went wrong on the way, in words a person can act on, with the system's code for a search. */
const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'nothing is listening there (is the server running, on that port?)',
  ENOTFOUND: 'no such host (check the URL)',
  EAI_AGAIN: 'the host name could not be looked up (DNS, or offline?)',
  ECONNRESET: 'the connection was cut',
  ETIMEDOUT: 'the connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  CERT_HAS_EXPIRED: "the server's TLS certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the server's TLS certificate is self-signed (not trusted)",
};

function describe(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
  const code = cause && 'code' in cause ? String(cause.code) : undefined;
  const reason = code ? NETWORK_REASONS[code] : undefined;
  if (reason) return `${reason} [${code}]`;
  return [error instanceof Error ? error.message : String(error), code].filter(Boolean).join(' ');
}

/** A key named but empty is an unset variable: outside a browser (no cookie to fall back on) say so now. */
function assertKeyGiven(options: ClientOptions): void {
  if (!('apiKey' in options) || options.apiKey || 'document' in globalThis) return;
  throw new TypeError(
    `apiKey is ${options.apiKey === undefined ? 'undefined' : 'empty'}: the variable holding your key (PCANVAS_API_KEY in the docs) is not set. ` +
      'Create a key under API keys in the web app, or omit apiKey in a browser signed in with a session.',
  );
}
