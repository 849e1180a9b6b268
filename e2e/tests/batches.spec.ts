import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { signUp } from '../support/accounts.js';
import { startProductServer, type ProductServer } from '../support/server.js';

let server: ProductServer;

test.beforeAll(async () => {
  server = await startProductServer();
});

test.afterAll(async () => {
  await server?.dispose();
});

/** A same-origin JSON call from the signed-in page, as a script in the browser would make it. */
async function call<T>(page: Page, method: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ method, path, body, headers }) => {
      const response = await fetch(`/api/v1${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
      return { status: response.status, body: await response.json() };
    },
    { method, path, body, headers },
  );
}

/** MARA cast in the harbour scene, framed in shot 1A. */
const harbour = {
  schemaVersion: 1,
  nodes: [
    { id: 'mara', type: 'character', position: { x: 0, y: 0 }, data: { name: 'MARA' } },
    { id: 'sc1', type: 'scene', position: { x: 300, y: 0 }, data: { sceneNumber: '1', locationName: 'HARBOUR' } },
    { id: 'sh1a', type: 'shot', position: { x: 600, y: 0 }, data: { shotNumber: '1A' } },
  ],
  edges: [
    { id: 'e1', source: 'mara', sourceHandle: 'character', target: 'sc1', targetHandle: 'characters' },
    { id: 'e2', source: 'sc1', sourceHandle: 'scene', target: 'sh1a', targetHandle: 'scene' },
    { id: 'e3', source: 'mara', sourceHandle: 'character', target: 'sh1a', targetHandle: 'characters' },
  ],
};

test('a workspace without batches says how to submit one, with code set as code', async ({ page }) => {
  await signUp(page, server);
  await page.getByRole('link', { name: 'Batches' }).click();
  const empty = page.getByText('Submit one with the API');
  await expect(empty).toBeVisible();
  await expect(empty.locator('code')).toHaveText(['POST /api/v1/batches', 'pcanvas']);
  await expect(empty).not.toContainText('`');
});

test('the Batches view lists batches with progress, shows items with their frames live, and cancels a batch', async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, server);
  const graph = await call<{ id: string }>(page, 'POST', '/graphs', { name: 'Harbour', document: harbour });
  expect(graph.status).toBe(201);
  const lenses = [18, 24, 35, 50, 85, 135];
  const small = await call<{ id: string }>(
    page,
    'POST',
    '/batches',
    { graphId: graph.body.id, items: lenses.map((lensMm, index) => ({ ref: `lens-${lensMm}`, overrides: { sh1a: { lensMm, shotNumber: `1${'ABCDEF'[index]}` } } })), concurrency: 2 },
    { 'Idempotency-Key': 'e2e-small' },
  );
  expect(small.status).toBe(201);
  const big = await call<{ id: string }>(
    page,
    'POST',
    '/batches',
    { graphId: graph.body.id, items: Array.from({ length: 200 }, (_, index) => ({ overrides: { sh1a: { lensMm: 20 + index } } })), concurrency: 1, priority: 'low' },
    { 'Idempotency-Key': 'e2e-big' },
  );
  expect(big.status).toBe(201);

  // The list: both batches, each with a progress bar.
  await page.getByTestId('nav-batches').click();
  await expect(page.getByRole('heading', { name: 'Batches' })).toBeVisible();
  const rows = page.getByTestId('batch-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first().getByTestId('batch-progress')).toBeVisible();
  await expect(page.locator(`[data-batch-id="${small.body.id}"]`)).toHaveAttribute('data-status', 'completed', { timeout: 90_000 });

  // The small batch: every item succeeded, each with its storyboard frame.
  await page.locator(`[data-batch-id="${small.body.id}"] a`).click();
  await expect(page.getByTestId('batch-status')).toHaveText('completed');
  await expect(page.getByTestId('batch-counts')).toContainText('6 / 6');
  const items = page.getByTestId('batch-item');
  await expect(items).toHaveCount(6);
  for (let index = 0; index < 6; index += 1) await expect(items.nth(index)).toHaveAttribute('data-status', 'succeeded');
  await expect(items.first()).toContainText('lens-18');
  const frames = page.getByTestId('batch-frame');
  await expect(frames).toHaveCount(6);
  await expect.poll(() => frames.evaluateAll((images) => images.every((image) => (image as HTMLImageElement).naturalWidth > 0))).toBe(true);
  await expect(page.getByTestId('batch-cancel')).toHaveCount(0);

  // The big batch, live: items finish while we watch, then Cancel stops the rest.
  await page.getByRole('link', { name: '← All batches' }).click();
  await page.locator(`[data-batch-id="${big.body.id}"] a`).click();
  await expect(page.getByTestId('batch-status')).toHaveText('running', { timeout: 30_000 });
  await expect(page.locator('[data-testid="batch-item"][data-status="succeeded"]').first()).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('batch-cancel').click();
  await expect(page.getByTestId('batch-status')).toHaveText('cancelled');
  await expect(page.getByTestId('batch-cancel')).toHaveCount(0);
  await page.getByTestId('batch-filter').selectOption('cancelled');
  await expect(page.locator('[data-testid="batch-item"][data-status="cancelled"]').first()).toBeVisible();
  await expect(page.locator('[data-testid="batch-item"]:not([data-status="cancelled"])')).toHaveCount(0);
});

test('Retry failed in the Batches view runs the failed items again and follows them live', async ({ page }) => {
  test.setTimeout(180_000);
  // A generation back end that refuses every request (401: not retried), so every item's Shot fails.
  const refused: string[] = [];
  const backend: Server = createServer((request, response) => {
    refused.push(String(request.url));
    request.resume();
    response.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'invalid api key' } }));
  });
  await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve));
  try {
    await signUp(page, server);
    const me = await page.evaluate(async () => (await (await fetch('/api/v1/me')).json()) as { workspaces: { id: string }[] });
    const workspaceId = me.workspaces[0]!.id;
    const backendUrl = `http://127.0.0.1:${(backend.address() as AddressInfo).port}/v1`;
    const created = await call<{ id: string }>(page, 'POST', `/workspaces/${workspaceId}/backends`, {
      name: 'refusing',
      config: { kind: 'openai-images', url: backendUrl, model: 'gpt-image-1', apiKey: { value: 'sk-e2e-refused' } },
    });
    expect(created.status).toBe(201);
    const graph = await call<{ id: string }>(page, 'POST', '/graphs', { name: 'Harbour retry', document: harbour });
    const lenses = [28, 40, 65];
    const batch = await call<{ id: string }>(
      page,
      'POST',
      '/batches',
      { graphId: graph.body.id, items: lenses.map((lensMm) => ({ ref: `retry-${lensMm}`, overrides: { sh1a: { lensMm } } })), concurrency: 3 },
      { 'Idempotency-Key': 'e2e-retry' },
    );
    expect(batch.status).toBe(201);

    await page.getByTestId('nav-batches').click();
    await page.locator(`[data-batch-id="${batch.body.id}"] a`).click();
    await expect(page.getByTestId('batch-status')).toHaveText('completed', { timeout: 90_000 });
    const items = page.getByTestId('batch-item');
    await expect(items).toHaveCount(3);
    for (let index = 0; index < 3; index += 1) await expect(items.nth(index)).toHaveAttribute('data-status', 'failed');
    expect(refused.length).toBeGreaterThan(0);
    const runsOf = async () => (await call<{ items: { runId: string | null }[] }>(page, 'GET', `/batches/${batch.body.id}/items`, undefined)).body.items.map((item) => item.runId);
    const failedRuns = await runsOf();

    // The back end is removed (runs draw the built-in frame), then Retry failed: the same items run again, live.
    const removed = await page.evaluate(async (path) => (await fetch(path, { method: 'DELETE' })).status, `/api/v1/workspaces/${workspaceId}/backends/${created.body.id}`);
    expect(removed).toBe(204);
    await page.getByTestId('batch-retry').click();
    await expect(page.getByText('Failed items queued again')).toBeVisible();
    await expect(page.getByTestId('batch-status')).toHaveText('completed', { timeout: 90_000 });
    await expect(page.getByTestId('batch-counts')).toHaveText('3 / 3');
    for (let index = 0; index < 3; index += 1) await expect(items.nth(index)).toHaveAttribute('data-status', 'succeeded');
    await expect(page.getByTestId('batch-frame')).toHaveCount(3);
    await expect(page.getByTestId('batch-retry')).toHaveCount(0);
    // Each item ran again as a new run.
    const retriedRuns = await runsOf();
    retriedRuns.forEach((runId, index) => expect(runId).not.toBe(failedRuns[index]));
  } finally {
    backend.close();
  }
});
