import { expect, test } from '@playwright/test';
import { signUp } from '../support/accounts.js';
import { addNode, createGraph, expectSynced } from '../support/canvas.js';
import { startProductServer, type ProductServer } from '../support/server.js';

let server: ProductServer;

test.beforeAll(async () => {
  server = await startProductServer();
});

test.afterAll(async () => {
  await server?.dispose();
});

const draft1 = [
  'Title: The Harbour',
  '',
  'EXT. HARBOUR - DAWN',
  '',
  'MARA watches the boats come in.',
  '',
  'INT. BOATHOUSE - DAY',
  '',
  'MARA',
  'Anyone here?',
  '',
  'INT. OFFICE - NIGHT',
  '',
  'BEN counts the money.',
].join('\n');

// The rewrite: the boathouse moves to night, the office scene is cut, a pier scene is new.
const draft2 = [
  'Title: The Harbour',
  '',
  'EXT. HARBOUR - DAWN',
  '',
  'MARA watches the boats come in.',
  '',
  'INT. BOATHOUSE - NIGHT',
  '',
  'MARA',
  'Anyone here?',
  '',
  'EXT. PIER - NIGHT',
  '',
  'JONAS',
  'Over here.',
].join('\n');

interface GraphBody {
  document: { nodes: Array<{ id: string; type: string; data: Record<string, unknown> }> };
}

test('a revised screenplay re-imports into the open graph: previewed, applied, the creator’s own work kept', async ({ page }) => {
  await signUp(page, server);
  await page.getByRole('button', { name: 'Paste a screenplay' }).click();
  await page.getByLabel('Screenplay (Fountain, Final Draft or PDF)').fill(draft1);
  await page.getByRole('button', { name: 'Import and open' }).click();
  await page.waitForURL(/\/graphs\/[^/]+$/);
  const graphId = new URL(page.url()).pathname.split('/').pop()!;
  await expect(page.getByTestId('node-scene')).toHaveCount(3);

  // The creator's own work: a Shot, and a story day on the harbour scene.
  await addNode(page, 'shot');
  await page.getByTestId('node-scene').filter({ hasText: 'HARBOUR' }).click();
  await page.getByTestId('properties-panel').getByLabel('Story day').fill('3');
  await expectSynced(page);

  await page.getByTestId('reimport-button').click();
  const dialog = page.getByTestId('reimport-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('reimport-apply')).toBeDisabled();
  // The wrong text pasted (a note, not the script) would flag every scene: refused.
  await dialog.getByLabel('New draft (Fountain, Final Draft or PDF)').fill('Call Mara about the van on Monday.');
  await expect(dialog.getByTestId('reimport-no-scenes')).toBeVisible();
  await expect(dialog.getByTestId('reimport-apply')).toBeDisabled();
  await dialog.getByLabel('New draft (Fountain, Final Draft or PDF)').fill(draft2);

  const preview = dialog.getByTestId('reimport-preview');
  await expect(preview).toContainText('“The Harbour”: 3 scenes, 2 characters, 3 locations');
  await expect(preview.getByTestId('reimport-added')).toContainText('EXT. PIER - NIGHT');
  await expect(preview.getByTestId('reimport-added')).toContainText('JONAS');
  await expect(preview.getByTestId('reimport-updated')).toContainText('Time of day: DAY → NIGHT');
  await expect(preview.getByTestId('reimport-flagged')).toContainText('INT. OFFICE - NIGHT');
  await expect(preview.getByTestId('reimport-kept')).toContainText('1 shot');
  await page.screenshot({ path: test.info().outputPath('reimport-preview.png') });

  await dialog.getByTestId('reimport-apply').click();
  // The import's own toast may still be up: the sync's is found by its text.
  await expect(page.getByTestId('toast').filter({ hasText: 'Synced with the new draft' })).toBeVisible();
  await expect(dialog).toBeHidden();
  // The canvas follows at once: the new scene is there, the cut one kept, the Shot kept.
  await expect(page.getByTestId('node-scene')).toHaveCount(4);
  await expect(page.getByTestId('node-scene').filter({ hasText: 'PIER' })).toHaveCount(1);
  await expect(page.getByTestId('node-scene').filter({ hasText: 'BOATHOUSE' })).toContainText('NIGHT');
  await expect(page.getByTestId('node-shot')).toHaveCount(1);
  // The cut scene says so on its card; the others do not.
  await expect(page.getByTestId('node-scene').filter({ hasText: 'OFFICE' }).getByTestId('scene-cut')).toBeVisible();
  await expect(page.getByTestId('scene-cut')).toHaveCount(1);

  const saved = (await (await page.request.get(`${server.url}/api/v1/graphs/${graphId}`)).json()) as GraphBody;
  const scene = (place: string) => saved.document.nodes.find((node) => node.type === 'scene' && node.data['locationName'] === place);
  expect(scene('HARBOUR')?.data['storyDay']).toBe(3);
  expect(scene('OFFICE')?.data['tags']).toContain('removed-from-script');
  expect(saved.document.nodes.filter((node) => node.type === 'shot')).toHaveLength(1);

  // The same draft again: nothing to apply.
  await page.getByTestId('reimport-button').click();
  await dialog.getByLabel('New draft (Fountain, Final Draft or PDF)').fill(draft2);
  await expect(dialog.getByTestId('reimport-unchanged')).toBeVisible();
  await expect(dialog.getByTestId('reimport-apply')).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a re-import from a .fountain file saved with a byte-order mark and Windows line endings', async ({ page }) => {
  await signUp(page, server);
  await page.getByRole('button', { name: 'Paste a screenplay' }).click();
  await page.getByLabel('Screenplay (Fountain, Final Draft or PDF)').fill(draft1);
  await page.getByRole('button', { name: 'Import and open' }).click();
  await page.waitForURL(/\/graphs\/[^/]+$/);
  await expect(page.getByTestId('node-scene')).toHaveCount(3);

  await page.getByTestId('reimport-button').click();
  await page.getByTestId('reimport-file').setInputFiles({ name: 'the-harbour-v2.fountain', mimeType: 'text/plain', buffer: Buffer.from(`\uFEFF${draft2.replace(/\n/g, '\r\n')}`) });
  await expect(page.getByTestId('reimport-added')).toContainText('EXT. PIER - NIGHT');
  // From the keyboard: Ctrl+Enter in the draft applies it.
  await page.getByLabel('New draft (Fountain, Final Draft or PDF)').press('Control+Enter');
  await expect(page.getByTestId('node-scene')).toHaveCount(4);
});

test('a graph drawn by hand takes its first screenplay from the same button', async ({ page }) => {
  await signUp(page, server);
  await createGraph(page, server.url, 'Drawn first');
  await addNode(page, 'shot');
  await page.getByRole('button', { name: 'Import a screenplay into this graph' }).click();
  await page.getByLabel('New draft (Fountain, Final Draft or PDF)').fill(draft1);
  await expect(page.getByTestId('reimport-kept')).toContainText('1 shot');
  await page.getByTestId('reimport-apply').click();
  await expect(page.getByTestId('node-scene')).toHaveCount(3);
  await expect(page.getByTestId('node-shot')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Re-import the screenplay' })).toBeVisible();
});

test('Undo on the toast puts the graph back as it was before the re-import', async ({ page }) => {
  await signUp(page, server);
  await page.getByRole('button', { name: 'Paste a screenplay' }).click();
  await page.getByLabel('Screenplay (Fountain, Final Draft or PDF)').fill(draft1);
  await page.getByRole('button', { name: 'Import and open' }).click();
  await page.waitForURL(/\/graphs\/[^/]+$/);
  await expect(page.getByTestId('node-scene')).toHaveCount(3);

  await page.getByTestId('reimport-button').click();
  await page.getByLabel('New draft (Fountain, Final Draft or PDF)').fill(draft2);
  await expect(page.getByTestId('reimport-added')).toBeVisible();
  await page.getByTestId('reimport-apply').click();
  await expect(page.getByTestId('node-scene')).toHaveCount(4);
  await page.getByTestId('toast').filter({ hasText: 'Synced with the new draft' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Re-import undone' })).toBeVisible();
  await expect(page.getByTestId('node-scene')).toHaveCount(3);
  await expect(page.getByTestId('node-scene').filter({ hasText: 'BOATHOUSE' })).toContainText('DAY');
  await expect(page.getByTestId('node-character').filter({ hasText: 'JONAS' })).toHaveCount(0);
});

test('a collaborator with the graph open sees the re-import at once', async ({ page, context }) => {
  await signUp(page, server);
  await page.getByRole('button', { name: 'Paste a screenplay' }).click();
  await page.getByLabel('Screenplay (Fountain, Final Draft or PDF)').fill(draft1);
  await page.getByRole('button', { name: 'Import and open' }).click();
  await page.waitForURL(/\/graphs\/[^/]+$/);
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByTestId('node-scene')).toHaveCount(3);

  await page.getByTestId('reimport-button').click();
  await page.getByLabel('New draft (Fountain, Final Draft or PDF)').fill(draft2);
  await expect(page.getByTestId('reimport-added')).toBeVisible();
  await page.getByTestId('reimport-apply').click();
  await expect(other.getByTestId('node-scene')).toHaveCount(4);
  await expect(other.getByTestId('node-scene').filter({ hasText: 'PIER' })).toHaveCount(1);
});
