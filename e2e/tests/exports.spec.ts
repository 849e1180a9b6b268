import { expect, test } from '@playwright/test';
import { signUp } from '../support/accounts.js';
import { addNode, connect, createGraph, expectSynced } from '../support/canvas.js';
import { startProductServer, type ProductServer } from '../support/server.js';

let server: ProductServer;

test.beforeAll(async () => {
  server = await startProductServer();
});

test.afterAll(async () => {
  await server?.dispose();
});

test('the Export menu downloads the shot list CSV and the EDL of the graph', async ({ page }) => {
  await signUp(page, server);
  const graphId = await createGraph(page, server.url, 'Kitchen coverage');
  const scene = await addNode(page, 'scene');
  const shot = await addNode(page, 'shot');
  await connect(page, scene, 'scene', shot, 'scene');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await expectSynced(page);
  // Exports read the server's copy, which follows the live document within about 2 s.
  await expect
    .poll(async () => ((await (await page.request.get(`${server.url}/api/v1/graphs/${graphId}`)).json()) as { document: { edges: unknown[] } }).document.edges.length, { timeout: 15_000 })
    .toBe(1);

  await page.getByTestId('export-menu').locator('summary').click();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv_shot_list').click()]);
  expect(csv.suggestedFilename()).toBe('kitchen-coverage.shot-list.csv');
  const text = await (await csv.createReadStream()).toArray();
  expect(Buffer.concat(text).toString('utf8')).toMatch(/^\uFEFFScene,Shot,Setup,Size/);
  await expect(page.getByTestId('export-menu')).not.toHaveAttribute('open');

  await page.getByTestId('export-menu').locator('summary').click();
  const [edl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-edl').click()]);
  expect(edl.suggestedFilename()).toBe('kitchen-coverage.edl');
  expect(Buffer.concat(await (await edl.createReadStream()).toArray()).toString('utf8')).toContain('FCM: NON-DROP FRAME');
});
