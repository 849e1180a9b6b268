import { expect, test, type Locator, type Page } from '@playwright/test';
import { signUp } from '../support/accounts.js';
import { connect, createGraph, expectSynced, overlaps, type Box } from '../support/canvas.js';
import { startProductServer, type ProductServer } from '../support/server.js';

/*
 * A card added from the palette, quick-add or a drop lands wholly in view, clear of the canvas's
 * edges and of what is drawn over it; wiring it never scrolls the page or the canvas's wrapper
 * (React Flow pans its view; the DOM stays put). A card flush with the left edge had its input
 * inside React Flow's auto-pan band: a wire dragged to it slid the whole canvas sideways.
 */

let server: ProductServer;

test.beforeAll(async () => {
  server = await startProductServer();
});
test.afterAll(async () => {
  await server?.dispose();
});

/** Every element of the page scrolled away from its origin: none should be. */
const scrolled = (page: Page) =>
  page.evaluate(() =>
    [document.documentElement, ...document.querySelectorAll<HTMLElement>('body, body *')]
      .filter((element) => element.scrollLeft !== 0 || element.scrollTop !== 0)
      // The properties panel and lists scroll their own content; the layout around the canvas must not.
      .filter((element) => element === document.documentElement || element.matches('body, .canvas-page, .canvas, .react-flow, .react-flow *'))
      .map((element) => `${element.className} ${element.scrollLeft},${element.scrollTop}`),
  );

/**
 * Whether the card lies wholly in the part of the canvas a person sees: inside the pane by more
 * than React Flow's 40 px auto-pan band at its sides, not under a tablet's sheet over its right
 * edge, and under none of the chrome drawn over it.
 */
async function whollyInView(page: Page, card: Locator): Promise<boolean> {
  const box = (await card.boundingBox())!;
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const sheet = await page.locator('.properties-panel').boundingBox();
  const right = Math.min(pane.x + pane.width - 40, sheet && overlaps(sheet, pane) ? sheet.x : Infinity);
  const inside = box.x >= pane.x + 40 && box.y >= pane.y && box.x + box.width <= right && box.y + box.height <= pane.y + pane.height;
  const chrome = await page.locator('.react-flow__minimap, .canvas-minimap-toggle, .react-flow__controls').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as Box));
  return inside && !chrome.some((rect) => overlaps(rect, box));
}

// The view may pan to a card that came out taller than it was placed for: wait for it to settle.
const expectWhollyInView = (page: Page, card: Locator) => expect.poll(() => whollyInView(page, card)).toBe(true);

const viewportTransform = (page: Page) => page.locator('.react-flow__viewport').evaluate((element) => (element as HTMLElement).style.transform);

for (const viewport of [
  { width: 1440, height: 900 },
  // A landscape tablet: the properties panel is a sheet over the canvas's right edge.
  { width: 1024, height: 768 },
]) {
  test(`at ${viewport.width} × ${viewport.height} palette clicks land each card wholly in view`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signUp(page, server);
    await createGraph(page, server.url, 'Placement');
    // The empty canvas's hint too is wholly in view, not half under a tablet's sheet.
    await expect(page.locator('.canvas-empty')).toBeVisible();
    expect(await whollyInView(page, page.locator('.canvas-empty'))).toBe(true);
    const cards = page.locator('.react-flow__node');
    const empty = await viewportTransform(page);
    for (const [index, type] of (['character', 'scene', 'shot', 'character', 'scene', 'shot', 'character'] as const).entries()) {
      await page.getByTestId(`palette-${type}`).click();
      await expect(cards).toHaveCount(index + 1);
      await expectWhollyInView(page, page.locator('.react-flow__node.selected'));
      // The first card stays where the palette put it: the empty canvas is not fitted around it afterwards.
      if (index === 0) expect(await viewportTransform(page)).toBe(empty);
    }
    expect(await scrolled(page)).toEqual([]);
  });
}

test('a card quick-added by the left edge lands inside it, and a wire dragged to it moves neither the view nor the page', async ({ page }) => {
  await signUp(page, server);
  await createGraph(page, server.url, 'Left edge');
  await page.getByTestId('palette-character').click();
  const character = page.getByTestId('node-character');
  await expect(character).toBeVisible();

  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.dblclick(pane.x + 4, pane.y + pane.height / 2);
  await page.getByTestId('quick-add').getByRole('combobox').fill('scene');
  await page.keyboard.press('Enter');
  const scene = page.getByTestId('node-scene');
  await expect(scene).toBeVisible();
  await expectWhollyInView(page, scene);

  const before = await viewportTransform(page);
  await connect(page, character, 'character', scene, 'characters');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await expectSynced(page);
  expect(await viewportTransform(page)).toBe(before);
  expect(await scrolled(page)).toEqual([]);
});

test('quick-add opened by the canvas’s bottom-right corner opens inside it and does not scroll the page', async ({ page }) => {
  await signUp(page, server);
  await createGraph(page, server.url, 'Corner');
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.dblclick(pane.x + pane.width - 6, pane.y + pane.height - 6);
  const picker = page.getByTestId('quick-add');
  await expect(picker.getByRole('combobox')).toBeFocused();
  const box = (await picker.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(pane.x + pane.width);
  expect(box.y + box.height).toBeLessThanOrEqual(pane.y + pane.height);
  expect(await scrolled(page)).toEqual([]);
  await expect(page.getByTestId('undo')).toBeInViewport();

  // A card scrolled into view (as focus does) leaves the wrapper where it is: React Flow pans, the DOM does not.
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await page.locator('.react-flow__node').evaluate((card) => {
    (card as HTMLElement).style.transform = 'translate(5000px, 5000px)';
    card.scrollIntoView();
  });
  expect(await scrolled(page)).toEqual([]);
});
