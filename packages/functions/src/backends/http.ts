/*
 * HTTP for back ends, with the back-end error taxonomy: a refused connection or a reset
 * becomes a retryable BackendRequestError(status null), a non-2xx response a
 * BackendRequestError with its status and Retry-After, and an abort rethrows the caller's
 * reason untouched.
 *
 * node:http rather than fetch, because a back end's URL is chosen by a workspace owner:
 * every connection resolves its host through `lookup` (the engine passes one that returns
 * only addresses its policy allows, so a name cannot answer one address to the check and
 * another to the connection), a fresh socket per request (no pooled connection outlives a
 * check), redirects are never followed, and no answer is read past its size limit.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { BackendConfigError, BackendRequestError } from './errors.js';

const MAX_BODY_IN_MESSAGE = 300;
const MiB = 1024 * 1024;
/** An answer's body at most: a JSON answer may carry a base64 image (a 32 MiB image is 43 MiB of base64). */
export const MAX_JSON_BYTES = 48 * MiB;
/** One image at most (a 4K PNG is 10–25 MiB). */
export const MAX_IMAGE_BYTES = 32 * MiB;
/** What is read of an error answer: only its start is shown. */
const MAX_ERROR_BYTES = 16 * 1024;

/** How a back end's connections resolve host names; the system resolver when absent. */
export interface BackendNetwork {
  lookup?: LookupFunction;
}

export interface BackendRequestInit extends BackendNetwork {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string | FormData;
  signal: AbortSignal;
  /** The body is refused past this many bytes; default {@link MAX_JSON_BYTES}. */
  maxBytes?: number;
}

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

/** A whole answer, read within its limit. */
interface Answer {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
}

/** A multipart form as bytes and its content type (with the boundary). */
const encodeBody = async (body: string | FormData | undefined): Promise<{ bytes: Uint8Array | undefined; type: string | undefined }> => {
  if (body === undefined) return { bytes: undefined, type: undefined };
  if (typeof body === 'string') return { bytes: Buffer.from(body), type: undefined };
  const encoded = new Response(body);
  return { bytes: new Uint8Array(await encoded.arrayBuffer()), type: encoded.headers.get('content-type') ?? undefined };
};

const toHeaders = (message: IncomingMessage): Headers => {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one);
  }
  return headers;
};

const tooLarge = (what: string, limit: number) =>
  new BackendRequestError(`${what}: the answer is larger than ${Math.round(limit / MiB) || limit} ${limit >= MiB ? 'MiB' : 'bytes'}`, { status: 200, retryable: false });

/** One request over a fresh connection; the body is read up to `maxBytes` (a non-2xx one up to a few KiB). */
async function send(url: URL, init: BackendRequestInit, what: string): Promise<Answer> {
  const { bytes, type } = await encodeBody(init.body);
  const headers: Record<string, string> = { ...init.headers, ...(type ? { 'content-type': type } : {}) };
  if (bytes) headers['content-length'] = String(bytes.byteLength);
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const limit = init.maxBytes ?? MAX_JSON_BYTES;
  return new Promise<Answer>((resolve, reject) => {
    const outgoing = request(url, { method: init.method ?? 'GET', headers, agent: false, signal: init.signal, ...(init.lookup ? { lookup: init.lookup } : {}) }, (response) => {
      const status = response.statusCode ?? 0;
      const cap = status >= 200 && status < 300 ? limit : MAX_ERROR_BYTES;
      const chunks: Buffer[] = [];
      let length = 0;
      const finish = () => resolve({ status, headers: toHeaders(response), bytes: Buffer.concat(chunks) });
      if (Number(response.headers['content-length']) > cap && cap === limit) {
        response.destroy();
        return reject(tooLarge(what, limit));
      }
      response.on('data', (chunk: Buffer) => {
        if (length + chunk.length > cap) {
          // An error answer is shown by its start only; a success past the limit is refused.
          if (cap === limit) reject(tooLarge(what, limit));
          else {
            chunks.push(chunk.subarray(0, cap - length));
            finish();
          }
          response.destroy();
          return;
        }
        length += chunk.length;
        chunks.push(chunk);
      });
      response.on('end', finish);
      response.on('error', reject);
      // A reset mid-body ends the response without 'end' or 'error' on some paths.
      response.on('close', () => (response.complete ? undefined : reject(new Error('connection lost while reading'))));
    });
    outgoing.on('error', reject);
    outgoing.end(bytes);
  }).catch((cause: unknown) => {
    init.signal.throwIfAborted();
    // The engine's lookup refuses an address its policy does not allow: that is the config's fault.
    if (cause instanceof BackendConfigError || cause instanceof BackendRequestError) throw cause;
    throw new BackendRequestError(`${what}: no response from ${url.host} (${describeCause(cause)})`, { status: null, cause });
  });
}

/** Resolves only for 2xx answers; the body is read (within `init.maxBytes`) and returned as a Response. */
export async function fetchChecked(url: URL, init: BackendRequestInit, what: string): Promise<Response> {
  const answer = await send(url, init, what);
  const { status, headers, bytes } = answer;
  if (status >= 200 && status < 300) return new Response(status === 204 || status === 205 ? null : (bytes as Uint8Array<ArrayBuffer>), { status, headers });
  const body = Buffer.from(bytes).toString('utf8');
  throw new BackendRequestError(`${what}: HTTP ${status}${body ? ` — ${body.slice(0, MAX_BODY_IN_MESSAGE)}` : ''}`, {
    status,
    retryAfterMs: parseRetryAfter(headers.get('retry-after')),
  });
}

/** fetch + JSON; a body that is not JSON is a non-retryable protocol error. */
export async function fetchJson(url: URL, init: BackendRequestInit, what: string): Promise<unknown> {
  const response = await fetchChecked(url, init, what);
  try {
    return await response.json();
  } catch (cause) {
    throw new BackendRequestError(`${what}: response is not JSON`, { status: response.status, cause });
  }
}

/** Body bytes of an answer {@link fetchChecked} returned (already read within its limit). */
export const readBytes = async (response: Response): Promise<Uint8Array> => new Uint8Array(await response.arrayBuffer());

/** A request whose answer does not matter (best-effort cancels): never throws. */
export async function sendQuietly(url: URL, init: BackendRequestInit): Promise<void> {
  await send(url, { ...init, maxBytes: MAX_ERROR_BYTES }, 'cancel').catch(() => undefined);
}

const describeCause = (cause: unknown): string => {
  const inner = cause instanceof Error && cause.cause instanceof Error ? cause.cause : cause;
  if (inner instanceof Error) return 'code' in inner && typeof inner.code === 'string' ? inner.code : inner.message;
  return String(inner);
};
