import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Page } from '@playwright/test';
import type { ProductServer } from './server.js';

/** An image generation back end that refuses every request (401: not retried), so every Shot's frame fails. */
export interface RefusingBackend {
  /** Its OpenAI-style base URL. */
  url: string;
  close(): void;
}

export async function startRefusingBackend(): Promise<RefusingBackend> {
  const backend = createServer((request, response) => {
    request.resume();
    response.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'invalid api key' } }));
  });
  await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(backend.address() as AddressInfo).port}/v1`, close: () => backend.close() };
}

const sameOrigin = (server: ProductServer) => ({ Origin: server.url, 'Sec-Fetch-Site': 'same-origin' });

/** Makes `backend` the signed-in person's workspace back end; returns a function that removes it again. */
export async function addWorkspaceBackend(page: Page, server: ProductServer, backend: RefusingBackend): Promise<() => Promise<void>> {
  const me = (await (await page.request.get(`${server.url}/api/v1/me`)).json()) as { workspaces: { id: string }[] };
  const path = `${server.url}/api/v1/workspaces/${me.workspaces[0]!.id}/backends`;
  const created = await page.request.post(path, {
    headers: sameOrigin(server),
    data: { name: 'refusing', config: { kind: 'openai-images', url: backend.url, model: 'gpt-image-1', apiKey: { value: 'sk-e2e-refused' } } },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  return async () => expect((await page.request.delete(`${path}/${id}`, { headers: sameOrigin(server) })).status()).toBe(204);
}
