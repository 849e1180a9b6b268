import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { startProductServer, type ProductServer } from '../support/server.js';
import { signUp } from '../support/accounts.js';
import { importScreenplay } from '../support/screenplays.js';

let server: ProductServer;

test.beforeAll(async () => {
  server = await startProductServer();
});

test.afterAll(async () => {
  await server?.dispose();
});

// packages/screenplay-files/fixtures: the Night Desk teleplay saved as Word by LibreOffice (title page, 9 scenes).
const fixture = (name: string): Buffer => readFileSync(new URL(`../../packages/screenplay-files/fixtures/${name}`, import.meta.url));
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

test('a Word screenplay imports from the graph list: named by its title page, its scenes on the canvas', async ({ page }, testInfo) => {
  await signUp(page, server);
  await page.getByTestId('import-file').setInputFiles({ name: 'night-desk-pilot.docx', mimeType: DOCX, buffer: fixture('night-desk-teleplay.docx') });
  await expect(page.getByTestId('toast')).toContainText('9 scenes', { timeout: 30_000 });
  const row = page.getByTestId('graph-row').filter({ hasText: 'THE NIGHT DESK' });
  await expect(row).toBeVisible();
  await row.click();
  await page.waitForURL(/\/graphs\/[^/]+$/);
  // The canvas chunk loads after navigation: slow on a busy machine.
  await expect(page.getByTestId('node-scene')).toHaveCount(9, { timeout: 30_000 });
  await expect(page.getByTestId('node-scene').filter({ hasText: 'ROOFTOP' })).toContainText('NIGHT');
  await page.screenshot({ path: testInfo.outputPath('docx-import-canvas.png') });
});

test('a Fade In file renamed .txt is told by its content and imported as Fade In', async ({ page }) => {
  await signUp(page, server);
  await page.getByTestId('import-file').setInputFiles({ name: 'the-away-end.txt', mimeType: 'text/plain', buffer: fixture('the-away-end-fade-in.fadein') });
  await expect(page.getByTestId('toast')).toContainText(/\d+ scenes/, { timeout: 30_000 });
  await expect(page.getByTestId('graph-row').filter({ hasText: 'The Away End' })).toBeVisible();
});

test('a Word file picked in the Re-import dialog is read in the browser and previewed before it is applied', async ({ page }, testInfo) => {
  await signUp(page, server);
  await importScreenplay(page, readFileSync(new URL('../../packages/fountain/fixtures/night-desk-teleplay.fountain', import.meta.url), 'utf8'));
  await expect(page.getByTestId('node-scene')).toHaveCount(9);
  await page.getByTestId('reimport-button').click();
  const dialog = page.getByTestId('reimport-dialog');
  await dialog.getByTestId('reimport-file').setInputFiles({ name: 'night-desk.docx', mimeType: DOCX, buffer: fixture('night-desk-teleplay.docx') });
  await expect(dialog.getByLabel('New draft (Fountain, Final Draft or PDF)')).toHaveValue(/INT\. CORONER'S OFFICE - SAME/, { timeout: 30_000 });
  // The same script from Word: every scene, character and location matched, none added or removed.
  await expect(dialog).toContainText('9 scenes, 8 characters, 6 locations.');
  await expect(dialog).not.toContainText(/removed from the script|Adds/i);
  await page.screenshot({ path: testInfo.outputPath('docx-reimport-preview.png') });
});
