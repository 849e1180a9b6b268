import { expect, test, type Page } from '@playwright/test';
import { signUp } from '../support/accounts.js';
import { startProductServer, type ProductServer } from '../support/server.js';

let server: ProductServer;

test.beforeAll(async () => {
  server = await startProductServer();
});

test.afterAll(async () => {
  await server?.dispose();
});

// A feature-length breakdown: zoomed to fit, 60 scene cards are specks.
const locations = ['KITCHEN', 'HARBOUR', 'POLICE STATION', 'ROOFTOP', 'DINER', 'HOSPITAL CORRIDOR'];
const feature = [
  'Title: Harbour Lights',
  '',
  ...Array.from({ length: 60 }, (_, i) => [`${i % 3 ? 'INT.' : 'EXT.'} ${locations[i % locations.length]} - ${i % 2 ? 'NIGHT' : 'DAY'}`, '', `Beat ${i + 1}.`, '', 'MARA', `Line ${i + 1}.`, '']).flat(),
].join('\n');

const importFeature = async (page: Page) => {
  await signUp(page, server);
  await page.getByRole('button', { name: 'Paste a screenplay' }).click();
  await page.getByLabel('Screenplay (Fountain, Final Draft or PDF)').fill(feature);
  await page.getByRole('button', { name: 'Import and open' }).click();
  await page.waitForURL(/\/graphs\/[^/]+$/);
  // The canvas's code, the graph and its 68 cards arrive after the URL changes: on a loaded CI
  // box (load 13) that took 12 s, past the default 10 s, with nothing wrong.
  await expect(page.getByTestId('node-scene')).toHaveCount(60, { timeout: 30_000 });
};

test('Ctrl+F finds a scene by number, selects it, focuses and names it, and brings it into view; the keyboard carries on from there', async ({ page }) => {
  await importFeature(page);
  // Compact card "45 · INT. …", full card "45INT. …": the same node either way.
  const scene45 = page.getByTestId('node-scene').filter({ hasText: /(^|\D)45\D{0,3}INT\. POLICE STATION/ });
  const before = await scene45.boundingBox();

  await page.keyboard.press('Control+f');
  const find = page.getByTestId('find-node');
  await expect(find).toBeVisible();
  await expect(page.getByLabel('Node title')).toBeFocused();
  await page.keyboard.type('45');
  await expect(find.getByRole('option').first()).toContainText('45 INT. POLICE STATION - DAY');
  await page.keyboard.press('Enter');

  await expect(find).toBeHidden();
  // The focus is on the card found (not dropped on the page), and a screen reader hears which.
  const found = page.locator('.react-flow__node').filter({ has: scene45 });
  await expect(found).toBeFocused();
  await expect(page.getByTestId('announcer')).toHaveText(/^Found Scene 45 INT\. POLICE STATION - DAY/);
  await expect(page.getByTestId('properties-panel')).toContainText('INT. POLICE STATION - DAY');
  await expect(page.getByLabel('Scene number')).toHaveValue('45');
  // Zoomed in on it: the card is drawn larger than at fit-to-view, and sits inside the canvas.
  await expect.poll(async () => (await scene45.boundingBox())?.width ?? 0).toBeGreaterThan((before?.width ?? 0) * 1.5);
  const canvas = await page.locator('.canvas').boundingBox();
  const card = await scene45.boundingBox();
  expect(card && canvas && card.x >= canvas.x && card.x + card.width <= canvas.x + canvas.width && card.y >= canvas.y && card.y + card.height <= canvas.y + canvas.height).toBe(true);

  // The keyboard goes on from the card: Alt+→ walks to the next scene, the focus with it.
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByTestId('announcer')).toHaveText(/^Scene 46 /);
  await expect(page.locator('.react-flow__node.selected')).toBeFocused();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(found).toBeFocused();

  // The selection is the canvas's: Delete removes the scene found.
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('node-scene')).toHaveCount(59);
});

test('the toolbar opens find; a word of the heading narrows the list; Escape closes it, leaves the selection alone and gives the focus back', async ({ page }) => {
  await importFeature(page);
  await page.getByTestId('find-button').click();
  const find = page.getByTestId('find-node');
  await page.keyboard.type('kitchen night');
  await expect(find.getByRole('option')).toHaveCount(0);
  await expect(find).toContainText('No node matches “kitchen night”');
  await page.getByLabel('Node title').fill('rooftop');
  // The ROOFTOP location first (its title starts so), then its ten scenes.
  await expect(find.getByRole('option')).toHaveCount(11);
  await expect(find.getByRole('option').first()).toContainText('ROOFTOP');
  await page.keyboard.press('Escape');
  await expect(find).toBeHidden();
  await expect(page.getByTestId('properties-panel')).not.toContainText('ROOFTOP');
  // The focus is back on the button that opened it, not dropped on the page.
  await expect(page.getByTestId('find-button')).toBeFocused();
});

test('Tab goes from the palette past the canvas to the properties panel, not through every wire', async ({ page }) => {
  await importFeature(page);
  await expect(page.locator('.react-flow__edge').first()).toBeAttached();
  const palette = page.locator('.palette-item');
  await palette.last().focus();
  const stops: string[] = [];
  for (let i = 0; i < 15 && !stops.some((stop) => stop.startsWith('properties')); i += 1) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const element = document.activeElement;
        if (!element) return 'none';
        if (element.closest('.react-flow__edge')) return 'wire';
        return element.closest('[data-testid="properties-panel"]') ? 'properties' : element.tagName.toLowerCase();
      }),
    );
  }
  expect(stops).not.toContain('wire');
  expect(stops).toContain('properties');
});

test('on a laptop a long scene heading reads to its end in the properties panel', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await importFeature(page);
  await page.keyboard.press('Control+f');
  await page.keyboard.type('30');
  await page.keyboard.press('Enter');
  const title = page.getByTestId('properties-panel').locator('h2');
  await expect(title).toContainText('INT. HOSPITAL CORRIDOR - NIGHT');
  // Not cut off: the heading's text fits its box (it wraps instead).
  const clipped = await title.evaluate((heading) => [heading, ...heading.querySelectorAll('span')].some((span) => span.scrollWidth > span.clientWidth + 1 || span.scrollHeight > span.clientHeight + 1));
  expect(clipped).toBe(false);
});
