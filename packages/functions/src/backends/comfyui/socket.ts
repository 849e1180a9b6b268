/*
 * The ComfyUI progress WebSocket (`/ws?clientId=…`) as an async queue of JSON messages.
 * Messages are buffered from the moment the socket opens, so the socket can be opened
 * before the prompt is submitted and nothing sent in between is lost. Binary frames
 * (live previews) are dropped. `ws` rather than the global WebSocket: its connection takes
 * the back end's `lookup` (only vetted addresses) and a message size limit.
 */
import type { LookupFunction } from 'node:net';
import { WebSocket } from 'ws';
import { comfyEndpoint, type ComfyServer } from './api.js';

/** A text message from the socket: `{type, data}`. */
export interface ComfyMessage {
  type: string;
  data: Record<string, unknown>;
}

/** A message past this closes the socket (the adapter then polls /history): progress messages are small, previews a few hundred KiB. */
const MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

/** An open progress socket. `next` resolves with the next message, or null once closed and drained. */
export interface ProgressSocket {
  next(signal: AbortSignal): Promise<ComfyMessage | null>;
  close(): void;
}

const parseMessage = (data: unknown): ComfyMessage | undefined => {
  if (typeof data !== 'string') return undefined;
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value !== 'object' || value === null) return undefined;
    const { type, data: body } = value as { type?: unknown; data?: unknown };
    if (typeof type !== 'string') return undefined;
    return { type, data: typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {} };
  } catch {
    return undefined;
  }
};

/**
 * Connects to the progress socket; resolves undefined when it cannot connect within
 * `connectTimeoutMs`, in which case the caller polls /history instead.
 */
export async function openProgressSocket({ base, lookup }: ComfyServer, clientId: string, signal: AbortSignal, connectTimeoutMs = 5_000): Promise<ProgressSocket | undefined> {
  const url = comfyEndpoint(base, 'ws');
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.searchParams.set('clientId', clientId);
  // Redirects are not followed (`ws`'s default), like every other back-end request.
  const socket = new WebSocket(url, { maxPayload: MAX_MESSAGE_BYTES, followRedirects: false, ...(lookup ? { lookup: lookup as LookupFunction } : {}) });

  const buffered: ComfyMessage[] = [];
  let closed = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  socket.addEventListener('message', (event) => {
    const message = parseMessage(event.data);
    if (message) buffered.push(message);
    notify();
  });
  const opened = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), connectTimeoutMs);
    socket.addEventListener('open', () => (clearTimeout(timer), resolve(true)));
    socket.addEventListener('close', () => {
      closed = true;
      clearTimeout(timer);
      resolve(false);
      notify();
    });
    // An error is always followed by close.
    socket.addEventListener('error', () => undefined);
  });
  const abortConnect = () => socket.close();
  signal.addEventListener('abort', abortConnect, { once: true });
  const ok = await opened;
  signal.removeEventListener('abort', abortConnect);
  if (!ok) {
    socket.close();
    return undefined;
  }

  return {
    async next(waitSignal) {
      for (;;) {
        waitSignal.throwIfAborted();
        const message = buffered.shift();
        if (message) return message;
        if (closed) return null;
        await new Promise<void>((resolve) => {
          const onAbort = () => resolve();
          waitSignal.addEventListener('abort', onAbort, { once: true });
          wake = () => (waitSignal.removeEventListener('abort', onAbort), resolve());
        });
      }
    },
    close: () => socket.close(),
  };
}
