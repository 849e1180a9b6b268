import { expect, test, type Page } from '@playwright/test';
import { signUp, newAccount } from '../support/accounts.js';
import { addNode, connect } from '../support/canvas.js';
import { startProductServer, type ProductServer } from '../support/server.js';

/*
 * Visual regression of the main canvas states against committed baselines
 * (tests/visual.spec.ts-snapshots/). Stable by construction: a fixed viewport (the config's
 * 1440 × 900), the same Debian Chromium and its fonts, animations and the caret off,
 * documents seeded over the API with fixed positions, and what changes from run to run
 * (connection status, run timings, the minimap) masked. After an intended change of the canvas's
 * look, regenerate and review the PNGs:
 *
 *   pnpm --filter @pc/server --filter @pc/web build && pnpm --filter @pc/e2e test:visual:update
 */

let server: ProductServer;

test.beforeAll(async () => {
  server = await startProductServer();
});
test.afterAll(async () => {
  await server?.dispose();
});

const at = (x: number, y: number) => ({ x, y });

/** The Character → Scene → Shot breakdown every state starts from, at fixed positions. */
const breakdown = {
  schemaVersion: 1,
  nodes: [
    { id: 'anna', type: 'character', position: at(0, 40), data: { name: 'ANNA', role: 'lead' } },
    { id: 'sc12', type: 'scene', position: at(360, 0), data: { sceneNumber: '12', intExt: 'INT', locationName: 'KITCHEN', timeOfDay: 'NIGHT' } },
    { id: 'sh12a', type: 'shot', position: at(720, 40), data: { shotNumber: '12A', shotSize: 'MCU', lensMm: 35 } },
  ],
  edges: [
    { id: 'cast', source: 'anna', sourceHandle: 'character', target: 'sc12', targetHandle: 'characters' },
    { id: 'cover', source: 'sc12', sourceHandle: 'scene', target: 'sh12a', targetHandle: 'scene' },
    { id: 'in-frame', source: 'anna', sourceHandle: 'character', target: 'sh12a', targetHandle: 'characters' },
  ],
};

/** Signs up (a fixed name: it shows in the header), seeds a graph over the API and opens its canvas. */
async function openSeeded(page: Page, document: object | undefined, name = 'Kitchen, night'): Promise<void> {
  await signUp(page, server, { ...newAccount('Director'), name: 'Director' });
  const id = await page.evaluate(async ({ document, name }) => {
    const response = await fetch('/api/v1/graphs', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, ...(document ? { document } : {}) }) });
    return ((await response.json()) as { id: string }).id;
  }, { document, name });
  await page.goto(`${server.url}/graphs/${id}`);
  await expect(page.locator('.react-flow')).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(document ? (document as typeof breakdown).nodes.length : 0);
}

/** Compares the whole window, with what legitimately varies masked. */
async function expectLook(page: Page, name: string): Promise<void> {
  // Fit-view and fonts settle after the first frames.
  await page.evaluate(() => document.fonts.ready);
  await page.mouse.move(0, 0);
  await expect(page).toHaveScreenshot(name, {
    animations: 'disabled',
    caret: 'hide',
    maxDiffPixelRatio: 0.01,
    // Per-pixel colour distance: the default (0.2) lets grey text on the dark theme change unseen.
    threshold: 0.1,
    mask: [page.getByTestId('connection-status'), page.getByTestId('run-progress'), page.locator('.react-flow__minimap')],
  });
}

test('empty canvas', async ({ page }) => {
  await openSeeded(page, undefined, 'Empty');
  await expectLook(page, 'empty-canvas.png');
});

test('a Character → Scene → Shot graph', async ({ page }) => {
  await openSeeded(page, breakdown);
  await expectLook(page, 'breakdown.png');
});

test('a selected node with the properties panel', async ({ page }) => {
  await openSeeded(page, breakdown);
  await page.getByTestId('node-scene').click();
  await expect(page.getByTestId('properties-panel')).toBeVisible();
  await expectLook(page, 'selected-scene.png');
});

test('a refused connection', async ({ page }) => {
  await openSeeded(page, undefined, 'Refusals');
  const character = await addNode(page, 'character');
  const shot = await addNode(page, 'shot');
  await connect(page, character, 'character', shot, 'scene');
  await expect(page.getByTestId('toast')).toContainText(/scene/i);
  await page.keyboard.press('Escape');
  await expectLook(page, 'refused-connection.png');
});

test('compact cards when zoomed out', async ({ page }) => {
  await openSeeded(page, breakdown);
  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // Zoom out step by step until the compact cards show (zoom < 0.5), and no further: below
  // 0.25 ("far") the handles are not painted and the cards are specks.
  const zoom = () => page.locator('.react-flow__viewport').evaluate((element) => new DOMMatrixReadOnly(getComputedStyle(element).transform).a);
  for (let step = 0; step < 30 && (await zoom()) >= 0.45; step += 1) {
    await page.mouse.wheel(0, 60);
    await page.waitForTimeout(100);
  }
  expect(await zoom()).toBeGreaterThan(0.25);
  await expect(page.locator('[data-lod="low"]').first()).toBeVisible();
  await expectLook(page, 'compact-cards.png');
});

test('a finished run with its storyboard frame', async ({ page }) => {
  test.setTimeout(120_000);
  await openSeeded(page, breakdown);
  await page.keyboard.press('Escape');
  await page.getByTestId('run-button').click();
  const shot = page.getByTestId('node-shot');
  await expect(shot.getByTestId('node-run-status')).toHaveAttribute('data-run-status', 'succeeded', { timeout: 60_000 });
  const frame = shot.getByTestId('node-run-frame');
  await expect(frame).toBeVisible();
  await expect.poll(() => frame.evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: 15_000 }).toBeGreaterThan(0);
  await expectLook(page, 'finished-run.png');
});
