import { expect, test, type Locator, type Page } from '@playwright/test';
import { startProductServer, type ProductServer } from '../support/server.js';
import { signIn, signUp } from '../support/accounts.js';
import { addNode, connect, createGraph, openGraphDocument } from '../support/canvas.js';
import { startRefusingBackend, addWorkspaceBackend } from '../support/backends.js';

let server: ProductServer;

test.beforeAll(async () => {
  server = await startProductServer();
});

test.afterAll(async () => {
  await server?.dispose();
});

const runStatus = (node: Locator) => node.getByTestId('node-run-status');

/** Clears the selection so Run means the whole graph. */
async function selectNothing(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  const pane = page.locator('.react-flow__pane');
  const box = await pane.boundingBox();
  if (box) await page.mouse.click(box.x + 30, box.y + 30);
  await expect(page.getByTestId('run-button')).toHaveText('Run');
}

async function fill(page: Page, label: string, value: string): Promise<void> {
  const input = page.getByTestId('properties-panel').getByLabel(label, { exact: true });
  await input.fill(value);
  await input.press('Tab');
}

test('a graph built in the browser runs, shows its storyboard frame, then runs from cache', async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, server);
  await createGraph(page, server.url, 'Kitchen, night');

  const character = await addNode(page, 'character');
  const scene = await addNode(page, 'scene');
  const shot = await addNode(page, 'shot');
  await connect(page, character, 'character', scene, 'characters');
  await connect(page, scene, 'scene', shot, 'scene');
  await connect(page, character, 'character', shot, 'characters');
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);

  await character.click();
  await fill(page, 'Name', 'ANNA');
  await expect(character).toContainText('ANNA');
  await scene.click();
  await fill(page, 'Scene number', '12');
  await fill(page, 'Location', 'KITCHEN');
  await shot.click();
  await fill(page, 'Lens (mm)', '35');

  // Run right away: the button saves what is pending first.
  await selectNothing(page);
  await page.getByTestId('run-button').click();

  for (const node of [character, scene, shot]) await expect(runStatus(node)).toHaveAttribute('data-run-status', 'succeeded', { timeout: 30_000 });
  await expect(page.getByTestId('run-progress')).toHaveAttribute('data-status', 'succeeded');
  await expect(page.getByTestId('run-progress')).toContainText('3/3 done');

  // The storyboard frame appears on the Shot, and really loads.
  const frame = shot.getByTestId('node-run-frame');
  await expect(frame).toBeVisible();
  await expect.poll(() => frame.evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: 10_000 }).toBeGreaterThan(0);
  await expect(scene.getByTestId('node-run-output')).toContainText('INT. KITCHEN');
  await expect(character.getByTestId('node-run-output')).toContainText('4 views');

  // The panel's Results: the compiled prompt names the character.
  await shot.click();
  const results = page.getByTestId('run-results');
  await expect(results).toBeVisible();
  await expect(results.getByTestId('run-results-prompt')).toContainText('ANNA');
  await expect(results.getByTestId('run-results-frame')).toBeVisible();

  // Nothing changed: the second run is served from the cache.
  await selectNothing(page);
  await page.getByTestId('run-button').click();
  for (const node of [character, scene, shot]) await expect(runStatus(node)).toHaveAttribute('data-run-status', 'cached', { timeout: 30_000 });
  await expect(page.getByTestId('run-progress')).toContainText('3 cached');
  await expect.poll(() => frame.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);

  // The history lists both runs; the older one can be laid over the canvas and its revision opened.
  await page.getByTestId('run-history-button').click();
  const rows = page.getByTestId('run-history').getByTestId('run-history-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toHaveAttribute('data-status', 'succeeded');
  await expect(rows.nth(1)).toContainText('3/3 done');
  await rows.nth(1).getByRole('button').first().click();
  await expect(runStatus(shot)).toHaveAttribute('data-run-status', 'succeeded');
  await expect(page.getByTestId('run-back-to-live')).toBeVisible();
  await rows.nth(1).getByTestId('open-revision').click();
  await expect(page.getByTestId('revision-view')).toBeVisible();
  await expect(page.getByTestId('revision-banner')).toContainText(/Revision \d+/);
  await expect(page.getByTestId('revision-banner')).toContainText('used by run');
  await expect(page.getByTestId('node-shot').getByTestId('node-run-frame')).toBeVisible();
  // Read-only: the fields are shown disabled and no edit is offered, but the run's results stay
  // usable (the prompt can be copied) and the shortcuts listed are the ones this page answers.
  const panel = page.getByTestId('properties-panel');
  await expect(panel.getByTestId('overview-shortcuts')).toContainText('find a node');
  await expect(panel.getByTestId('overview-shortcuts')).not.toContainText('add a node');
  await expect(panel.getByRole('button', { name: /All shortcuts/ })).toBeEnabled();
  await page.getByTestId('node-shot').click();
  await expect(panel.getByTestId('run-results-prompt')).toContainText('ANNA');
  await expect(panel.getByRole('button', { name: 'Copy prompt' })).toBeEnabled();
  await expect(panel.getByLabel('Lens (mm)')).toBeDisabled();
  await expect(panel.getByRole('button', { name: 'Delete node' })).toHaveCount(0);

  // Back to live; after a reload the latest run's results are still there.
  await page.getByRole('button', { name: 'Back to live' }).click();
  await expect(page.getByTestId('run-button')).toBeVisible();
  await page.reload();
  await expect(runStatus(page.getByTestId('node-shot'))).toHaveAttribute('data-run-status', 'cached');
  await expect(page.getByTestId('node-shot').getByTestId('node-run-frame')).toBeVisible();
});

test('a graph that cannot run says why and marks the node', async ({ page }) => {
  await signUp(page, server);
  await createGraph(page, server.url, 'Missing scene');
  const shot = await addNode(page, 'shot');
  await selectNothing(page);
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('toast')).toContainText(/cannot run/i);
  // One signal on the card: its problem badge says it stopped the run (and why); no second "×".
  await expect(shot.getByTestId('node-issues')).toHaveAttribute('data-stopped-run', 'true');
  await expect(shot.getByTestId('node-issues')).toHaveAccessibleName('1 problem, stopped the run');
  await expect(runStatus(shot)).toHaveCount(0);

  // Zoomed far out, where an edge is a fraction of a pixel, the refused card is still told
  // apart from one the run did not touch: its fill is tinted.
  const character = await addNode(page, 'character');
  await selectNothing(page);
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  const zoom = () => page.locator('.react-flow__viewport').evaluate((element) => new DOMMatrixReadOnly(getComputedStyle(element).transform).a);
  for (let step = 0; step < 40 && (await zoom()) >= 0.25; step += 1) await page.mouse.wheel(0, 120);
  await expect(page.locator('[data-lod="far"]')).toHaveCount(1);
  const fill = (card: typeof shot) => card.evaluate((element) => getComputedStyle(element).backgroundColor);
  await expect(shot).toHaveClass(/node-card--compact/);
  expect(await fill(shot)).not.toBe(await fill(character));
});

test('after a failure, Select failed finds the failed Shot in a long graph, says why, and Run of the selection runs it again', async ({ page }) => {
  test.setTimeout(180_000);
  // The Shot's frame fails: the workspace's image back end refuses every request.
  const backend = await startRefusingBackend();
  try {
    await signUp(page, server);
    const removeBackend = await addWorkspaceBackend(page, server, backend);
    const api = async (path: string, data: unknown) =>
      page.request.post(`${server.url}/api/v1${path}`, { headers: { Origin: server.url, 'Sec-Fetch-Site': 'same-origin' }, data });
    // 48 scenes in a grid; the one Shot covers the last of them, at the far corner.
    const scenes = Array.from({ length: 48 }, (_, i) => ({ id: `sc${i + 1}`, type: 'scene', position: { x: (i % 8) * 320, y: Math.floor(i / 8) * 240 }, data: { name: `Scene ${i + 1}`, sceneNumber: String(i + 1) } }));
    const shot = { id: 'sh48a', type: 'shot', position: { x: 8 * 320, y: 5 * 240 }, data: { shotNumber: '48A', shotSize: 'WS' } };
    const graph = await api('/graphs', {
      name: 'The long night',
      document: { schemaVersion: 1, nodes: [...scenes, shot], edges: [{ id: 'cover', source: 'sc48', sourceHandle: 'scene', target: 'sh48a', targetHandle: 'scene' }] },
    });
    expect(graph.status()).toBe(201);
    await page.goto(`${server.url}/graphs/${((await graph.json()) as { id: string }).id}`);
    const shotCard = page.getByTestId('node-shot');
    await expect(shotCard).toBeVisible({ timeout: 20_000 });

    await page.getByTestId('run-button').click();
    await expect(page.getByTestId('run-progress')).toHaveAttribute('data-status', 'failed', { timeout: 90_000 });
    await expect(page.getByTestId('run-progress')).toContainText('1 failed');

    // Zoomed in on the first scene, the failed Shot is far off screen.
    await page.getByTestId('node-scene').first().click();
    for (let i = 0; i < 4; i += 1) await page.locator('.react-flow__controls-zoomin').click();
    await page.keyboard.press('Escape');
    await expect(shotCard).not.toBeInViewport();

    await page.getByTestId('run-select-failed').click();
    await expect(shotCard).toBeInViewport({ timeout: 5_000 });
    const panel = page.getByTestId('properties-panel');
    await expect(panel.getByLabel('Shot number')).toHaveValue('48A');
    await expect(page.getByTestId('run-results')).toContainText('invalid api key');

    // The back end removed (the built-in frame draws), Run of the selection runs the failed Shot again.
    await removeBackend();
    await expect(page.getByTestId('run-button')).toHaveText('Run 1 selected');
    await expect(page.getByTestId('run-button')).toHaveAccessibleName('Run 1 selected node and what it feeds');
    await page.getByTestId('run-button').click();
    await expect(runStatus(shotCard)).toHaveAttribute('data-run-status', 'succeeded', { timeout: 60_000 });
    await expect(page.getByTestId('run-select-failed')).toHaveCount(0);
  } finally {
    backend.close();
  }
});

test('a Shot whose retry failed says why and keeps the frame and prompt of its last good run, dimmed and dated, on the card and in the panel, after a reload too', async ({ page }) => {
  test.setTimeout(180_000);
  const backend = await startRefusingBackend();
  try {
    await signUp(page, server);
    await openGraphDocument(page, server.url, 'Harbour retry', {
      schemaVersion: 1,
      nodes: [
        { id: 'sc1', type: 'scene', position: { x: 0, y: 0 }, data: { sceneNumber: '1', locationName: 'HARBOUR ROAD', intExt: 'EXT', timeOfDay: 'DAY' } },
        { id: 'sh1a', type: 'shot', position: { x: 340, y: 0 }, data: { shotNumber: '1A', lensMm: 35 } },
      ],
      edges: [{ id: 'e1', source: 'sc1', sourceHandle: 'scene', target: 'sh1a', targetHandle: 'scene' }],
    });
    const shot = page.locator('[data-node-id="sh1a"]');
    await page.getByTestId('run-button').click();
    await expect(runStatus(shot)).toHaveAttribute('data-run-status', 'succeeded', { timeout: 60_000 });
    await expect(shot.getByTestId('node-run-frame')).toBeVisible();
    const prompt = (await shot.locator('.node-run-output__line').textContent()) ?? '';
    expect(prompt.length).toBeGreaterThan(10);

    // A new lens and an image back end that refuses: the retry fails.
    await addWorkspaceBackend(page, server, backend);
    await shot.click();
    await fill(page, 'Lens (mm)', '85');
    await selectNothing(page);
    await page.getByTestId('run-button').click();
    await expect(runStatus(shot)).toHaveAttribute('data-run-status', 'failed', { timeout: 90_000 });

    const expectFailureWithEarlier = async () => {
      await expect(shot.getByTestId('node-run-error')).toContainText('invalid api key');
      const earlier = shot.getByTestId('node-run-earlier');
      await expect(earlier).toContainText(/From the run of \d{1,2}:\d{2}/);
      await expect(earlier.getByTestId('node-run-frame')).toBeVisible();
      await expect(earlier).toContainText(prompt);
      await shot.click();
      const panel = page.getByTestId('run-results');
      await expect(panel).toContainText('invalid api key');
      await expect(panel.getByTestId('run-results-earlier')).toContainText(/Last good output, from the run of/);
      await expect(panel.getByTestId('run-results-earlier').getByTestId('run-results-frame')).toBeVisible();
    };
    await expectFailureWithEarlier();
    await page.screenshot({ path: test.info().outputPath('failed-with-earlier.png') });
    // A reload reads it from the server: the results answer carries the last success.
    await page.reload();
    await expectFailureWithEarlier();
  } finally {
    backend.close();
  }
});

test('another open canvas of the graph picks up the run', async ({ page, context }) => {
  await signUp(page, server);
  const graphId = await createGraph(page, server.url, 'Two windows');
  const character = await addNode(page, 'character');
  await character.click();
  await fill(page, 'Name', 'BEN');
  await selectNothing(page);

  const other = await context.newPage();
  await other.goto(`${server.url}/graphs/${graphId}`);
  await expect(other.getByTestId('node-character')).toContainText('BEN');

  await page.getByTestId('run-button').click();
  await expect(runStatus(character)).toHaveAttribute('data-run-status', 'succeeded', { timeout: 30_000 });
  // The other window learns of the run by itself (history poll today, the collaboration socket later).
  await expect(runStatus(other.getByTestId('node-character'))).toHaveAttribute('data-run-status', 'succeeded', { timeout: 15_000 });
  await expect(other.getByTestId('run-progress')).toContainText('1/1 done');
});

test('every card keeps its latest result across runs: a run of one Shot leaves the others’ outputs, after a reload and for a second viewer too', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const account = await signUp(page, server);
  const at = (x: number, y: number) => ({ x, y });
  const graphId = await openGraphDocument(page, server.url, 'Harbour coverage', {
    schemaVersion: 1,
    nodes: [
      { id: 'mara', type: 'character', position: at(0, 0), data: { name: 'MARA' } },
      { id: 'sc1', type: 'scene', position: at(320, 0), data: { sceneNumber: '1', locationName: 'HARBOUR ROAD', intExt: 'EXT', timeOfDay: 'DAY' } },
      { id: 'sh1a', type: 'shot', position: at(640, 0), data: { shotNumber: '1A', lensMm: 35 } },
      { id: 'sh1b', type: 'shot', position: at(640, 520), data: { shotNumber: '1B', lensMm: 50 } },
      { id: 'sc2', type: 'scene', position: at(320, 520), data: { sceneNumber: '2', locationName: 'FISH MARKET' } },
    ],
    edges: [
      { id: 'e1', source: 'mara', sourceHandle: 'character', target: 'sc1', targetHandle: 'characters' },
      { id: 'e2', source: 'sc1', sourceHandle: 'scene', target: 'sh1a', targetHandle: 'scene' },
      { id: 'e3', source: 'sc1', sourceHandle: 'scene', target: 'sh1b', targetHandle: 'scene' },
    ],
  });
  const card = (target: Page, id: string) => target.locator(`[data-node-id="${id}"]`);
  const ids = ['mara', 'sc1', 'sh1a', 'sh1b', 'sc2'];
  /** Every card shows an output, and the outputs the selection run did not make are the full run's. */
  const expectAllOutputs = async (target: Page) => {
    for (const id of ids) await expect(card(target, id).getByTestId('node-run-output'), `${id}'s output`).toBeVisible({ timeout: 20_000 });
    await expect(runStatus(card(target, 'sh1a'))).toHaveAttribute('data-run-status', 'cached');
    for (const id of ['sh1b', 'sc2']) await expect(runStatus(card(target, id))).toHaveAttribute('data-run-status', 'succeeded');
    await expect(card(target, 'sh1b').getByTestId('node-run-frame')).toBeVisible();
    await expect(card(target, 'sc2').getByTestId('node-run-output')).toContainText('FISH MARKET');
  };

  await selectNothing(page);
  await page.getByTestId('run-button').click();
  for (const id of ids) await expect(runStatus(card(page, id))).toHaveAttribute('data-run-status', 'succeeded', { timeout: 60_000 });
  for (const id of ids) await expect(card(page, id).getByTestId('node-run-output')).toBeVisible();

  // A second person's view of the graph (another browser, the same account), open while the next run happens.
  const second = await browser.newContext();
  const other = await second.newPage();
  await signIn(other, server, account, `/graphs/${graphId}`);
  for (const id of ids) await expect(card(other, id).getByTestId('node-run-output')).toBeVisible({ timeout: 20_000 });

  // Run one Shot (and what it needs: all cached). The other cards keep what the full run made.
  await card(page, 'sh1a').click();
  await expect(page.getByTestId('run-button')).toContainText('Run 1');
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-progress')).toContainText('3 cached', { timeout: 30_000 });
  await expectAllOutputs(page);
  await expect(other.getByTestId('run-progress')).toContainText('3 cached', { timeout: 30_000 });
  await expectAllOutputs(other);

  // Each card is judged against the run its output came from: an edit of 1B makes only 1B stale.
  await card(page, 'sh1b').click();
  await fill(page, 'Lens (mm)', '85');
  await expect(runStatus(card(page, 'sh1b'))).toHaveAttribute('data-stale', 'true', { timeout: 10_000 });
  for (const id of ['mara', 'sc1', 'sh1a', 'sc2']) await expect(runStatus(card(page, id))).not.toHaveAttribute('data-stale');
  await fill(page, 'Lens (mm)', '50');
  await expect(runStatus(card(page, 'sh1b'))).not.toHaveAttribute('data-stale', 'true', { timeout: 10_000 });

  // A reload shows the same: each node's latest result, not only the latest run's.
  await page.reload();
  await expectAllOutputs(page);
  await second.close();
});

test('editing a node after a run marks its output stale, and only its own and its dependants’', async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, server);
  await createGraph(page, server.url, 'Stale frames');
  const character = await addNode(page, 'character');
  const scene = await addNode(page, 'scene');
  const shot = await addNode(page, 'shot');
  await connect(page, character, 'character', scene, 'characters');
  await connect(page, scene, 'scene', shot, 'scene');
  await scene.click();
  await fill(page, 'Scene number', '4');
  await selectNothing(page);
  await page.getByTestId('run-button').click();
  for (const node of [character, scene, shot]) await expect(runStatus(node)).toHaveAttribute('data-run-status', 'succeeded', { timeout: 30_000 });
  for (const node of [character, scene, shot]) await expect(runStatus(node)).not.toHaveAttribute('data-stale');

  // A new lens: the Shot's frame no longer matches it; the Scene and the Character are untouched.
  await shot.click();
  await fill(page, 'Lens (mm)', '85');
  await expect(runStatus(shot)).toHaveAttribute('data-stale', 'true', { timeout: 10_000 });
  await expect(runStatus(shot)).toHaveAttribute('data-run-status', 'succeeded');
  for (const node of [character, scene]) await expect(runStatus(node)).not.toHaveAttribute('data-stale');

  // Upstream: the Scene changes, so does what the Shot was made from.
  await scene.click();
  await fill(page, 'Scene number', '5');
  await expect(runStatus(scene)).toHaveAttribute('data-stale', 'true', { timeout: 10_000 });
  await expect(runStatus(character)).not.toHaveAttribute('data-stale');

  // Running again brings every output up to date.
  await selectNothing(page);
  await page.getByTestId('run-button').click();
  await expect(runStatus(character)).toHaveAttribute('data-run-status', 'cached', { timeout: 30_000 });
  for (const node of [scene, shot]) await expect(runStatus(node)).toHaveAttribute('data-run-status', 'succeeded', { timeout: 30_000 });
  for (const node of [character, scene, shot]) await expect(runStatus(node)).not.toHaveAttribute('data-stale', 'true', { timeout: 10_000 });
});

test('by keyboard alone: Enter on Run keeps the focus on Run, the status is read out, Escape closes the run history and the focus returns to its button', async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, server);
  await createGraph(page, server.url, 'Keys only');
  await page.getByTestId('palette-character').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('node-character')).toHaveCount(1);

  // The live region is on the page before the first run, so the run's first words are read out.
  const status = page.getByTestId('run-status');
  await expect(status).toHaveRole('status');
  await expect(status).toBeEmpty();
  const run = page.getByTestId('run-button');
  await run.focus();
  await page.keyboard.press('Enter');
  const progress = page.getByTestId('run-progress');
  await expect(progress).toHaveAttribute('data-status', 'succeeded', { timeout: 30_000 });
  // The focus stayed on Run while it started (disabled for that moment, it dropped to the page).
  await expect(run).toBeFocused();
  await expect(status).toHaveText(/^Succeeded 1\/1 done/);

  // The history opens from its button; Tab-less, the first run's row takes the focus as a person's click would.
  await page.getByTestId('run-history-button').focus();
  await page.keyboard.press('Enter');
  const history = page.getByTestId('run-history');
  await expect(history.getByTestId('run-history-row')).toHaveCount(1);
  await history.getByTestId('run-history-row').getByRole('button').first().focus();
  await page.keyboard.press('Escape');
  await expect(history).toHaveCount(0);
  await expect(page.getByTestId('run-history-button')).toBeFocused();
  await expect(page.getByTestId('run-history-button')).toHaveAttribute('aria-pressed', 'false');
  // Escape on the closed drawer's button does what it did before: the node stays on the canvas.
  await expect(page.getByTestId('node-character')).toHaveCount(1);
});

test('a Run whose answer is lost is sent again with the same Idempotency-Key: one run starts, not two', async ({ page }) => {
  await signUp(page, server);
  const graphId = await openGraphDocument(page, server.url, 'Lost answer', {
    schemaVersion: 1,
    nodes: [
      { id: 'anna', type: 'character', position: { x: 0, y: 0 }, data: { name: 'ANNA' } },
      { id: 'sc1', type: 'scene', position: { x: 330, y: 0 }, data: { sceneNumber: '1', locationName: 'KITCHEN' } },
    ],
    edges: [{ id: 'e1', source: 'anna', sourceHandle: 'character', target: 'sc1', targetHandle: 'characters' }],
  });
  const keys: string[] = [];
  await page.route('**/api/v1/graphs/*/runs', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    keys.push((await route.request().allHeaders())['idempotency-key'] ?? '');
    if (keys.length > 1) return route.continue();
    // The server gets the first request and starts the run; its answer never reaches the browser.
    const answer = await route.fetch();
    expect(answer.status()).toBe(202);
    await route.abort('connectionreset');
  });
  await page.getByTestId('run-button').click();
  // Sent again a second later; the answer is the run the first request started.
  await expect.poll(() => keys.length).toBe(2);
  await expect(page.getByTestId('run-button')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.getByTestId('run-progress')).toHaveAttribute('data-status', 'succeeded', { timeout: 60_000 });
  await expect(page.getByText('Could not start the run')).toHaveCount(0);
  expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
  expect(keys[1]).toBe(keys[0]);
  const runs = await page.evaluate(async (id) => ((await (await fetch(`/api/v1/graphs/${id}/runs`)).json()) as { runs: unknown[] }).runs.length, graphId);
  expect(runs).toBe(1);
});

test('a slow double click on Run starts one run: its second click is the same press', async ({ page }) => {
  await signUp(page, server);
  const graphId = await openGraphDocument(page, server.url, 'Double click', {
    schemaVersion: 1,
    nodes: [{ id: 'anna', type: 'character', position: { x: 0, y: 0 }, data: { name: 'ANNA' } }],
    edges: [],
  });
  let posts = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && /\/graphs\/[^/]+\/runs$/.test(request.url())) posts += 1;
  });
  // The first click's run has started (and its button is no longer busy) before the second click lands.
  const box = (await page.getByTestId('run-button').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down({ clickCount: 1 });
  await page.mouse.up({ clickCount: 1 });
  await expect.poll(() => posts).toBe(1);
  await expect(page.getByTestId('run-button')).not.toHaveAttribute('aria-busy', 'true');
  await page.mouse.down({ clickCount: 2 });
  await page.mouse.up({ clickCount: 2 });
  await expect(page.getByTestId('run-progress')).toHaveAttribute('data-status', 'succeeded', { timeout: 60_000 });
  await page.waitForTimeout(500);
  expect(posts).toBe(1);
  const runs = await page.evaluate(async (id) => ((await (await fetch(`/api/v1/graphs/${id}/runs`)).json()) as { runs: unknown[] }).runs.length, graphId);
  expect(runs).toBe(1);
});
