import { expect, test, type Browser, type BrowserContext, type Locator, type Page, type WebSocketRoute } from '@playwright/test';
import { invite, newAccount, signUp, type TestAccount } from '../support/accounts.js';
import { addNode, createGraph, expectSynced, flowPosition } from '../support/canvas.js';
import { startProductServer, type ProductServer } from '../support/server.js';

let server: ProductServer;

test.beforeAll(async () => {
  server = await startProductServer();
});

test.afterAll(async () => {
  await server?.dispose();
});

interface Person {
  context: BrowserContext;
  page: Page;
  account: TestAccount;
}

/** Someone on their own computer: a separate browser context (cookies, IndexedDB), signed up. */
async function person(browser: Browser, name: string): Promise<Person> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const account = await signUp(page, server, newAccount(name));
  return { context, page, account };
}

/** A director's new graph, shared with a second person as `role`. */
async function sharedGraph(browser: Browser, title: string, role: 'editor' | 'viewer') {
  const director = await person(browser, 'Director');
  const other = await person(browser, role === 'editor' ? 'Editor' : 'Viewer');
  const graphId = await createGraph(director.page, server.url, title);
  await invite(director.page, server, other.account.email, role);
  return { director, other, graphId };
}

async function openGraph(page: Page, graphId: string): Promise<void> {
  await page.goto(`${server.url}/graphs/${graphId}`);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', /^(connected|read-only)$/, { timeout: 20_000 });
}

const nodeIdOf = (node: Locator) => node.locator('xpath=ancestor-or-self::*[contains(@class,"react-flow__node")][1]').getAttribute('data-id');

/** A point on the empty canvas, away from nodes and the controls. */
async function emptySpot(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator('.react-flow__pane').boundingBox())!;
  return { x: box.x + box.width * 0.7, y: box.y + box.height * 0.25 };
}

test('two editors see each other live: edits, cursors, selections, drags, follow — and undo only their own', async ({ browser }) => {
  test.setTimeout(180_000);
  const { director, other: editor, graphId } = await sharedGraph(browser, 'Harbour at dawn', 'editor');
  await openGraph(director.page, graphId);
  await openGraph(editor.page, graphId);

  // An edit in one appears in the other.
  const character = await addNode(director.page, 'character');
  await expect(editor.page.getByTestId('node-character')).toHaveCount(1);
  await addNode(editor.page, 'scene');
  await expect(director.page.getByTestId('node-scene')).toHaveCount(1);

  // Who is here, and where their pointer is, with their name.
  await expect(director.page.getByTestId('presence-avatar').and(director.page.locator('[data-user="Editor"]'))).toBeVisible();
  const spot = await emptySpot(editor.page);
  await editor.page.mouse.move(spot.x, spot.y);
  await editor.page.mouse.move(spot.x + 40, spot.y + 30, { steps: 5 });
  const cursor = director.page.locator('[data-testid="presence-cursor"][data-user="Editor"]');
  await expect(cursor).toBeVisible();
  await expect(cursor).toContainText('Editor');

  // Their selection is outlined on the node in their colour.
  const characterId = await nodeIdOf(character);
  await editor.page.getByTestId('node-character').click();
  await expect(director.page.locator(`[data-testid="presence-selection"][data-node-id="${characterId}"]`)).toBeVisible();

  // Their drag is shown live, before they let go; the move lands when they do.
  const scene = editor.page.getByTestId('node-scene');
  const start = (await scene.boundingBox())!;
  await editor.page.mouse.move(start.x + start.width / 2, start.y + 12);
  await editor.page.mouse.down();
  await editor.page.mouse.move(start.x + start.width / 2 + 80, start.y + 72, { steps: 10 });
  const ghost = director.page.locator('[data-testid="presence-drag"][data-user="Editor"]');
  await expect(ghost).toBeVisible();
  await editor.page.mouse.up();
  await expect(ghost).toHaveCount(0);

  // Follow: the director's view follows the editor's until the director pans.
  await director.page.locator('[data-testid="presence-avatar"][data-user="Editor"]').click();
  await expect(director.page.getByTestId('presence-following')).toContainText('Following Editor');
  const pane = (await director.page.locator('.react-flow__pane').boundingBox())!;
  await director.page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  await director.page.mouse.wheel(0, 200);
  await expect(director.page.getByTestId('presence-following')).toHaveCount(0);

  // Undo in one never undoes the other's work: the director's undo takes back their
  // Character (their last step), never the editor's Scene or move.
  await expect(director.page.getByTestId('undo')).toHaveAttribute('title', /^Undo Add/);
  await director.page.getByTestId('undo').click();
  await expect(director.page.getByTestId('node-character')).toHaveCount(0);
  await expect(editor.page.getByTestId('node-character')).toHaveCount(0);
  await expect(director.page.getByTestId('node-scene')).toHaveCount(1);
  await expect(director.page.getByTestId('undo')).toBeDisabled();
  // The editor's own history is intact: their undo reverts their move, then their Scene.
  await expect(editor.page.getByTestId('undo')).toHaveAttribute('title', /^Undo Move/);
  await editor.page.getByTestId('undo').click();
  await editor.page.getByTestId('undo').click();
  await expect(director.page.getByTestId('node-scene')).toHaveCount(0);
  await expectSynced(director.page);
  await expectSynced(editor.page);

  await director.context.close();
  await editor.context.close();
});

test('following from a landscape tablet, the leader\'s view is centred beside the properties sheet, not under it', async ({ browser }) => {
  test.setTimeout(180_000);
  const director = await person(browser, 'Director');
  const tabletContext = await browser.newContext({ viewport: { width: 1180, height: 820 }, hasTouch: true });
  const tablet = await tabletContext.newPage();
  const editor = await signUp(tablet, server, newAccount('Editor'));
  const graphId = await createGraph(director.page, server.url, 'Harbour at dawn');
  await addNode(director.page, 'scene');
  await invite(director.page, server, editor.email, 'editor');
  await openGraph(director.page, graphId);
  await openGraph(tablet, graphId);
  await expect(tablet.getByTestId('properties-panel')).toBeVisible();

  // The flow point at the centre of what each person sees (on the tablet: left of the sheet).
  const seenCentre = (page: Page) =>
    page.evaluate(() => {
      const view = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
      const canvas = document.querySelector('.react-flow')!.getBoundingClientRect();
      const sheet = document.querySelector('[data-testid="properties-panel"]');
      const covered = sheet && matchMedia('(min-width: 901px) and (max-width: 1180px)').matches ? sheet.getBoundingClientRect().width : 0;
      return { x: ((canvas.width - covered) / 2 - view.e) / view.a, y: (canvas.height / 2 - view.f) / view.a };
    });
  const apart = async () => {
    const [led, seen] = [await seenCentre(director.page), await seenCentre(tablet)];
    return Math.round(Math.hypot(led.x - seen.x, led.y - seen.y));
  };

  await tablet.locator('[data-testid="presence-avatar"][data-user="Director"]').tap();
  await expect(tablet.getByTestId('presence-following')).toContainText('Following Director');
  // The director pans: the tablet follows, the same spot of the graph in the middle of its view.
  const spot = await emptySpot(director.page);
  await director.page.mouse.move(spot.x, spot.y);
  await director.page.mouse.down();
  await director.page.mouse.move(spot.x - 200, spot.y + 90, { steps: 8 });
  await director.page.mouse.up();
  await expect.poll(apart, { timeout: 10_000 }).toBeLessThanOrEqual(2);

  // Folding the sheet away re-centres the followed view on the whole canvas.
  await tablet.getByTestId('properties-sheet-toggle').tap();
  await expect(tablet.getByTestId('properties-panel')).toHaveCount(0);
  await expect.poll(apart, { timeout: 10_000 }).toBeLessThanOrEqual(2);
  await expect(tablet.getByTestId('presence-following')).toContainText('Following Director');

  await director.context.close();
  await tabletContext.close();
});

/** The flow point at the centre of what a person sees, and their zoom (on a landscape tablet: left of the open sheet). */
const seenView = (page: Page) =>
  page.evaluate(() => {
    const view = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
    const canvas = document.querySelector('.react-flow')!.getBoundingClientRect();
    const sheet = document.querySelector('[data-testid="properties-panel"]');
    const covered = sheet && matchMedia('(min-width: 901px) and (max-width: 1180px)').matches ? sheet.getBoundingClientRect().width : 0;
    return { x: ((canvas.width - covered) / 2 - view.e) / view.a, y: (canvas.height / 2 - view.f) / view.a, zoom: view.a };
  });

for (const tabletSize of [
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
]) {
  test(`a ${tabletSize.width} × ${tabletSize.height} tablet following the director shows the director's centre and zoom as they pan and zoom`, async ({ browser }) => {
    test.setTimeout(180_000);
    const director = await person(browser, 'Director');
    const tabletContext = await browser.newContext({ viewport: tabletSize, hasTouch: true });
    const tablet = await tabletContext.newPage();
    const editor = await signUp(tablet, server, newAccount('Editor'));
    const graphId = await createGraph(director.page, server.url, 'Harbour at dawn');
    await addNode(director.page, 'scene');
    await addNode(director.page, 'shot');
    await invite(director.page, server, editor.email, 'editor');
    await openGraph(director.page, graphId);
    await openGraph(tablet, graphId);
    await expect(tablet.getByTestId('node-shot')).toBeVisible();

    /** How far apart (flow px) the two centres are, and whether the zooms agree. */
    const apart = async () => {
      const [led, seen] = [await seenView(director.page), await seenView(tablet)];
      return { distance: Math.round(Math.hypot(led.x - seen.x, led.y - seen.y)), sameZoom: Math.abs(led.zoom - seen.zoom) < 0.001 };
    };
    const following = tablet.getByTestId('presence-following');

    await tablet.locator('[data-testid="presence-avatar"][data-user="Director"]').tap();
    await expect(following).toContainText('Following Director');
    await expect.poll(async () => (await apart()).sameZoom, { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => (await apart()).distance, { timeout: 10_000 }).toBeLessThanOrEqual(2);

    // The director pans: the same spot of the graph comes to the middle of the tablet's view.
    const spot = await emptySpot(director.page);
    await director.page.mouse.move(spot.x, spot.y);
    await director.page.mouse.down();
    await director.page.mouse.move(spot.x - 220, spot.y + 120, { steps: 8 });
    await director.page.mouse.up();
    await expect.poll(async () => (await apart()).distance, { timeout: 10_000 }).toBeLessThanOrEqual(2);

    // The director zooms in with the wheel: the tablet takes the zoom too, around the same centre.
    const before = (await seenView(tablet)).zoom;
    await director.page.mouse.move(spot.x - 100, spot.y);
    for (let step = 0; step < 3; step++) await director.page.mouse.wheel(0, -120);
    await expect.poll(async () => (await seenView(tablet)).zoom, { timeout: 10_000 }).toBeGreaterThan(before * 1.2);
    await expect.poll(async () => (await apart()).sameZoom, { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => (await apart()).distance, { timeout: 10_000 }).toBeLessThanOrEqual(2);

    // The tablet opens a node's properties by a tap on a card the director shows, and folds them
    // away: the followed centre stays in the middle of what is left of the canvas each time.
    await director.page.getByTestId('fit-view').click();
    await expect.poll(async () => (await apart()).distance, { timeout: 10_000 }).toBeLessThanOrEqual(2);
    const handle = tablet.getByTestId('properties-sheet-toggle');
    if (await tablet.getByTestId('properties-panel').isVisible()) {
      await handle.tap();
      await expect(tablet.getByTestId('properties-panel')).toHaveCount(0);
      await expect.poll(async () => (await apart()).distance, { timeout: 10_000 }).toBeLessThanOrEqual(2);
    }
    await handle.tap();
    await expect(tablet.getByTestId('properties-panel')).toBeVisible();
    await expect.poll(async () => (await apart()).distance, { timeout: 10_000 }).toBeLessThanOrEqual(2);
    await expect(following).toContainText('Following Director');

    await director.context.close();
    await tabletContext.close();
  });
}

test('a viewer sees the canvas and runs live, on a read-only canvas', async ({ browser }) => {
  const { director, other: viewer, graphId } = await sharedGraph(browser, 'Night exterior', 'viewer');
  await openGraph(director.page, graphId);
  await openGraph(viewer.page, graphId);

  await expect(viewer.page.getByTestId('connection-status')).toHaveAttribute('data-status', 'read-only');
  await expect(viewer.page.getByTestId('view-only')).toBeVisible();
  await expect(viewer.page.getByTestId('palette-character')).toHaveCount(0);
  // Run is there, visibly not theirs (viewer.spec.ts goes through what it says).
  await expect(viewer.page.getByTestId('run-button')).toHaveAttribute('aria-disabled', 'true');

  // Edits arrive live; the viewer cannot drag, edit or delete.
  await addNode(director.page, 'character');
  const node = viewer.page.getByTestId('node-character');
  await expect(node).toHaveCount(1);
  const at = await flowPosition(node);
  const box = (await node.boundingBox())!;
  await viewer.page.mouse.move(box.x + box.width / 2, box.y + 12);
  await viewer.page.mouse.down();
  await viewer.page.mouse.move(box.x + 200, box.y + 150, { steps: 8 });
  await viewer.page.mouse.up();
  // The gesture pans the view at most; the node stays where it is in the graph.
  expect(await flowPosition(node)).toEqual(at);
  await node.click();
  await expect(viewer.page.getByTestId('properties-panel').getByLabel('Name', { exact: true })).toBeDisabled();
  await viewer.page.keyboard.press('Delete');
  await expect(node).toHaveCount(1);
  await expect(director.page.getByTestId('node-character')).toHaveCount(1);

  // A run the director starts shows on the viewer's canvas as it happens.
  await director.page.getByTestId('node-character').click();
  const name = director.page.getByTestId('properties-panel').getByLabel('Name', { exact: true });
  await name.fill('ANNA');
  await name.press('Tab');
  await director.page.keyboard.press('Escape');
  await director.page.getByTestId('run-button').click();
  await expect(node.getByTestId('node-run-status')).toHaveAttribute('data-run-status', 'succeeded', { timeout: 30_000 });
  await expect(viewer.page.getByTestId('run-progress')).toHaveAttribute('data-status', 'succeeded');

  await director.context.close();
  await viewer.context.close();
});

test('an editor made viewer gets a read-only canvas at once, and a removed member is told they have no access', async ({ browser }) => {
  const { director, other: editor, graphId } = await sharedGraph(browser, 'Rewrites', 'editor');
  await openGraph(editor.page, graphId);
  await expect(editor.page.getByTestId('palette-character')).toBeVisible();

  await director.page.goto(`${server.url}/members`);
  await director.page.getByLabel('Role of Editor').selectOption('viewer');
  // The server closes the editor's socket (4409) and the page reopens with the new role.
  await expect(editor.page.getByTestId('connection-status')).toHaveAttribute('data-status', 'read-only', { timeout: 20_000 });
  await expect(editor.page.getByTestId('view-only')).toBeVisible();
  await expect(editor.page.getByTestId('palette-character')).toHaveCount(0);

  // Removed from the workspace: the socket closes for good (4403) and the page says so.
  await director.page.getByTestId('member-list').locator('li', { hasText: editor.account.email }).getByRole('button', { name: 'Remove' }).click();
  await director.page.getByRole('alertdialog').getByRole('button', { name: 'Remove Editor' }).click();
  await expect(editor.page.getByTestId('connection-status')).toHaveAttribute('data-status', 'no-access', { timeout: 20_000 });
  await expect(editor.page.getByTestId('connection-status')).toHaveText(/No access/);

  await director.context.close();
  await editor.context.close();
});

test('an editor removed mid-session gets a read-only canvas: no edit that could never be saved', async ({ browser }) => {
  const { director, other: editor, graphId } = await sharedGraph(browser, 'Night shoot', 'editor');
  await openGraph(director.page, graphId);
  await addNode(director.page, 'character');
  await openGraph(editor.page, graphId);
  const character = editor.page.getByTestId('node-character');
  await expect(character).toHaveCount(1);
  await expect(editor.page.getByTestId('palette-character')).toBeVisible();

  await director.page.goto(`${server.url}/members`);
  await director.page.getByTestId('member-list').locator('li', { hasText: editor.account.email }).getByRole('button', { name: 'Remove' }).click();
  await director.page.getByRole('alertdialog').getByRole('button', { name: 'Remove Editor' }).click();

  const notice = editor.page.getByTestId('connection-notice');
  await expect(notice).toHaveAttribute('data-status', 'no-access', { timeout: 20_000 });
  await expect(notice).toContainText('read-only');
  await expect(editor.page.getByTestId('canvas-read-only')).toBeVisible();
  await expect(editor.page.getByTestId('palette-character')).toHaveCount(0);
  // The keyboard is refused too: the node stays.
  await character.click();
  await editor.page.keyboard.press('Delete');
  await expect(character).toHaveCount(1);

  await director.context.close();
  await editor.context.close();
});

test('a first open says when the server cannot be reached, then shows this device\'s copy until it answers', async ({ browser }) => {
  test.setTimeout(90_000);
  const { director, other: editor, graphId } = await sharedGraph(browser, 'Fog bank', 'editor');
  // The editor's collab sockets: refused while `reachable` is false.
  let reachable = false;
  await editor.page.routeWebSocket(/\/collab\//, (ws) => {
    if (!reachable) return void ws.close({ code: 1011, reason: 'unreachable' });
    const upstream = ws.connectToServer();
    ws.onClose(() => void upstream.close());
  });
  await openGraph(director.page, graphId);
  await addNode(director.page, 'character');

  // Nothing on this device yet: a clear state instead of a silent spinner, and the graph once it answers.
  await editor.page.goto(`${server.url}/graphs/${graphId}`);
  await expect(editor.page.getByTestId('canvas-unreachable')).toContainText('Can’t reach the server', { timeout: 15_000 });
  reachable = true;
  await expect(editor.page.getByTestId('node-character')).toHaveCount(1, { timeout: 20_000 });
  await expectSynced(editor.page);

  // Unreachable again with a copy on this device: the copy opens, editable, and merges later.
  reachable = false;
  await editor.page.reload();
  await expect(editor.page.getByTestId('connection-notice')).toHaveAttribute('data-status', 'unreachable', { timeout: 15_000 });
  await expect(editor.page.getByTestId('node-character')).toHaveCount(1);
  await addNode(editor.page, 'shot');
  reachable = true;
  await expect(editor.page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected', { timeout: 20_000 });
  await expect(editor.page.getByTestId('connection-notice')).toHaveCount(0);
  await expect(director.page.getByTestId('node-shot')).toHaveCount(1, { timeout: 15_000 });

  await director.context.close();
  await editor.context.close();
});

test('edits made offline are kept and merge with the others on reconnect', async ({ browser }) => {
  test.setTimeout(120_000);
  const { director, other: editor, graphId } = await sharedGraph(browser, 'Storm at sea', 'editor');

  // The editor's network: every collab socket goes through here, so the test can cut it.
  let online = true;
  const sockets = new Set<WebSocketRoute>();
  await editor.page.routeWebSocket(/\/collab\//, (ws) => {
    if (!online) return void ws.close({ code: 1001, reason: 'offline' });
    const upstream = ws.connectToServer();
    sockets.add(ws);
    ws.onClose(() => {
      sockets.delete(ws);
      void upstream.close();
    });
  });
  await openGraph(director.page, graphId);
  await openGraph(editor.page, graphId);
  await addNode(director.page, 'character');
  await expect(editor.page.getByTestId('node-character')).toHaveCount(1);

  // The editor loses the network.
  online = false;
  await editor.context.setOffline(true);
  for (const ws of [...sockets]) await ws.close({ code: 1006, reason: 'network lost' }).catch(() => ws.close());
  const status = editor.page.getByTestId('connection-status');
  await expect(status).toHaveAttribute('data-status', 'offline');
  await expect(status).toContainText('changes kept on this device');

  // Both keep working.
  await addNode(editor.page, 'shot');
  await addNode(director.page, 'scene');
  await expect(director.page.getByTestId('node-shot')).toHaveCount(0);
  await expect(editor.page.getByTestId('node-scene')).toHaveCount(0);

  // Back online: the two histories merge, on both screens.
  online = true;
  await editor.context.setOffline(false);
  await expect(status).toHaveAttribute('data-status', 'connected', { timeout: 20_000 });
  await expectSynced(editor.page);
  for (const page of [director.page, editor.page]) {
    await expect(page.getByTestId('node-character')).toHaveCount(1);
    await expect(page.getByTestId('node-scene')).toHaveCount(1);
    await expect(page.getByTestId('node-shot')).toHaveCount(1);
  }

  // And the server kept the merge.
  await director.page.reload();
  await expect(director.page.getByTestId('node-shot')).toHaveCount(1);
  await expect(director.page.getByTestId('node-scene')).toHaveCount(1);

  await director.context.close();
  await editor.context.close();
});
