import { expect, test, type Locator, type Page } from '@playwright/test';
import { signUp } from '../support/accounts.js';
import { importScreenplay, longScreenplay } from '../support/screenplays.js';
import { startProductServer, type ProductServer } from '../support/server.js';

let server: ProductServer;

test.beforeAll(async () => {
  server = await startProductServer();
});

test.afterAll(async () => {
  await server?.dispose();
});

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The on-screen boxes of every card under `cover`. */
const cardsUnder = async (page: Page, cover: Locator): Promise<number> => {
  const box = await cover.boundingBox();
  if (!box) throw new Error('nothing to test against');
  const cards = await page.locator('.react-flow__node').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as Box));
  return cards.filter((card) => overlaps(card, box)).length;
};

test.describe('on a 1280 × 720 laptop', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the fitted graph stays clear of the minimap and the zoom buttons', async ({ page }) => {
    await signUp(page, server);
    await importScreenplay(page, longScreenplay(48));
    // The properties panel closed: the widest canvas, where the fitted grid of scenes reached the corner.
    await page.getByLabel('Toggle properties panel').click();
    await page.getByTestId('fit-view').click();
    await page.waitForTimeout(500);
    const minimap = page.getByTestId('canvas-minimap');
    await expect(minimap).toBeVisible();
    // Smaller on a laptop-sized canvas than on a desktop one.
    expect((await minimap.boundingBox())!.width).toBeLessThan(150);
    expect(await cardsUnder(page, minimap)).toBe(0);
    expect(await cardsUnder(page, page.locator('.react-flow__controls'))).toBe(0);
  });

  test('the minimap folds away, and stays folded for that person only', async ({ page, browser }) => {
    await signUp(page, server);
    await importScreenplay(page, longScreenplay(8));
    await page.getByTestId('minimap-hide').click();
    await expect(page.getByTestId('canvas-minimap')).toHaveCount(0);
    await expect(page.getByTestId('minimap-show')).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('node-scene').first()).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('minimap-show')).toBeVisible();
    await expect(page.getByTestId('canvas-minimap')).toHaveCount(0);

    // Someone else signing in on this browser profile keeps their own choice.
    const storage = await page.context().storageState();
    const other = await browser.newContext({ viewport: { width: 1280, height: 720 }, storageState: { cookies: [], origins: storage.origins } });
    const second = await other.newPage();
    await signUp(second, server);
    await importScreenplay(second, longScreenplay(4));
    await expect(second.getByTestId('canvas-minimap')).toBeVisible();
    await other.close();

    await page.getByTestId('minimap-show').click();
    await expect(page.getByTestId('canvas-minimap')).toBeVisible();
  });
});
