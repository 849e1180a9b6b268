import { expect, test, type Page } from '@playwright/test';
import { signUp } from '../support/accounts.js';
import { openGraphDocument } from '../support/canvas.js';
import { importScreenplay, longScreenplay } from '../support/screenplays.js';
import { startProductServer, type ProductServer } from '../support/server.js';

let server: ProductServer;

test.beforeAll(async () => {
  server = await startProductServer();
});

test.afterAll(async () => {
  await server?.dispose();
});

const selectedCard = (page: Page) => page.locator('.react-flow__node.selected');
const propertiesTitle = (page: Page) => page.getByTestId('properties-panel').locator('.node-properties__title');

test('Alt+arrows walk from card to card and Shift+Alt+←/→ along the wires; the panel follows and a screen reader hears it', async ({ page }) => {
  await signUp(page, server);
  await importScreenplay(page, longScreenplay(12));
  const url = page.url();
  const announcer = page.getByTestId('announcer');
  // One Fit view is read out and tabbed to (the toolbar's); the zoom buttons' one is for a pointer.
  await expect(page.getByRole('button', { name: /fit view/i })).toHaveCount(1);
  await expect(page.getByTestId('controls-fit-view')).toBeVisible();

  // Nothing selected: the walk starts at the card nearest the middle of the view.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Alt+ArrowRight');
  await expect(selectedCard(page)).toHaveCount(1);

  // From scene 1, right is scene 2 (the scenes are imported in rows of eight).
  await page.getByTestId('node-scene').filter({ hasText: 'INT. LIGHTHOUSE - DAY' }).click();
  await expect(propertiesTitle(page)).toContainText('INT. LIGHTHOUSE');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(selectedCard(page).getByTestId('node-scene')).toContainText('KITCHEN');
  await expect(propertiesTitle(page)).toContainText('KITCHEN');
  await expect(announcer).toHaveText(/^Scene 2 INT\. KITCHEN - NIGHT/);
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(propertiesTitle(page)).toContainText('LIGHTHOUSE');
  // The browser's Alt+← (Back) is not triggered: still on the canvas.
  expect(page.url()).toBe(url);

  // Down the rows: scene 10 sits under scene 2. (Under scene 1, a row as tall as the eight
  // Locations it introduces puts the nearest card below in the Location column at its left.)
  await page.keyboard.press('Alt+ArrowRight');
  await expect(announcer).toHaveText(/^Scene 2 /);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(announcer).toHaveText(/^Scene 10 /);

  // Upstream of a scene: who or what is wired into it (its cast, its location, the script).
  await page.keyboard.press('Shift+Alt+ArrowLeft');
  await expect(announcer).toHaveText(/^(Character|Location|Script) /);
  const upstream = (await announcer.textContent())!.trim();
  await expect(propertiesTitle(page)).toContainText(upstream.split(' ').slice(1).join(' '));
  // And back downstream to a scene.
  await page.keyboard.press('Shift+Alt+ArrowRight');
  await expect(announcer).toHaveText(/^Scene /);

  // Plain arrows still nudge the selection; Alt+arrows never move a card.
  const id = await selectedCard(page).getAttribute('data-id');
  const card = page.locator(`.react-flow__node[data-id="${id}"]`);
  const before = await card.evaluate((element) => (element as HTMLElement).style.transform);
  // Left of any scene there is a card (a scene, or the Location column).
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(card).not.toHaveClass(/selected/);
  expect(await card.evaluate((element) => (element as HTMLElement).style.transform)).toBe(before);

  // At the edge: nothing further, and it says so.
  await page.getByTestId('node-script').click();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(announcer).toHaveText('No node further left.');
  await expect(selectedCard(page).getByTestId('node-script')).toHaveCount(1);

  // The shortcut is in the help.
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts-help')).toContainText('Select the nearest node that way');
  await expect(page.getByTestId('shortcuts-help')).toContainText('Follow the wires upstream / downstream');
});

test('Tab reaches the canvas at one card, the selected one or else the first; Alt+arrows take the focus along and the shortcuts still work', async ({ page }) => {
  await signUp(page, server);
  await openGraphDocument(page, server.url, 'Two-hander', {
    schemaVersion: 1,
    nodes: [
      { id: 'anna', type: 'character', position: { x: 0, y: 0 }, data: { name: 'ANNA' } },
      { id: 'ben', type: 'character', position: { x: 0, y: 300 }, data: { name: 'BEN' } },
      { id: 'sc12', type: 'scene', position: { x: 400, y: 0 }, data: { sceneNumber: '12', locationName: 'KITCHEN' } },
    ],
    edges: [],
  });
  // The card that has the focus itself (not a button inside it), or null.
  const focusedCard = () => page.evaluate(() => (document.activeElement?.matches('.react-flow__node') ? document.activeElement.getAttribute('data-id') : null));
  const lastBeforeCanvas = page.locator('[data-testid^="palette-"]').last();

  // Nothing selected: Tab lands on the first card and selects it, so the panel shows it.
  await lastBeforeCanvas.focus();
  await page.keyboard.press('Tab');
  await expect.poll(focusedCard).toBe('anna');
  await expect(propertiesTitle(page)).toContainText('ANNA');
  await expect(page.locator('.react-flow__node[tabindex="0"]')).toHaveCount(1);

  // Alt+→ walks to the scene and the focus goes with the selection.
  await page.keyboard.press('Alt+ArrowRight');
  await expect(selectedCard(page)).toHaveAttribute('data-id', 'sc12');
  await expect.poll(focusedCard).toBe('sc12');

  // One Tab stop: the next Tab leaves the cards, Shift+Tab comes back to the selected one.
  await page.keyboard.press('Tab');
  await expect.poll(focusedCard).toBeNull();
  await page.keyboard.press('Shift+Tab');
  await expect.poll(focusedCard).toBe('sc12');

  // The canvas's shortcuts work from a focused card: Delete, then undo.
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(3);

  // A card selected by a click is where Tab lands next time, brought back into view if the
  // canvas was panned away from it.
  const ben = page.locator('.react-flow__node[data-id="ben"]');
  await ben.click();
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width - 20, pane.y + pane.height / 2);
  await page.mouse.down();
  await page.mouse.move(pane.x + 20, pane.y + 20, { steps: 8 });
  await page.mouse.up();
  await expect(ben).not.toBeInViewport();
  await lastBeforeCanvas.focus();
  await page.keyboard.press('Tab');
  await expect.poll(focusedCard).toBe('ben');
  await expect(ben).toBeInViewport({ ratio: 1 });
});

test('past 300 cards, where only those in view are drawn, Tab still reaches the canvas at the selected card panned out of view', async ({ page }) => {
  await signUp(page, server);
  // 320 Characters in rows of 20.
  const nodes = Array.from({ length: 320 }, (_, index) => ({
    id: `c${index}`,
    type: 'character',
    position: { x: (index % 20) * 320, y: Math.floor(index / 20) * 240 },
    data: { name: `EXTRA ${index}` },
  }));
  await openGraphDocument(page, server.url, 'A crowd', { schemaVersion: 1, nodes, edges: [] });
  const focusedCard = () => page.evaluate(() => (document.activeElement?.matches('.react-flow__node') ? document.activeElement.getAttribute('data-id') : null));
  const lastBeforeCanvas = page.locator('[data-testid^="palette-"]').last();
  const first = page.locator('.react-flow__node[data-id="c0"]');
  await first.click();
  await expect(selectedCard(page)).toHaveAttribute('data-id', 'c0');

  // Pan until the first card is far out of view: React Flow no longer draws it at all.
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  for (let drag = 0; drag < 2; drag++) {
    await page.mouse.move(pane.x + pane.width - 20, pane.y + pane.height - 20);
    await page.mouse.down();
    await page.mouse.move(pane.x + 20, pane.y + 20, { steps: 6 });
    await page.mouse.up();
  }
  await expect(first).toHaveCount(0);
  await expect(page.getByTestId('canvas-tab-stop')).toHaveAccessibleName(/^Character EXTRA 0 \(out of view\)$/);

  await lastBeforeCanvas.focus();
  await page.keyboard.press('Tab');
  await expect.poll(focusedCard).toBe('c0');
  await expect(first).toBeInViewport();
  await expect(page.getByTestId('canvas-tab-stop')).toHaveCount(0);
  // Still one Tab stop: the next Tab leaves the canvas.
  await page.keyboard.press('Tab');
  await expect.poll(focusedCard).toBeNull();
});
