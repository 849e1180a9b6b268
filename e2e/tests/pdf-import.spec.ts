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

// Drawn by packages/pdf-screenplay/scripts/make-fixtures.ts with pdf-lib: a title page, scene numbers, dual dialogue.
const fixture = (name: string): Buffer => readFileSync(new URL(`../../packages/pdf-screenplay/fixtures/${name}.pdf`, import.meta.url));

test('a screenplay PDF imports from the graph list: named by its title page, its scenes on the canvas', async ({ page }, testInfo) => {
  await signUp(page, server);
  await page.getByTestId('import-file').setInputFiles({ name: 'brick-and-steel.pdf', mimeType: 'application/pdf', buffer: fixture('brick-and-steel-letter-pdflib') });
  await expect(page.getByTestId('toast')).toContainText('3 scenes, 5 characters, 2 locations');
  const row = page.getByTestId('graph-row').filter({ hasText: 'BRICK & STEEL' });
  await expect(row).toBeVisible();
  await row.click();
  await page.waitForURL(/\/graphs\/[^/]+$/);
  // The canvas chunk loads after navigation: slow on a busy machine.
  await expect(page.getByTestId('node-scene')).toHaveCount(3, { timeout: 30_000 });
  await expect(page.getByTestId('node-scene').filter({ hasText: 'PATIO' })).toContainText('DAY');
  await expect(page.getByTestId('node-character').filter({ hasText: 'McCLANE' })).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('pdf-import-canvas.png') });
});

test('a scanned PDF, whatever its name, is refused with what to do, and nothing is created', async ({ page }) => {
  await signUp(page, server);
  await page.getByTestId('import-file').setInputFiles({ name: 'scan.fountain', mimeType: 'text/plain', buffer: fixture('scanned-page') });
  await expect(page.getByTestId('toast')).toContainText('a scanned script needs OCR first');
  await expect(page.getByTestId('graph-row')).toHaveCount(0);
});

test('a PDF picked in the Re-import dialog is read in the browser and previewed before it is applied', async ({ page }, testInfo) => {
  await signUp(page, server);
  await importScreenplay(page, readFileSync(new URL('../../packages/fountain/fixtures/night-desk-teleplay.fountain', import.meta.url), 'utf8'));
  await expect(page.getByTestId('node-scene')).toHaveCount(9);
  await page.getByTestId('reimport-button').click();
  const dialog = page.getByTestId('reimport-dialog');
  await dialog.getByTestId('reimport-file').setInputFiles({ name: 'night-desk.pdf', mimeType: 'application/pdf', buffer: fixture('night-desk-teleplay-a4-chromium') });
  // pdf.js loads on the first PDF (a chunk and its worker): slow on a busy machine.
  await expect(dialog.getByLabel('New draft (Fountain, Final Draft or PDF)')).toHaveValue(/INT\. CORONER'S OFFICE - SAME/, { timeout: 30_000 });
  // The same script as a PDF: every scene, character and location matched, none added or removed
  // (the Script's text and a scene's text differ: a PDF prints no sections or notes).
  await expect(dialog).toContainText('9 scenes, 8 characters, 6 locations.');
  await expect(dialog).toContainText('8 characters, 6 locations, 8 scenes.');
  await expect(dialog).not.toContainText(/removed from the script|Adds/i);
  await page.screenshot({ path: testInfo.outputPath('pdf-reimport-preview.png') });
});
