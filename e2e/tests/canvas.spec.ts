import { expect, test } from '@playwright/test';
import { startProductServer, type ProductServer } from '../support/server.js';
import { signUp } from '../support/accounts.js';
import { addNode, connect, createGraph, expectSynced } from '../support/canvas.js';

let server: ProductServer;

test.beforeAll(async () => {
  server = await startProductServer();
});

test.afterAll(async () => {
  await server?.dispose();
});

test('a Character → Scene → Shot graph survives a reload and a server restart', async ({ page }) => {
  await signUp(page, server);
  await createGraph(page, server.url, 'Kitchen confrontation');

  const character = await addNode(page, 'character');
  const scene = await addNode(page, 'scene');
  const shot = await addNode(page, 'shot');

  await connect(page, character, 'character', scene, 'characters');
  await connect(page, scene, 'scene', shot, 'scene');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);

  await character.click();
  const panel = page.getByTestId('properties-panel');
  await panel.getByLabel('Name', { exact: true }).fill('ANNA');
  await panel.getByLabel('Name', { exact: true }).press('Tab');
  await expect(character).toContainText('ANNA');
  await expectSynced(page);

  await page.reload();
  await expect(page.getByTestId('node-character')).toHaveCount(1);
  await expect(page.getByTestId('node-scene')).toHaveCount(1);
  await expect(page.getByTestId('node-shot')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await expect(page.getByTestId('node-character')).toContainText('ANNA');

  // A hard crash after the save was acknowledged loses nothing.
  await server.stop('SIGKILL');
  await server.restart();
  await page.reload();
  await expect(page.getByTestId('node-character')).toContainText('ANNA');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);

  // So does a clean shutdown.
  await server.stop('SIGTERM');
  await server.restart();
  await page.goto(server.url);
  // Counted in the canvas's own words: the toolbar and the Graph panel say wires, so does the list.
  await expect(page.getByTestId('graph-row').filter({ hasText: 'Kitchen confrontation' })).toContainText('3 nodes · 2 wires');
});

test('an invalid connection is refused with the reason', async ({ page }) => {
  await signUp(page, server);
  await createGraph(page, server.url, 'Refusals');
  const character = await addNode(page, 'character');
  const shot = await addNode(page, 'shot');

  // A Character cannot feed a Shot's Scene input.
  await connect(page, character, 'character', shot, 'scene');
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await expect(page.getByTestId('toast')).toContainText(/scene/i);

  // The Shot still says it needs a Scene.
  await expect(shot.getByTestId('node-issues')).toBeVisible();
});

test('a file dropped on the canvas is refused, never opened by the browser in place of the app', async ({ page }) => {
  await signUp(page, server);
  await createGraph(page, server.url, 'Stray drop');
  // A synthetic drop has no default action to watch: what the page did to it is what tells.
  const refused = await page.locator('.react-flow__pane').evaluate((pane) => {
    const data = new DataTransfer();
    data.items.add(new File(['INT. KITCHEN - NIGHT'], 'draft.fountain', { type: 'text/plain' }));
    const over = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data });
    const drop = new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data });
    pane.dispatchEvent(over);
    pane.dispatchEvent(drop);
    return { over: over.defaultPrevented, dropEffect: data.dropEffect, drop: drop.defaultPrevented };
  });
  expect(refused).toEqual({ over: true, dropEffect: 'none', drop: true });
});
