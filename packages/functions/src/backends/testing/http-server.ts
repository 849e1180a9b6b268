/*
 * The bits every fake server shares: a node:http server on a free port, the request log,
 * and canned responses queued per route ("POST /prompt") to inject failures.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CannedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface FakeServerBase {
  url: string;
  server: Server;
  /** Every request as "METHOD /path", in arrival order. */
  requests: string[];
  /** The Host header of every request, in the same order. */
  hosts: string[];
  /** The next requests to `route` ("POST /prompt") get these responses, in order. */
  respondNext(route: string, ...responses: CannedResponse[]): void;
  close(): Promise<void>;
}

export const readBody = async (request: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const part of request) chunks.push(part as Buffer);
  return Buffer.concat(chunks);
};

export const sendJson = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
};

export async function startFakeServer(
  handle: (request: IncomingMessage, response: ServerResponse, route: string, url: URL) => Promise<unknown> | unknown,
): Promise<FakeServerBase> {
  const requests: string[] = [];
  const hosts: string[] = [];
  const canned = new Map<string, CannedResponse[]>();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    const route = `${request.method} ${url.pathname}`;
    requests.push(route);
    hosts.push(request.headers.host ?? '');
    const next = canned.get(route)?.shift();
    if (next) {
      request.resume();
      return sendJson(response, next.status, next.body ?? { error: `canned ${next.status}` }, next.headers);
    }
    Promise.resolve(handle(request, response, route, url)).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { error: String(error) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    requests,
    hosts,
    respondNext: (route, ...responses) => canned.set(route, [...(canned.get(route) ?? []), ...responses]),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
