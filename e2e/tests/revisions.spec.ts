import { expect, test } from '@playwright/test';
import { signUp } from '../support/accounts.js';
import { addNode, createGraph, expectSynced } from '../support/canvas.js';
import { startProductServer, type ProductServer } from '../support/server.js';

let server: ProductServer;

test.beforeAll(async () => {
  server = await startProductServer();
});

test.afterAll(async () => {
  await server?.dispose();
});

test('a creator saves a named revision, opens it read-only and restores it; the state it replaced is kept and can be restored from its page', async ({ page }) => {
  await signUp(page, server);
  const graphId = await createGraph(page, server.url, 'Harbour');
  await addNode(page, 'character');
  await expectSynced(page);

  // Save the graph as it is now, under a name.
  await page.getByTestId('revisions-button').click();
  const dialog = page.getByTestId('revisions-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('revision-message').fill('Locked for the table read');
  await dialog.getByTestId('revision-save').click();
  const saved = dialog.getByTestId('revision-row').filter({ hasText: 'Locked for the table read' });
  await expect(saved).toBeVisible();
  await expect(saved).toContainText('1 node');
  const savedRevision = Number(await saved.getAttribute('data-revision'));
  // The graph is as it saved it: marked current, with no Restore (it only made the same state again).
  await expect(saved.getByTestId('revision-current')).toHaveText('current');
  await expect(saved.getByTestId('revision-restore')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // Work goes on after the table read.
  await addNode(page, 'scene');
  await addNode(page, 'shot');
  await expectSynced(page);

  // Restore the saved revision: asked first, then the canvas follows the server.
  await page.getByTestId('revisions-button').click();
  // The graph has moved on: it is no longer current, and can be restored.
  await expect(dialog.getByTestId('revision-row').filter({ hasText: 'Locked for the table read' })).toBeVisible();
  await expect(dialog.getByTestId('revision-current')).toHaveCount(0);
  await dialog.getByTestId('revision-row').filter({ hasText: 'Locked for the table read' }).getByTestId('revision-restore').click();
  await expect(dialog.getByTestId('revision-confirm')).toContainText(`Restore revision ${savedRevision}?`);
  await dialog.getByTestId('revision-confirm-restore').click();
  await expect(page.getByText(`Revision ${savedRevision} restored`)).toBeVisible();
  await expect(page.getByTestId('node-scene')).toHaveCount(0);
  await expect(page.getByTestId('node-shot')).toHaveCount(0);
  await expect(page.getByTestId('node-character')).toHaveCount(1);

  // The state the restore replaced was saved first, with its three nodes.
  await page.getByTestId('revisions-button').click();
  const before = dialog.getByTestId('revision-row').filter({ hasText: `Before restoring revision ${savedRevision}` });
  await expect(before).toContainText('3 nodes');

  // Open it read-only.
  await before.getByTestId('revision-open').click();
  await page.waitForURL(new RegExp(`/graphs/${graphId}\\?revision=\\d+$`));
  await expect(page.getByTestId('revision-view')).toBeVisible();
  await expect(page.getByTestId('node-scene')).toHaveCount(1);
  await expect(page.getByTestId('node-shot')).toHaveCount(1);

  const read = () => page.evaluate(async (id) => (await fetch(`/api/v1/graphs/${id}`)).json() as Promise<{ document: { nodes: unknown[] } }>, graphId);
  expect((await read()).document.nodes).toHaveLength(1);

  // Changed their mind: restore that revision from its own page, and the live graph is back to three nodes.
  const keptRevision = Number(new URL(page.url()).searchParams.get('revision'));
  await page.getByTestId('revision-page-restore').click();
  await page.getByRole('dialog').getByRole('button', { name: `Restore revision ${keptRevision}` }).click();
  await page.waitForURL(new RegExp(`/graphs/${graphId}$`));
  await expect(page.getByText(`Revision ${keptRevision} restored`)).toBeVisible();
  await expect(page.getByTestId('node-scene')).toHaveCount(1);
  await expect(page.getByTestId('node-shot')).toHaveCount(1);
  await expect(page.getByTestId('node-character')).toHaveCount(1);
  expect((await read()).document.nodes).toHaveLength(3);
});
