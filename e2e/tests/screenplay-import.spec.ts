import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { startProductServer, type ProductServer } from '../support/server.js';
import { signUp } from '../support/accounts.js';

let server: ProductServer;

test.beforeAll(async () => {
  server = await startProductServer();
});

test.afterAll(async () => {
  await server?.dispose();
});

// Written the way writers save them: a title page, FADE IN:, a dash in a heading, CRLF.
const lighthouse = [
  'Title: The Lighthouse Keeper',
  'Author: Siobhán Ní Bhriain',
  '',
  'FADE IN:',
  '',
  'EXT. LIGHTHOUSE – NIGHT',
  '',
  'EILEEN climbs the last step.',
  '',
  'EILEEN',
  '(to herself)',
  'Ninety-two.',
  '',
  'INT. LAMP ROOM - CONTINUOUS',
  '',
  'TOMÁS (O.S.)',
  "It's only me, Mam.",
  '',
  'EILEEN (CONT\'D)',
  'Who let you up?',
].join('\r\n');

test('a pasted screenplay opens as a canvas of its scenes, characters and locations', async ({ page }) => {
  await signUp(page, server);
  await page.getByRole('button', { name: 'Paste a screenplay' }).click();
  await page.getByLabel('Screenplay (Fountain, Final Draft or PDF)').fill(lighthouse);
  await page.getByRole('button', { name: 'Import and open' }).click();

  await page.waitForURL(/\/graphs\/[^/]+$/);
  await expect(page.getByTestId('toast')).toContainText('Imported “The Lighthouse Keeper”: 2 scenes, 2 characters, 2 locations');
  await expect(page.getByTestId('node-scene')).toHaveCount(2);
  await expect(page.getByTestId('node-character')).toHaveCount(2);
  await expect(page.getByTestId('node-character').filter({ hasText: 'TOMÁS' })).toHaveCount(1);
  await expect(page.getByTestId('node-scene').filter({ hasText: 'LIGHTHOUSE' })).toContainText('NIGHT');
});

test('a .fountain file imports from the graph list, named after its title page', async ({ page }) => {
  await signUp(page, server);
  await page.getByTestId('import-file').setInputFiles({ name: 'lighthouse_v2.fountain', mimeType: 'text/plain', buffer: Buffer.from(`\uFEFF${lighthouse}`) });
  await expect(page.getByTestId('toast')).toContainText('2 scenes, 2 characters, 2 locations');
  const row = page.getByTestId('graph-row').filter({ hasText: 'The Lighthouse Keeper' });
  await expect(row).toBeVisible();
  await row.click();
  await expect(page.getByTestId('node-scene')).toHaveCount(2);
});

test('a screenplay file dropped on the graph list imports, as Import file does', async ({ page }) => {
  await signUp(page, server);
  const list = page.locator('.list-page');
  // A file dragged from the desktop: the drag events a browser fires, carrying one .fountain file.
  const files = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'lighthouse_v3.fountain', { type: 'text/plain' }));
    return transfer;
  }, lighthouse);
  await list.dispatchEvent('dragenter', { dataTransfer: files });
  await list.dispatchEvent('dragover', { dataTransfer: files });
  await expect(page.getByTestId('graph-list-drop')).toBeVisible();
  await list.dispatchEvent('drop', { dataTransfer: files });
  await expect(page.getByTestId('graph-list-drop')).toHaveCount(0);
  await expect(page.getByTestId('toast')).toContainText('2 scenes, 2 characters, 2 locations');
  await expect(page.getByTestId('graph-row').filter({ hasText: 'The Lighthouse Keeper' })).toHaveCount(1);

  // Dropped on the paste form's text box, the file fills the box instead: nothing imports yet.
  await page.getByTestId('paste-screenplay').click();
  const box = page.getByLabel('Screenplay (Fountain, Final Draft or PDF)');
  await box.dispatchEvent('dragover', { dataTransfer: files });
  await box.dispatchEvent('drop', { dataTransfer: files });
  await expect(box).toHaveValue(/EILEEN climbs the last step/);
  await expect(page.getByTestId('graph-row').filter({ hasText: 'The Lighthouse Keeper' })).toHaveCount(1);
});

test('a Project JSON export imports back from Import file, under its own name', async ({ page }) => {
  await signUp(page, server);
  await page.getByRole('button', { name: 'Paste a screenplay' }).click();
  await page.getByLabel('Screenplay (Fountain, Final Draft or PDF)').fill(lighthouse);
  await page.getByRole('button', { name: 'Import and open' }).click();
  await page.waitForURL(/\/graphs\/[^/]+$/);
  const graphId = new URL(page.url()).pathname.split('/').pop()!;
  const exported = await page.request.get(`${server.url}/api/v1/graphs/${graphId}/exports/project_json`);
  expect(exported.status()).toBe(200);

  await page.goto(server.url);
  await page.getByTestId('import-file').setInputFiles({ name: 'the-lighthouse-keeper.project.json', mimeType: 'application/json', buffer: await exported.body() });
  await expect(page.getByTestId('toast')).toContainText('Imported “The Lighthouse Keeper”');
  await expect(page.getByTestId('graph-row').filter({ hasText: 'The Lighthouse Keeper' })).toHaveCount(2);
});

// A feature excerpt as Final Draft 12 saves it: numbered scenes (11, 12, 12A, 13), a dual dialogue and a Shot.
const saltAndIron = readFileSync(new URL('../../packages/final-draft/fixtures/salt-and-iron-feature.fdx', import.meta.url));

test('a Final Draft file imports from the graph list: its numbered scenes on the canvas', async ({ page }) => {
  await signUp(page, server);
  await page.getByTestId('import-file').setInputFiles({ name: 'salt-and-iron.fdx', mimeType: 'application/octet-stream', buffer: saltAndIron });
  await expect(page.getByTestId('toast')).toContainText('4 scenes, 3 characters, 4 locations, 1 shot');
  const row = page.getByTestId('graph-row').filter({ hasText: 'salt and iron' });
  await expect(row).toBeVisible();
  await row.click();
  await expect(page.getByTestId('node-scene')).toHaveCount(4);
  await expect(page.getByTestId('node-scene').filter({ hasText: 'BOILING HOUSE' })).toContainText('11');
  await expect(page.getByTestId('node-scene').filter({ hasText: 'YARD' })).toContainText('12A');
  await expect(page.getByTestId('node-character')).toHaveCount(3);
  // Its Shot paragraph (HIGH ANGLE - THE YARD) is a Shot of scene 12A.
  await expect(page.getByTestId('node-shot')).toHaveCount(1);
});

test('a Final Draft file chosen in the paste form is known by its content and imports', async ({ page }) => {
  await signUp(page, server);
  await page.getByRole('button', { name: 'Paste a screenplay' }).click();
  // Renamed by a mail client: the content, not the name, says it is Final Draft.
  await page.getByTestId('screenplay-file').setInputFiles({ name: 'salt-and-iron (1).txt', mimeType: 'text/plain', buffer: saltAndIron });
  await expect(page.getByTestId('screenplay-format')).toContainText('Final Draft file');
  await page.getByRole('button', { name: 'Import and open' }).click();
  await page.waitForURL(/\/graphs\/[^/]+$/);
  await expect(page.getByTestId('node-scene')).toHaveCount(4);
  await expect(page.getByTestId('node-scene').filter({ hasText: 'TRUCK' })).toContainText('13');
});

test('a PDF or a binary file picked for import is named for what it is, and nothing is created', async ({ page }) => {
  await signUp(page, server);
  await page.getByTestId('import-file').setInputFiles({ name: 'pilot.fountain', mimeType: 'text/plain', buffer: Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj', 'latin1') });
  // Told by its bytes, whatever its name: read as a screenplay PDF, and this one is cut short.
  await expect(page.getByTestId('toast')).toContainText('Could not import pilot.fountain');
  await expect(page.getByTestId('toast')).toContainText('The PDF could not be read');
  await page.getByTestId('import-file').setInputFiles({ name: 'still.fountain', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
  await expect(page.getByTestId('toast').filter({ hasText: 'still.fountain is not a text file' })).toBeVisible();
  await expect(page.getByTestId('graph-row')).toHaveCount(0);
});

test('a pasted or picked text without a scene heading is refused before anything is created', async ({ page }) => {
  await signUp(page, server);
  await page.getByRole('button', { name: 'Paste a screenplay' }).click();
  const script = page.getByLabel('Screenplay (Fountain, Final Draft or PDF)');
  await script.fill('Notes for the next draft: make Maeve kinder.');
  await page.getByRole('button', { name: 'Import and open' }).click();
  await expect(page.getByTestId('screenplay-refusal')).toContainText('This text has no scene headings (INT. / EXT.)');
  await expect(script).toHaveAttribute('aria-invalid', 'true');
  // Editing clears the refusal; a screenplay imports.
  await script.fill(lighthouse);
  await expect(page.getByTestId('screenplay-refusal')).toHaveCount(0);
  await page.getByTestId('import-file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Title: Salt\n\nJust the title page.') });
  await expect(page.getByTestId('toast')).toContainText('notes.txt has no scene headings');
  await expect(page.getByTestId('graph-row')).toHaveCount(0);
});
