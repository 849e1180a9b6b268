/*
 * fetch with the back-end error taxonomy: a refused connection or a reset becomes a
 * retryable BackendRequestError(status null), a non-2xx response a BackendRequestError with
 * its status and Retry-After, and an abort rethrows the caller's reason untouched.
 */
import { BackendRequestError } from './errors.js';

const MAX_BODY_IN_MESSAGE = 300;

/**
 * `Retry-After` in milliseconds: delta-seconds or an HTTP date (relative to `now`).
 * Undefined when absent or unparseable.
 */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** fetch that throws the taxonomy; resolves only for 2xx responses. */
export async function fetchChecked(url: string | URL, init: RequestInit & { signal: AbortSignal }, what: string): Promise<Response> {
  let response: Response;
  try {
    // Never followed: a back end's answer must not send the server to another address (SSRF).
    response = await fetch(url, { ...init, redirect: 'manual' });
  } catch (cause) {
    init.signal.throwIfAborted();
    throw new BackendRequestError(`${what}: no response from ${new URL(url).host} (${describeCause(cause)})`, { status: null, cause });
  }
  if (response.ok) return response;
  const body = await response.text().catch(() => '');
  throw new BackendRequestError(`${what}: HTTP ${response.status}${body ? ` — ${body.slice(0, MAX_BODY_IN_MESSAGE)}` : ''}`, {
    status: response.status,
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
  });
}

/** fetch + JSON; a body that is not JSON is a non-retryable protocol error. */
export async function fetchJson(url: string | URL, init: RequestInit & { signal: AbortSignal }, what: string): Promise<unknown> {
  const response = await fetchChecked(url, init, what);
  try {
    return await response.json();
  } catch (cause) {
    init.signal.throwIfAborted();
    throw new BackendRequestError(`${what}: response is not JSON`, { status: response.status, cause });
  }
}

/** Body bytes of a 2xx response, reading through the taxonomy. */
export async function readBytes(response: Response, signal: AbortSignal, what: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await response.arrayBuffer());
  } catch (cause) {
    signal.throwIfAborted();
    throw new BackendRequestError(`${what}: connection lost while reading`, { status: null, cause });
  }
}

const describeCause = (cause: unknown): string => {
  const inner = cause instanceof Error && cause.cause instanceof Error ? cause.cause : cause;
  if (inner instanceof Error) return 'code' in inner && typeof inner.code === 'string' ? inner.code : inner.message;
  return String(inner);
};
