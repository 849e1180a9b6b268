import { expect, test } from '@playwright/test';
import { newAccount } from '../support/accounts.js';
import { startProductServer, type ProductServer } from '../support/server.js';

// A fresh server of its own: the test is about an install with no accounts yet.
let server: ProductServer;

test.beforeAll(async () => {
  server = await startProductServer();
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
