import { expect, type Page } from '@playwright/test';
import type { ProductServer } from './server.js';

export interface TestAccount {
  name: string;
  email: string;
  password: string;
}

let accounts = 0;

/** A fresh account's details (unique per call). */
export const newAccount = (name: string): TestAccount => ({
  name,
  email: `${name.toLowerCase().replace(/\W+/g, '-')}-${Date.now()}-${++accounts}@example.test`,
  password: 'harbour-at-dawn-42',
});

/** Signs up through the sign-up page, as a person does; the page ends on the graph list. */
export async function signUp(page: Page, server: ProductServer, account: TestAccount = newAccount('Director')): Promise<TestAccount> {
  await page.goto(`${server.url}/signup`);
  await page.getByLabel('Name').fill(account.name);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Graphs' })).toBeVisible();
  return account;
}

/** Signs in through the sign-in page. */
export async function signIn(page: Page, server: ProductServer, account: TestAccount, path = '/'): Promise<void> {
  await page.goto(`${server.url}${path}`);
  await page.waitForURL(/\/signin/);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Invites `email` to the signed-in person's current workspace with `role`, through the members page. */
export async function invite(page: Page, server: ProductServer, email: string, role: 'viewer' | 'editor'): Promise<void> {
  await page.goto(`${server.url}/members`);
  const form = page.getByTestId('invite-form');
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Role').selectOption(role);
  await form.getByRole('button', { name: 'Invite' }).click();
  await expect(page.getByTestId('member-list')).toContainText(email);
}
