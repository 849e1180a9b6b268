import { expect, test, type Locator } from '@playwright/test';
import { signUp } from '../support/accounts.js';
import { kitchenShot, openGraphDocument } from '../support/canvas.js';
import { startProductServer, type ProductServer } from '../support/server.js';

let server: ProductServer;

test.beforeAll(async () => {
  server = await startProductServer();
});

test.afterAll(async () => {
  await server?.dispose();
});

/** Whether `card` lies wholly in the canvas and left of the open properties sheet. */
const isBesideSheet = async (card: Locator, sheet: Locator): Promise<boolean> => {
  const [box, cover, canvas] = await Promise.all([card.boundingBox(), sheet.boundingBox(), card.page().locator('.react-flow').boundingBox()]);
  if (!box || !cover || !canvas) return false;
  return box.x >= canvas.x && box.y >= canvas.y && box.x + box.width <= cover.x && box.y + box.height <= canvas.y + canvas.height;
};

test.describe('on a landscape tablet, with the properties sheet open over the canvas', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('a selected Shot that grows when its frame lands is panned clear of the sheet, not under it', async ({ page }) => {
    test.setTimeout(90_000);
    await signUp(page, server);
    // The Shot at the graph's bottom-right: fitted beside the open sheet, its grown frame would reach past the canvas's bottom.
    await openGraphDocument(page, server.url, 'Beside the sheet', kitchenShot({ x: 700, y: 300 }, [{ id: 'ben', type: 'character', position: { x: 0, y: 600 }, data: { name: 'BEN' } }]));
    const shot = page.locator('.react-flow__node[data-id="sh1"]');
    const sheet = page.getByTestId('properties-panel');
    await page.waitForTimeout(500);
    await shot.click({ position: { x: 20, y: 20 } });
    await expect(sheet.getByLabel('Shot number')).toHaveValue('1A');
    expect(await isBesideSheet(shot, sheet)).toBe(true);
    const before = (await shot.boundingBox())!;

    await page.getByTestId('run-button').click();
    await expect(shot.getByTestId('node-run-frame')).toBeVisible({ timeout: 30_000 });
    await expect.poll(async () => (await shot.boundingBox())!.height).toBeGreaterThan(before.height + 60);
    await expect.poll(() => isBesideSheet(shot, sheet)).toBe(true);
    await page.screenshot({ path: test.info().outputPath('grown-beside-sheet.png') });
  });
});

test.describe('on a 1180 × 820 tablet, with the properties sheet open over the canvas', () => {
  test.use({ viewport: { width: 1180, height: 820 } });

  test('Alt+arrow to a card under the sheet brings it out beside the sheet', async ({ page }) => {
    await signUp(page, server);
    await openGraphDocument(page, server.url, 'Walk under the sheet', kitchenShot({ x: 1000, y: 0 }, [{ id: 'ben', type: 'character', position: { x: 1300, y: 0 }, data: { name: 'BEN' } }]));
    const sheet = page.getByTestId('properties-panel');
    const handle = page.getByTestId('properties-sheet-toggle');
    const shot = page.locator('.react-flow__node[data-id="sh1"]');
    // Fitted with the sheet folded, the Shot lies where the sheet unfolds, well inside the canvas's edges.
    await handle.click();
    await expect(sheet).toBeHidden();
    await page.getByTestId('fit-view').click();
    await page.waitForTimeout(500);
    await page.locator('.react-flow__node[data-id="sc1"]').click({ position: { x: 20, y: 20 } });
    await handle.click();
    await expect(sheet).toBeVisible();
    expect(await isBesideSheet(shot, sheet)).toBe(false);

    await page.keyboard.press('Alt+ArrowRight');
    await expect(sheet.getByLabel('Shot number')).toHaveValue('1A');
    await expect.poll(() => isBesideSheet(shot, sheet)).toBe(true);
  });
});
