import { expect, test, type Browser } from '@playwright/test';
import { invite, newAccount, signUp, type TestAccount } from '../support/accounts.js';
import { addNode, createGraph, expectSynced } from '../support/canvas.js';
import { startProductServer, type ProductServer } from '../support/server.js';

let server: ProductServer;

test.beforeAll(async () => {
  server = await startProductServer();
});

test.afterAll(async () => {
  await server?.dispose();
});

/** Someone with an account of their own, signed up in another browser profile. */
const signedUpElsewhere = async (browser: Browser, account: TestAccount) => {
  const context = await browser.newContext();
  await signUp(await context.newPage(), server, account);
  await context.close();
};

test('removing a member asks in the product’s own dialog: Cancel has the focus, Escape keeps them, and the focus stays in the list', async ({ page, browser }) => {
  await signUp(page, server, newAccount('Director'));
  const ana = newAccount('Ana');
  const ben = newAccount('Ben');
  await signedUpElsewhere(browser, ana);
  await signedUpElsewhere(browser, ben);
  await invite(page, server, ana.email, 'editor');
  await invite(page, server, ben.email, 'viewer');

  const list = page.getByTestId('member-list');
  const anaRow = list.locator('li', { hasText: ana.email });
  const remove = anaRow.getByRole('button', { name: 'Remove' });
  await remove.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('alertdialog', { name: /^Remove Ana from “.+”\?$/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('loses access to its graphs at once');
  // The safe choice has the focus; the other says what it does.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expect(dialog.getByRole('button', { name: 'Remove Ana' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('remove-member.png') });

  // Escape keeps Ana, and the focus is back on her row's Remove.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(remove).toBeFocused();
  await expect(anaRow).toBeVisible();

  // Now for real, keyboard only: her row goes, and the focus goes to the row now in its place.
  const names = await list.locator('li').allTextContents();
  const index = names.findIndex((text) => text.includes(ana.email));
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Remove Ana' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(anaRow).toHaveCount(0);
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Ana removed from' })).toBeVisible();
  const neighbour = list.locator('li').nth(Math.min(index, names.length - 2));
  await expect(neighbour.getByRole('button', { name: 'Remove' })).toBeFocused();
});

test('a new API key: the focus goes to its Copy, it is announced and shown once; revoking asks first and keeps the focus in the table', async ({ page }) => {
  await signUp(page, server, newAccount('Scripter'));
  await page.goto(`${server.url}/settings/api-keys`);
  const form = page.getByTestId('api-key-form');
  const name = form.getByLabel('Key name');
  await name.fill('Nightly storyboard batch');
  await name.press('Enter');

  // The one thing to do now has the focus, and a screen reader hears why.
  const reveal = page.getByTestId('created-key');
  await expect(reveal.getByRole('button', { name: 'Copy key' })).toBeFocused();
  await expect(reveal).toContainText('Copy “Nightly storyboard batch” now: you will not see this key again.');
  await expect(page.getByTestId('created-key-announcement')).toHaveText('API key “Nightly storyboard batch” created. Copy it now: you will not see it again.');
  const secret = (await reveal.getByTestId('created-key-secret').textContent()) ?? '';
  expect(secret).toMatch(/^pc_[0-9a-z]{32}$/);
  await page.screenshot({ path: test.info().outputPath('created-key.png') });

  // Done: the secret leaves the page for good, and the focus goes back to make another.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(reveal).toHaveCount(0);
  await expect(name).toBeFocused();
  expect(await page.content()).not.toContain(secret);

  await name.fill('Weekly export');
  await name.press('Enter');
  await expect(reveal).toContainText('Weekly export');

  const table = page.getByTestId('api-key-table');
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  const nightly = rows.filter({ hasText: 'Nightly storyboard batch' });
  const revoke = nightly.getByRole('button', { name: 'Revoke' });
  await revoke.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('alertdialog', { name: 'Revoke “Nightly storyboard batch”?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Scripts that use it stop working at once.');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('revoke-key.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(revoke).toBeFocused();
  await expect(rows).toHaveCount(2);

  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Revoke key' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(nightly).toHaveCount(0);
  // The row in its place (the only one left) has the focus.
  await expect(rows.filter({ hasText: 'Weekly export' }).getByRole('button', { name: 'Revoke' })).toBeFocused();

  // The last key goes too: no row is left, so the focus goes to the name field to make another.
  await page.keyboard.press('Enter');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke key' }).click();
  await expect(table).toContainText('No keys yet.');
  await expect(name).toBeFocused();
});

test('opening a revision puts the focus on its heading, and back on the live graph it is on Revisions again', async ({ page }) => {
  await signUp(page, server, newAccount('Editor'));
  const graphId = await createGraph(page, server.url, 'Harbour');
  await addNode(page, 'character');
  await expectSynced(page);
  const revision = await page.evaluate(async (id) => {
    const response = await fetch(`/api/v1/graphs/${id}/revisions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ message: 'Table read' }) });
    return ((await response.json()) as { revision: number }).revision;
  }, graphId);

  const revisions = page.getByTestId('revisions-button');
  await revisions.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('revisions-dialog');
  const open = dialog.getByTestId('revision-row').filter({ hasText: 'Table read' }).getByTestId('revision-open');
  await open.focus();
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('revision-view')).toBeVisible();
  await expect(page.getByRole('heading', { name: `Revision ${revision}`, level: 1 })).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('revision-view.png') });

  // Back to live is the control before it; from there, the focus is on Revisions again.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Back to live' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`/graphs/${graphId}$`));
  await expect(revisions).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
});
