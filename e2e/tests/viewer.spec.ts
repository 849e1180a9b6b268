import { expect, test, type Browser, type Page } from '@playwright/test';
import { invite, newAccount, signUp } from '../support/accounts.js';
import { addNode, createGraph, expectSynced } from '../support/canvas.js';
import { startProductServer, type ProductServer } from '../support/server.js';

let server: ProductServer;

test.beforeAll(async () => {
  server = await startProductServer();
});

test.afterAll(async () => {
  await server?.dispose();
});

const RUN_EXPLANATION = "Viewers can't run this graph — ask its owner for edit access.";

/** A director's graph with a Character, shared with a producer who is a viewer, in their own browser. */
async function sharedWithViewer(page: Page, browser: Browser, viewport = { width: 1440, height: 900 }, touch = false) {
  await signUp(page, server, newAccount('Director'));
  const graphId = await createGraph(page, server.url, 'Harbour at dawn');
  await addNode(page, 'character');
  await expectSynced(page);
  const context = await browser.newContext({ viewport, hasTouch: touch, isMobile: touch });
  const viewer = await context.newPage();
  const producer = await signUp(viewer, server, newAccount('Producer'));
  await invite(page, server, producer.email, 'viewer');
  await viewer.goto(`${server.url}/graphs/${graphId}`);
  await expect(viewer.getByTestId('connection-status')).toHaveAttribute('data-status', 'read-only', { timeout: 20_000 });
  return { graphId, viewer, context };
}

test('a viewer is told what they cannot do where they would try it: Run, the View only badge, the properties, a Delete key', async ({ page, browser }) => {
  const { graphId, viewer, context } = await sharedWithViewer(page, browser);
  let runsStarted = 0;
  viewer.on('request', (request) => {
    if (request.method() === 'POST' && /\/runs$/.test(new URL(request.url()).pathname)) runsStarted += 1;
  });

  // Run is where an editor has it, visibly unavailable, and says why — read out with it.
  const run = viewer.getByTestId('run-button');
  await expect(run).toBeVisible();
  await expect(run).toHaveAttribute('aria-disabled', 'true');
  await expect(run).toHaveAccessibleDescription(RUN_EXPLANATION);
  // By keyboard: Tab reaches it (a disabled button would be skipped) and the reason shows.
  await viewer.getByTestId('run-progress').or(viewer.getByTestId('connection-status')).first().focus();
  await run.focus();
  const bubble = viewer.getByRole('tooltip', { name: RUN_EXPLANATION });
  await expect(bubble).toBeVisible();
  await viewer.keyboard.press('Enter');
  await expect(bubble).toBeVisible();
  await viewer.keyboard.press('Escape');
  await expect(bubble).toBeHidden();
  expect(runsStarted).toBe(0);

  // The badge explains itself on hover and on focus, and its bubble replaces Run's (one at a time).
  const badge = viewer.getByTestId('view-only');
  await expect(badge).toHaveAccessibleDescription(/You are a viewer in this workspace: .* not change or run it/);
  await run.blur();
  await run.focus();
  await expect(bubble).toBeVisible();
  await badge.hover();
  await expect(viewer.getByRole('tooltip').filter({ hasText: 'You are a viewer in this workspace' })).toBeVisible();
  await expect(bubble).toBeHidden();
  await expect(viewer.locator('[role="tooltip"]:visible')).toHaveCount(1);
  await viewer.mouse.move(700, 500);
  await expect(viewer.getByRole('tooltip').filter({ hasText: 'You are a viewer in this workspace' })).toBeHidden();

  // The properties say first why their fields take no input.
  const node = viewer.getByTestId('node-character');
  await node.click();
  const panel = viewer.getByTestId('properties-panel');
  await expect(panel.getByTestId('properties-read-only')).toContainText('View only: you can read these fields but not change them');
  await expect(panel.getByLabel('Name', { exact: true })).toBeDisabled();
  await viewer.screenshot({ path: test.info().outputPath('viewer-desktop.png') });
  // Nor does any other place list a shortcut that edits: the overview, the toolbar's tooltips.
  await viewer.keyboard.press('Escape');
  const shortcuts = panel.getByTestId('overview-shortcuts');
  await expect(shortcuts).toContainText('find a node by title or scene number');
  await expect(shortcuts).not.toContainText('undo');
  await expect(shortcuts).not.toContainText('add a node');
  for (const edit of ['undo', 'redo', 'auto-layout']) await expect(viewer.getByTestId(edit)).toHaveCount(0);
  await node.click();

  // Delete does nothing to the graph, and says why instead of nothing at all.
  await viewer.keyboard.press('Delete');
  await expect(viewer.getByRole('status').filter({ hasText: "Viewers can't change this graph" })).toContainText('ask its owner for edit access');
  await expect(node).toHaveCount(1);

  // The shortcuts (?) a viewer is shown are the ones they can use: finding, walking, following, zooming.
  await viewer.keyboard.press('?');
  const help = viewer.getByTestId('shortcuts-help');
  await expect(help).toBeVisible();
  await expect(help).toContainText('Find a node by its title and go to it');
  await expect(help).toContainText('Select the nearest node that way');
  await expect(help).toContainText("Follow a collaborator's view");
  for (const edit of ['Undo', 'Duplicate', 'Delete selection', 'Nudge 10 px']) await expect(help.getByText(edit, { exact: true })).toHaveCount(0);
  await expect(help.getByTestId('shortcuts-help-note')).toHaveText('You can view this graph, so its editing shortcuts are left out.');
  await viewer.screenshot({ path: test.info().outputPath('viewer-shortcuts.png') });
  await viewer.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.goto(`${server.url}/graphs/${graphId}`);
  await expect(page.getByTestId('node-character')).toHaveCount(1);
  // The director, an editor, is shown every shortcut.
  await page.locator('.react-flow__pane').click({ position: { x: 40, y: 40 } });
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts-help').getByText('Duplicate', { exact: true })).toBeVisible();
  await context.close();
});

test('on a phone a tap on Run or on View only shows why, inside the screen', async ({ page, browser }) => {
  const { viewer, context } = await sharedWithViewer(page, browser, { width: 390, height: 844 }, true);
  // A finger on it (Playwright's own tap waits for an aria-disabled control to become enabled).
  const run = (await viewer.getByTestId('run-button').boundingBox())!;
  await viewer.touchscreen.tap(run.x + run.width / 2, run.y + run.height / 2);
  await expect(viewer.getByRole('tooltip', { name: RUN_EXPLANATION })).toBeVisible();

  await viewer.getByTestId('view-only').tap();
  const badgeBubble = viewer.getByRole('tooltip').filter({ hasText: 'You are a viewer in this workspace' });
  await expect(badgeBubble).toBeVisible();
  // Only one reason at a time: the tap elsewhere put Run's away.
  await expect(viewer.getByRole('tooltip', { name: RUN_EXPLANATION })).toBeHidden();
  const box = (await badgeBubble.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await viewer.screenshot({ path: test.info().outputPath('viewer-phone.png') });
  await context.close();
});
