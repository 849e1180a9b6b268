import { expect, test } from '@playwright/test';
import { invite, newAccount, signUp } from '../support/accounts.js';
import { createGraph } from '../support/canvas.js';
import { startProductServer, type ProductServer } from '../support/server.js';

// A fresh server of its own: the test is about an install with no accounts yet.
let server: ProductServer;

test.beforeAll(async () => {
  server = await startProductServer({}, { freshData: true });
});

test.afterAll(async () => {
  await server?.dispose();
});

test('a new install opens on creating its first account; afterwards sign-in is the door', async ({ page }) => {
  await page.goto(server.url);
  await page.waitForURL(/\/signup/);
  await expect(page.getByRole('heading', { name: 'Create the first account' })).toBeVisible();
  await expect(page.getByTestId('first-account-note')).toContainText('becomes its owner');

  const owner = newAccount('Producer');
  await page.getByLabel('Name').fill(owner.name);
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password').fill(owner.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Graphs' })).toBeVisible();

  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await page.waitForURL(/\/signin/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  // An owner exists now: the sign-up page is the ordinary one.
  await page.goto(`${server.url}/signup`);
  await expect(page.getByRole('heading', { name: 'Create your account' })).toBeVisible();
  await expect(page.getByTestId('first-account-note')).toHaveCount(0);
});

test('someone invited to a colleague’s workspace finds it from their own empty graph list', async ({ browser }) => {
  const directorContext = await browser.newContext();
  const director = await directorContext.newPage();
  await signUp(director, server, newAccount('Director'));
  await createGraph(director, server.url, 'Harbour at dawn');
  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  const account = await signUp(editor, server, newAccount('Editor'));
  await invite(director, server, account.email, 'editor');

  await editor.reload();
  await expect(editor.getByText('No graphs here yet')).toBeVisible();
  const others = editor.getByTestId('other-workspaces');
  await expect(others).toContainText('You are also in');
  await others.getByRole('button', { name: /Director’s workspace · editor/ }).click();
  await expect(editor.getByTestId('graph-list')).toContainText('Harbour at dawn');
  await expect(editor.getByTestId('other-workspaces')).toHaveCount(0);
  await directorContext.close();
  await editorContext.close();
});
