import { expect, test, type Page } from '@playwright/test';
import { invite, newAccount, signUp } from '../support/accounts.js';
import { addNode, createGraph, expectSynced, openGraphDocument } from '../support/canvas.js';
import { startProductServer, type ProductServer } from '../support/server.js';

let server: ProductServer;

test.beforeAll(async () => {
  server = await startProductServer();
});

test.afterAll(async () => {
  await server?.dispose();
});

/** A graph of one Character, MARA. */
const MARA_ALONE = { schemaVersion: 1, nodes: [{ id: 'mara', type: 'character', position: { x: 0, y: 0 }, data: { name: 'MARA' } }], edges: [] };

/** A call to the API with this page's session, as another tab or a script would make it. */
const apiCall = (page: Page) => (method: string, path: string, body?: unknown, ifMatch?: string) =>
  page.evaluate(
    async ({ method, path, body, ifMatch }) => {
      const response = await fetch(`/api/v1${path}`, { method, headers: { 'Content-Type': 'application/json', ...(ifMatch ? { 'If-Match': ifMatch } : {}) }, body: JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as { revision: number; document: { nodes: unknown[] } } };
    },
    { method, path, body, ifMatch },
  );

/** A script adds a Character with a REST PUT: a new graph revision, made outside this page. */
const addCharacterByApi = async (page: Page, graphId: string, id: string) => {
  const call = apiCall(page);
  const live = await call('GET', `/graphs/${graphId}`);
  const nodes = [...live.body.document.nodes, { id, type: 'character', position: { x: 0, y: 200 * live.body.document.nodes.length }, data: { name: id.toUpperCase() } }];
  expect((await call('PUT', `/graphs/${graphId}`, { document: { ...live.body.document, nodes } }, `"${live.body.revision}"`)).status).toBe(200);
};

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
  await page.getByRole('alertdialog').getByRole('button', { name: `Restore revision ${keptRevision}` }).click();
  await page.waitForURL(new RegExp(`/graphs/${graphId}$`));
  await expect(page.getByText(`Revision ${keptRevision} restored`)).toBeVisible();
  await expect(page.getByTestId('node-scene')).toHaveCount(1);
  await expect(page.getByTestId('node-shot')).toHaveCount(1);
  await expect(page.getByTestId('node-character')).toHaveCount(1);
  expect((await read()).document.nodes).toHaveLength(3);
});

test('"current" follows the graph: its own page offers no Restore, and the open dialog moves the mark when a script changes or saves the graph', async ({ page }) => {
  await signUp(page, server);
  const graphId = await openGraphDocument(page, server.url, 'Quay', MARA_ALONE);
  const call = apiCall(page);
  const saved = await call('POST', `/graphs/${graphId}/revisions`, { message: 'Cast list' });
  expect(saved.status).toBe(201);

  // The revision's own page says the graph is at it, and offers nothing to restore.
  await page.goto(`${server.url}/graphs/${graphId}?revision=${saved.body.revision}`);
  await expect(page.getByTestId('revision-view')).toBeVisible();
  await expect(page.getByTestId('revision-page-current')).toHaveText('This is the current version');
  await expect(page.getByTestId('revision-page-restore')).toHaveCount(0);

  // Back on the live graph, the dialog marks it the same way.
  await page.getByRole('button', { name: 'Back to live' }).click();
  await expect(page.getByTestId('node-character')).toHaveCount(1);
  await page.getByTestId('revisions-button').click();
  const dialog = page.getByTestId('revisions-dialog');
  const row = dialog.locator(`[data-testid="revision-row"][data-revision="${saved.body.revision}"]`);
  await expect(row.getByTestId('revision-current')).toBeVisible();
  await expect(row.getByTestId('revision-restore')).toHaveCount(0);

  // A script replaces the graph while the dialog is open: the mark goes, Restore comes back.
  await addCharacterByApi(page, graphId, 'ben');
  await expect(page.getByTestId('node-character')).toHaveCount(2);
  await expect(dialog.getByTestId('revision-current')).toHaveCount(0);
  await expect(row.getByTestId('revision-restore')).toBeVisible();

  // The script then saves that state (no document change, no presence, the tab never left):
  // the open list shows it at once, marked current.
  const scripted = await apiCall(page)('POST', `/graphs/${graphId}/revisions`, { message: 'Saved by the nightly script' });
  expect(scripted.status).toBe(201);
  const scriptedRow = dialog.locator(`[data-testid="revision-row"][data-revision="${scripted.body.revision}"]`);
  await expect(scriptedRow).toContainText('Saved by the nightly script');
  await expect(scriptedRow.getByTestId('revision-current')).toBeVisible();
});

test('closing the Revisions dialog by keyboard or its Close button gives the focus back to the Revisions button', async ({ page }) => {
  await signUp(page, server);
  await createGraph(page, server.url, 'Harbour');
  await addNode(page, 'character');
  await expectSynced(page);
  const button = page.getByTestId('revisions-button');
  const dialog = page.getByTestId('revisions-dialog');

  await button.focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('revision-message')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('revision-message')).toBeFocused();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(button).toBeFocused();
});

test('saving a revision by keyboard keeps the focus in the dialog; Escape then closes it and leaves the canvas selection alone', async ({ page }) => {
  await signUp(page, server);
  await createGraph(page, server.url, 'Harbour');
  const character = await addNode(page, 'character');
  await expectSynced(page);
  await character.click();
  await expect(character.locator('xpath=ancestor-or-self::*[contains(@class,"react-flow__node")][1]')).toHaveClass(/selected/);
  const button = page.getByTestId('revisions-button');
  const dialog = page.getByTestId('revisions-dialog');

  await button.focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('revision-message')).toBeFocused();
  await page.keyboard.type('Locked for the table read');
  await page.keyboard.press('Tab');
  await expect(dialog.getByTestId('revision-save')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('revision-row').filter({ hasText: 'Locked for the table read' })).toBeVisible();
  // The focus stayed in the dialog while it saved (a disabled Save button dropped it to the page).
  expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);

  // Escape closes the dialog: the canvas behind neither took the key nor lost its selection.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  await expect(character.locator('xpath=ancestor-or-self::*[contains(@class,"react-flow__node")][1]')).toHaveClass(/selected/);
});

test('a revision page opened while the graph was at it offers Restore once the graph has moved on and the tab is back in view', async ({ page }) => {
  await signUp(page, server);
  const graphId = await openGraphDocument(page, server.url, 'Slipway', MARA_ALONE);
  const saved = await apiCall(page)('POST', `/graphs/${graphId}/revisions`, { message: 'Cast list' });
  await page.goto(`${server.url}/graphs/${graphId}?revision=${saved.body.revision}`);
  await expect(page.getByTestId('revision-page-current')).toBeVisible();
  await expect(page.getByTestId('revision-page-restore')).toHaveCount(0);

  // Edited elsewhere (another tab, a collaborator); coming back to this tab reads the graph again.
  await addCharacterByApi(page, graphId, 'ben');
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(page.getByTestId('revision-page-current')).toHaveCount(0);
  await expect(page.getByTestId('revision-page-restore')).toBeVisible();
});

test('an open Revisions dialog catches up as soon as the graph’s live stream reconnects: a revision a script saved meanwhile joins the list', async ({ page }) => {
  test.setTimeout(90_000);
  await signUp(page, server);
  // The graph's live stream cannot get through (a flaky network, a proxy restarting): EventSource
  // keeps trying to reconnect, by itself, until the way is clear again.
  const stream = /\/api\/v1\/graphs\/[^/]+\/runs\/events$/;
  const tries: string[] = [];
  let cut = true;
  await page.route(stream, (route) => {
    tries.push(route.request().url());
    return cut ? route.abort('connectionreset') : route.continue();
  });
  const graphId = await openGraphDocument(page, server.url, 'Quay', MARA_ALONE);
  await page.getByTestId('revisions-button').click();
  const dialog = page.getByTestId('revisions-dialog');
  await expect(dialog).toContainText('No saved revisions yet');
  await expect.poll(() => tries.length, { timeout: 20_000 }).toBeGreaterThan(1);

  // A script saves a revision while the stream is down: its announcement never reaches the page.
  const scripted = await apiCall(page)('POST', `/graphs/${graphId}/revisions`, { message: 'Saved by the nightly script' });
  expect(scripted.status).toBe(201);
  await page.waitForTimeout(500);
  await expect(dialog).toContainText('No saved revisions yet');

  // The stream reconnects: the tab never lost focus, yet the list catches up at once.
  cut = false;
  const row = dialog.locator(`[data-testid="revision-row"][data-revision="${scripted.body.revision}"]`);
  await expect(row).toContainText('Saved by the nightly script', { timeout: 20_000 });
  await expect(row.getByTestId('revision-current')).toBeVisible();
});

test('an open Revisions dialog follows a collaborator’s save and run: the new revision joins the list, marked current', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signUp(page, server, newAccount('Director'));
  const graphId = await createGraph(page, server.url, 'Harbour');
  await addNode(page, 'character');
  await expectSynced(page);
  const context = await browser.newContext();
  const producerPage = await context.newPage();
  const producer = await signUp(producerPage, server, newAccount('Producer'));
  await invite(page, server, producer.email, 'viewer');
  await page.goto(`${server.url}/graphs/${graphId}`);
  await expect(page.getByTestId('node-character')).toHaveCount(1);
  await producerPage.goto(`${server.url}/graphs/${graphId}`);
  await expect(producerPage.getByTestId('connection-status')).toHaveAttribute('data-status', 'read-only', { timeout: 20_000 });

  // The producer keeps the list open; nothing is saved yet.
  await producerPage.getByTestId('revisions-button').click();
  const theirs = producerPage.getByTestId('revisions-dialog');
  await expect(theirs).toContainText('No saved revisions yet');

  // The director saves one: no document changes, yet the producer's list shows it, current.
  await page.getByTestId('revisions-button').click();
  const mine = page.getByTestId('revisions-dialog');
  await mine.getByTestId('revision-message').fill('Locked for the table read');
  await mine.getByTestId('revision-save').click();
  const saved = theirs.getByTestId('revision-row').filter({ hasText: 'Locked for the table read' });
  await expect(saved.getByTestId('revision-current')).toBeVisible();
  await mine.getByRole('button', { name: 'Close' }).click();

  // The director edits and runs: the run saves the revision it runs, and the mark moves to it.
  await addNode(page, 'scene');
  await expectSynced(page);
  await page.getByTestId('run-button').click();
  await expect(theirs.getByTestId('revision-row')).toHaveCount(2);
  await expect(saved.getByTestId('revision-current')).toHaveCount(0);
  await expect(theirs.getByTestId('revision-row').first().getByTestId('revision-current')).toBeVisible();
  await context.close();
});

test('back from a revision opened in the run history, the drawer is open again at that run, shown on the canvas, its row focused', async ({ page }) => {
  await signUp(page, server);
  await createGraph(page, server.url, 'Harbour');
  await addNode(page, 'character');
  await expectSynced(page);
  const progress = page.getByTestId('run-progress');
  const runButton = page.getByTestId('run-button');
  await runButton.click();
  await expect(progress).toHaveAttribute('data-status', 'succeeded', { timeout: 30_000 });
  await runButton.click();
  await page.getByTestId('run-history-button').click();
  const rows = page.getByTestId('run-history-row');
  await expect(rows).toHaveCount(2, { timeout: 30_000 });
  await expect(rows.first()).toHaveAttribute('data-status', 'succeeded', { timeout: 30_000 });
  // The earlier run, not the latest: the one a person would have to look for again.
  const earlier = rows.nth(1);
  const earlierId = await earlier.getAttribute('data-run-id');
  await earlier.locator('.run-history__main').click();
  await expect(progress).toContainText('Past run');
  await earlier.getByTestId('open-revision').click();
  await expect(page.getByTestId('revision-heading')).toBeFocused();

  await page.getByRole('button', { name: 'Back to live' }).click();
  await expect(page.getByTestId('node-character')).toHaveCount(1);
  const row = page.locator(`[data-testid="run-history-row"][data-run-id="${earlierId}"]`);
  await expect(row.locator('.run-history__main')).toBeFocused();
  await expect(row.locator('.run-history__main')).toHaveAttribute('aria-pressed', 'true');
  await expect(row.getByTestId('open-revision')).toBeVisible();
  await expect(progress).toContainText('Past run');
  // Closing it by keyboard still hands the focus to its toggle.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('run-history')).toBeHidden();
  await expect(page.getByTestId('run-history-button')).toBeFocused();
});

test('back from the revision of a run beyond the first page of history, that run’s row has the focus again', async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, server);
  const graphId = await openGraphDocument(page, server.url, 'Harbour', MARA_ALONE);
  // 21 runs: the first one started is on the history's second page (20 a page).
  const call = apiCall(page);
  for (let i = 0; i < 21; i += 1) expect((await call('POST', `/graphs/${graphId}/runs`, {})).status).toBe(202);
  // Opened afresh (this page was told of each run as it started): the history reads its first page.
  await page.reload();
  await expect(page.getByTestId('node-character')).toHaveCount(1);
  await page.getByTestId('run-history-button').click();
  const rows = page.getByTestId('run-history-row');
  await expect(rows).toHaveCount(20, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Older runs' }).click();
  await expect(rows).toHaveCount(21);
  const oldest = rows.last();
  const oldestId = await oldest.getAttribute('data-run-id');
  await oldest.locator('.run-history__main').click();
  await expect(page.getByTestId('run-progress')).toContainText('Past run');
  await oldest.getByTestId('open-revision').click();
  await expect(page.getByTestId('revision-heading')).toBeFocused();

  await page.getByRole('button', { name: 'Back to live' }).click();
  await expect(page.getByTestId('node-character')).toHaveCount(1);
  const row = page.locator(`[data-testid="run-history-row"][data-run-id="${oldestId}"]`);
  await expect(row.locator('.run-history__main')).toBeFocused();
  await expect(row.locator('.run-history__main')).toHaveAttribute('aria-pressed', 'true');
  await expect(row).toBeInViewport();
  await expect(page.getByTestId('run-progress')).toContainText('Past run');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('Revisions lives in the menu: closing the dialog or coming back from a revision puts the focus on the menu button', async ({ page }) => {
    await signUp(page, server);
    const graphId = await openGraphDocument(page, server.url, 'Quay', MARA_ALONE);
    expect((await apiCall(page)('POST', `/graphs/${graphId}/revisions`, { message: 'Cast list' })).status).toBe(201);
    const menu = page.getByTestId('toolbar-menu').locator('summary');
    const dialog = page.getByTestId('revisions-dialog');

    await menu.tap();
    await page.getByRole('menuitem', { name: 'Revisions…' }).tap();
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(menu).toBeFocused();

    await menu.tap();
    await page.getByRole('menuitem', { name: 'Revisions…' }).tap();
    await dialog.getByTestId('revision-open').tap();
    await expect(page.getByTestId('revision-page-current')).toHaveText('This is the current version');
    await page.screenshot({ path: test.info().outputPath('revision-phone.png') });
    await page.getByRole('button', { name: 'Back to live' }).tap();
    await expect(page.getByTestId('node-character')).toHaveCount(1);
    await expect(menu).toBeFocused();
  });
});
