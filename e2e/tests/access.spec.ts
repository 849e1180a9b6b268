import { expect, test, type Browser } from '@playwright/test';
import { invite, newAccount, signIn, signUp } from '../support/accounts.js';
import { addNode, createGraph, expectSynced } from '../support/canvas.js';
import { startProductServer, type ProductServer } from '../support/server.js';

let server: ProductServer;

test.beforeAll(async () => {
  server = await startProductServer();
});

test.afterAll(async () => {
  await server?.dispose();
});

/** A separate browser profile: its own cookies, like another person's computer. */
const person = async (browser: Browser) => (await browser.newContext()).newPage();

test('a viewer can open a shared graph but not change it, and a stranger cannot even see it exists', async ({ page, browser }) => {
  // The director signs up and makes a graph.
  await signUp(page, server, newAccount('Director'));
  const graphId = await createGraph(page, server.url, 'Harbour at dawn');
  await addNode(page, 'character');
  await expectSynced(page);

  // A producer and a stranger have accounts too.
  const producerPage = await person(browser);
  const producer = await signUp(producerPage, server, newAccount('Producer'));
  const strangerPage = await person(browser);
  await signUp(strangerPage, server, newAccount('Stranger'));

  // The director invites the producer as a viewer.
  await invite(page, server, producer.email, 'viewer');

  // The producer opens it: read-only, no palette, a visible badge, a read-only connection.
  await producerPage.goto(`${server.url}/graphs/${graphId}`);
  await expect(producerPage.getByTestId('view-only')).toBeVisible();
  await expect(producerPage.getByTestId('connection-status')).toHaveAttribute('data-status', 'read-only');
  await expect(producerPage.getByTestId('node-character')).toHaveCount(1);
  await expect(producerPage.getByTestId('palette-character')).toHaveCount(0);
  await expect(producerPage.getByTestId('reimport-button')).toHaveCount(0);
  // The director runs it; the producer's run history names who did (it said "a collaborator").
  await page.goto(`${server.url}/graphs/${graphId}`);
  await page.getByTestId('run-button').click();
  await expect(producerPage.getByTestId('run-progress')).toHaveAttribute('data-status', 'succeeded', { timeout: 30_000 });
  await producerPage.getByTestId('run-history-button').click();
  await expect(producerPage.getByTestId('run-history-row').first()).toContainText('Director · whole graph');
  await producerPage.getByRole('button', { name: 'Close run history' }).click();
  // The title is text, on the toolbar's line: its middle level with the badge's (it sat 3 px above).
  const middle = async (testId: string) => {
    const box = await producerPage.getByTestId(testId).evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return range.getBoundingClientRect().toJSON() as { y: number; height: number };
    });
    return box.y + box.height / 2;
  };
  expect(Math.abs((await middle('graph-title-static')) - (await middle('view-only')))).toBeLessThanOrEqual(1.5);
  // Saved revisions: a viewer can open them, not save or restore one.
  await page.evaluate(async (id) => {
    await fetch(`/api/v1/graphs/${id}/revisions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ message: 'First pass' }) });
  }, graphId);
  await producerPage.getByTestId('revisions-button').click();
  const revisions = producerPage.getByTestId('revisions-dialog');
  await expect(revisions.getByTestId('revision-row')).toContainText('First pass');
  await expect(revisions.getByTestId('revision-open')).toBeVisible();
  await expect(revisions.getByTestId('revision-restore')).toHaveCount(0);
  await expect(revisions.getByTestId('revision-save')).toHaveCount(0);
  await revisions.getByTestId('revision-open').click();
  await expect(producerPage.getByTestId('revision-view')).toBeVisible();
  await expect(producerPage.getByTestId('revision-page-restore')).toHaveCount(0);
  await producerPage.goto(`${server.url}/graphs/${graphId}`);
  await producerPage.getByTestId('node-character').click();
  await expect(producerPage.getByTestId('properties-panel').getByLabel('Name', { exact: true })).toBeDisabled();
  // And the server agrees, whatever the page offers.
  const write = await producerPage.evaluate(async (id) => {
    const response = await fetch(`/api/v1/graphs/${id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'Mine now' }) });
    return response.status;
  }, graphId);
  expect(write).toBe(403);

  // The stranger gets "does not exist", the same as for a graph that never existed.
  await strangerPage.goto(`${server.url}/graphs/${graphId}`);
  await expect(strangerPage.getByText('This graph does not exist (any more).')).toBeVisible();
  const read = await strangerPage.evaluate(async (id) => (await fetch(`/api/v1/graphs/${id}`)).status, graphId);
  expect(read).toBe(404);
  await strangerPage.goto(server.url);
  await expect(strangerPage.getByRole('heading', { name: 'Graphs' })).toBeVisible();
  await expect(strangerPage.getByText('Harbour at dawn')).toHaveCount(0);
});

test('inviting someone with no account yet says what to do: send them the sign-up link, then invite them once they have signed up', async ({ page, browser }) => {
  await signUp(page, server, newAccount('Director'));
  const newcomer = newAccount('Newcomer');
  await page.goto(`${server.url}/members`);
  const form = page.getByTestId('invite-form');
  await form.getByLabel('Email').fill(newcomer.email);
  await form.getByLabel('Role').selectOption('editor');
  await form.getByRole('button', { name: 'Invite' }).click();

  // Not a dead end: the address, the reason, and the link to send them.
  const notice = page.getByTestId('invite-sign-up-first');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(`${newcomer.email} has no account here yet`);
  await expect(notice.getByTestId('invite-sign-up-link')).toHaveText(`${server.url}/signup`);

  // The newcomer follows the link and signs up; the director invites them again and is told it worked.
  const newcomerPage = await person(browser);
  await newcomerPage.goto((await notice.getByTestId('invite-sign-up-link').textContent()) ?? '');
  await newcomerPage.getByLabel('Name').fill(newcomer.name);
  await newcomerPage.getByLabel('Email').fill(newcomer.email);
  await newcomerPage.getByLabel('Password').fill(newcomer.password);
  await newcomerPage.getByRole('button', { name: 'Create account' }).click();
  await expect(newcomerPage.getByRole('heading', { name: 'Graphs' })).toBeVisible();

  await form.getByRole('button', { name: 'Invite' }).click();
  await expect(page.getByTestId('member-list')).toContainText(newcomer.email);
  await expect(page.getByRole('status').filter({ hasText: `${newcomer.name} joined as editor` })).toBeVisible();
  await expect(notice).toHaveCount(0);
  await newcomerPage.context().close();
});

test('a signed-out person is sent to sign in, with no error in the console, then back where they were', async ({ page, browser }) => {
  const account = await signUp(page, server, newAccount('Editor'));
  const graphId = await createGraph(page, server.url, 'Night exterior');

  const fresh = await person(browser);
  await signIn(fresh, server, account, `/graphs/${graphId}`);
  await fresh.waitForURL(new RegExp(`/graphs/${graphId}$`));
  await expect(fresh.locator('.react-flow')).toBeVisible();

  // Signing out ends the session: the protected page asks for sign-in again.
  await page.goto(server.url);
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await page.waitForURL(/\/signin/);
  // Signed out, the start is quiet: each load logged a red 401 from GET /me in the console.
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await page.goto(`${server.url}/graphs/${graphId}`);
  await page.waitForURL(/\/signin\?next=/);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the app runs under its Content-Security-Policy without violations', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|CSP/i.test(message.text())) violations.push(message.text());
  });
  await signUp(page, server, newAccount('Csp'));
  await createGraph(page, server.url, 'Policy check');
  await addNode(page, 'scene');
  await page.goto(`${server.url}/api/docs`);
  await expect(page.locator('.swagger-ui')).toBeVisible();
  expect(violations).toEqual([]);
});
