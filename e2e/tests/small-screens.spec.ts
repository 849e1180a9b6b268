import { expect, test, type Locator, type Page } from '@playwright/test';
import { invite, newAccount, signUp } from '../support/accounts.js';
import { startRefusingBackend, addWorkspaceBackend } from '../support/backends.js';
import { createGraph, expectSynced } from '../support/canvas.js';
import { startProductServer, type ProductServer } from '../support/server.js';

let server: ProductServer;

test.beforeAll(async () => {
  server = await startProductServer();
});

test.afterAll(async () => {
  await server?.dispose();
});

const at = (x: number, y: number) => ({ x, y });

/** MARA cast in the harbour scene, covered by shot 1A: made through the API, opened on the canvas. */
const openHarbour = async (page: Page, name = 'Harbour'): Promise<string> => {
  const response = await page.request.post(`${server.url}/api/v1/graphs`, {
    headers: { Origin: server.url, 'Sec-Fetch-Site': 'same-origin' },
    data: {
      name,
      document: {
        schemaVersion: 1,
        nodes: [
          { id: 'mara', type: 'character', position: at(0, 0), data: { name: 'Mara' } },
          { id: 'sc1', type: 'scene', position: at(320, 0), data: { name: 'Harbour at dawn', sceneNumber: '1' } },
          { id: 'sh1a', type: 'shot', position: at(640, 0), data: { shotNumber: '1A' } },
        ],
        edges: [
          { id: 'cast', source: 'mara', sourceHandle: 'character', target: 'sc1', targetHandle: 'characters' },
          { id: 'cover', source: 'sc1', sourceHandle: 'scene', target: 'sh1a', targetHandle: 'scene' },
        ],
      },
    },
  });
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  await page.goto(`${server.url}/graphs/${id}`);
  await expect(page.getByTestId('node-shot')).toBeVisible({ timeout: 20_000 });
  return id;
};

/** Neither the page nor the toolbar scrolls sideways. */
const expectNoHorizontalOverflow = async (page: Page) => {
  const widths = await page.evaluate(() => {
    const toolbar = document.querySelector('.toolbar');
    return {
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      toolbar: toolbar ? toolbar.scrollWidth - toolbar.clientWidth : 0,
    };
  });
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  expect(widths.toolbar).toBeLessThanOrEqual(1);
};

/** Every visible control in the toolbar is at least 44 × 44 px. */
const expectTouchTargets = async (page: Page) => {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('.toolbar button, .toolbar a, .toolbar summary')]
      .map((element) => ({ name: element.getAttribute('aria-label') ?? element.textContent?.trim() ?? element.tagName, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0 && (box.width < 44 || box.height < 44))
      .map(({ name, box }) => `${name} ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
  expect(small).toEqual([]);
};

/** Every visible toolbar control lies wholly on screen (a clipped menu button is no button). */
const expectToolbarOnScreen = async (page: Page) => {
  const off = await page.evaluate(() =>
    [...document.querySelectorAll('.toolbar button, .toolbar a, .toolbar summary, .toolbar [role="status"]')]
      .map((element) => ({ name: element.getAttribute('aria-label') ?? element.textContent?.trim() ?? element.tagName, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.left < 0 || box.right > window.innerWidth + 0.5))
      .map(({ name, box }) => `${name} ${Math.round(box.left)}–${Math.round(box.right)}`),
  );
  expect(off).toEqual([]);
};

const LONG_TITLE = 'Harbour at dawn — the long cut with the pier';

/** The graph's title button: how wide it is drawn, and whether its text is cut short. */
const titleRoom = (page: Page) =>
  page.locator('.toolbar .graph-title').evaluate((element) => ({ width: element.getBoundingClientRect().width, cut: element.scrollWidth > element.clientWidth }));

for (const size of [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
]) {
  test.describe(`on a ${size.width} px phone, the toolbar after a run`, () => {
    test.use({ viewport: size, isMobile: true, hasTouch: true });

    test('gives the graph title a row of its own, keeps every control on screen, the whole name in the menu, and the Revisions message field the width', async ({ page }) => {
      test.setTimeout(120_000);
      await signUp(page, server);
      await openHarbour(page, LONG_TITLE);
      // The run's pictures arrive only when the test lets them (a slow phone connection).
      let deliver = () => {};
      const delivered = new Promise<void>((resolve) => (deliver = resolve));
      await page.route('**/api/v1/artifacts/**', async (route) => {
        await delivered;
        await route.continue();
      });
      await page.getByTestId('node-shot').tap();
      // Run of a selection is told from Run of the graph before it is pressed: its count shows
      // (it read "Run" either way), and its name says the whole thing.
      const run = page.getByTestId('run-button');
      await expect(run.locator('.run-controls__count')).toBeVisible();
      expect(await run.innerText()).toMatch(/^Run\s*1$/);
      await expect(run).toHaveAccessibleName('Run 1 selected node and what it feeds');
      await expectNoHorizontalOverflow(page);
      await run.tap();
      await expect(page.getByTestId('run-progress')).toHaveAttribute('data-status', 'succeeded', { timeout: 60_000 });

      // Beside only the back chevron and the menu: it was 96 px at 390 and 44 px ("H…") at 320.
      const { width } = await titleRoom(page);
      expect(width).toBeGreaterThanOrEqual(size.width - 2 * 44 - 40);
      await expectNoHorizontalOverflow(page);
      await expectToolbarOnScreen(page);
      await expectTouchTargets(page);
      // The run's counts are shown, not only its dot; read out as words apart ("Succeeded3/3" before).
      await expect(page.getByTestId('run-progress')).toBeInViewport({ ratio: 1 });
      await expect(page.getByTestId('run-progress')).toHaveText(/^Succeeded 3\/3 done/);
      // The whole name, in the menu and in the title's tooltip.
      await expect(page.locator('.toolbar .graph-title')).toHaveAttribute('title', new RegExp(`^${LONG_TITLE}`));
      await page.getByTestId('toolbar-menu').locator('summary').tap();
      await expect(page.getByTestId('menu-graph-name')).toHaveText(LONG_TITLE);
      await expect(page.getByTestId('menu-graph-name')).toBeInViewport({ ratio: 1 });
      // Revisions from the menu: the message field takes the dialog's width, a touch target.
      await page.getByRole('menuitem', { name: 'Revisions…' }).tap();
      const message = page.getByLabel('Save the graph as it is now');
      await expect(message).toBeVisible();
      const field = (await message.boundingBox())!;
      expect(field.width).toBeGreaterThanOrEqual(size.width - 100);
      expect(field.height).toBeGreaterThanOrEqual(44);
      await expect(page.getByRole('button', { name: 'Save revision' })).toBeInViewport({ ratio: 1 });
      await page.getByRole('button', { name: 'Close' }).tap();
      // The connection status, an icon here, still says where the edits stand to a screen reader.
      await expect(page.getByTestId('connection-status')).toContainText('Connected', { useInnerText: true });
      await expect(page.locator('.toolbar__back')).toHaveAccessibleName('Graphs');
      // The Shot's storyboard frame in its Results says it is loading (ux10 took the empty dark
      // box for a black frame), then is drawn: a light page.
      const frame = page.getByTestId('run-results-frame');
      await frame.scrollIntoViewIfNeeded();
      await expect(frame).toHaveAttribute('data-state', 'loading');
      await expect(page.locator('.run-results__picture-note')).toHaveText('Loading the picture…');
      await expect(page.locator('.run-results__picture-note')).toBeInViewport();
      deliver();
      await expect(frame).toHaveAttribute('data-state', 'loaded');
      await expect(page.locator('.run-results__picture-note')).toHaveCount(0);
      await expect.poll(() => frame.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBeGreaterThan(0);
      await expect(frame).toBeInViewport();
      const lightShare = await frame.evaluate((img: HTMLImageElement) => {
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
        const context = canvas.getContext('2d')!;
        context.drawImage(img, 0, 0);
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        let light = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! > 3 * 128) light += 1;
        return light / (data.length / 4);
      });
      expect(lightShare).toBeGreaterThan(0.5);
    });
  });
}

test.describe('on a tablet in landscape, the toolbar after a run', () => {
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });

  test('keeps the graph title readable beside every inline button', async ({ page }) => {
    test.setTimeout(120_000);
    await signUp(page, server);
    await openHarbour(page);
    await page.getByTestId('node-shot').tap();
    await page.getByTestId('run-button').tap();
    await expect(page.getByTestId('run-progress')).toHaveAttribute('data-status', 'succeeded', { timeout: 60_000 });
    // "Harbour" in full: it was 18 px, one letter.
    expect(await titleRoom(page)).toMatchObject({ cut: false });
    expect((await titleRoom(page)).width).toBeGreaterThanOrEqual(60);
    await expectNoHorizontalOverflow(page);
    await expectToolbarOnScreen(page);
    // The connection status is its icon here; its words are still read out.
    await expect(page.getByTestId('connection-status')).toContainText('Connected', { useInnerText: true });
    await expect(page.locator('.toolbar__back')).toHaveAccessibleName('Graphs');
  });
});

test.describe('on a phone, the canvas menu of an empty graph', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('offers Find and Auto-layout only when there is something to find or arrange, as the toolbar does', async ({ page }) => {
    await signUp(page, server);
    await createGraph(page, server.url, 'Nothing yet');
    const summary = page.getByTestId('toolbar-menu').locator('summary');
    await summary.tap();
    await expect(page.getByRole('menuitem', { name: 'Find a node…' })).toBeDisabled();
    await expect(page.getByRole('menuitem', { name: 'Auto-layout' })).toBeDisabled();
    // With cards on the canvas they are there to use.
    await openHarbour(page);
    await summary.tap();
    await expect(page.getByRole('menuitem', { name: 'Find a node…' })).toBeEnabled();
    await expect(page.getByRole('menuitem', { name: 'Auto-layout' })).toBeEnabled();
  });
});

/** What the empty canvas tells a person to do, by the palette their screen has (none on a phone). */
for (const device of [
  { name: 'a phone', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }, says: /for reading and running: add Characters, Scenes and Shots on a tablet or a computer/ },
  { name: 'a tablet held upright', use: { viewport: { width: 820, height: 1180 }, hasTouch: true }, says: /Tap a Character, Scene or Shot above/ },
  { name: 'a computer', use: { viewport: { width: 1440, height: 900 } }, says: /from the left, or double-click here \(or press Space\)/ },
]) {
  test.describe(`on ${device.name}, an empty canvas`, () => {
    test.use(device.use);

    test('says how to add a node with what this screen has', async ({ page }) => {
      await signUp(page, server);
      await createGraph(page, server.url, 'Nothing yet');
      const shown = page.locator('.canvas-empty__how:visible');
      await expect(shown).toHaveCount(1);
      await expect(shown).toHaveText(device.says);
    });
  });
}

test.describe('on a tablet in landscape, the run history', () => {
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });

  test('opens clear of the properties sheet and its handle, open or folded, and its close button takes a tap', async ({ page }) => {
    await signUp(page, server);
    await openHarbour(page);
    const drawer = page.getByTestId('run-history');
    const handle = page.getByTestId('properties-sheet-toggle');
    const overlap = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

    for (const sheetOpen of [true, false]) {
      await expect(handle).toHaveAttribute('aria-expanded', String(sheetOpen));
      await page.getByTestId('run-history-button').tap();
      await expect(drawer).toBeVisible();
      // The handle sat over the drawer's top-right corner, its close button under it.
      expect(overlap((await drawer.boundingBox())!, (await handle.boundingBox())!)).toBe(false);
      await drawer.getByRole('button', { name: 'Close run history' }).tap();
      await expect(drawer).toHaveCount(0);
      if (sheetOpen) await handle.tap();
    }
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the canvas is readable: no sideways scroll, a node shows its properties, the menu offers every export', async ({ page }) => {
    await signUp(page, server);
    const graphId = await openHarbour(page);
    await expectNoHorizontalOverflow(page);
    await expect(page.locator('.palette')).toBeHidden();
    await expectTouchTargets(page);
    // The Continuity pill sits beside the zoom buttons, not over the edge of them.
    const controls = await page.locator('.react-flow__controls').boundingBox();
    const hints = await page.getByTestId('hints-panel').boundingBox();
    expect(controls && hints && hints.x >= controls.x + controls.width).toBe(true);

    await page.getByTestId('node-shot').tap();
    const panel = page.getByTestId('properties-panel');
    await expect(panel).toBeVisible();
    await expect(panel.getByLabel('Shot number')).toHaveValue('1A');
    const sheet = await panel.boundingBox();
    expect(sheet && sheet.x >= 0 && sheet.x + sheet.width <= 390 && sheet.y + sheet.height <= 844 + 1).toBe(true);

    await page.getByTestId('toolbar-menu').locator('summary').tap();
    const edl = page.getByRole('menuitem', { name: 'Timeline (CMX3600 EDL)' });
    await expect(edl).toBeVisible();
    await expect(edl).toHaveAttribute('href', `/api/v1/graphs/${graphId}/exports/edl`);
    await expect(page.getByRole('menuitem', { name: /screenplay/ })).toBeVisible();
    await page.getByRole('menuitem', { name: 'Hide properties' }).tap();
    await expect(panel).toBeHidden();
    await expectNoHorizontalOverflow(page);
  });

  test('the properties sheet folds down by its handle to a bar, giving the canvas the room, and unfolds on the same node', async ({ page }) => {
    await signUp(page, server);
    await openHarbour(page);
    await page.getByTestId('node-shot').tap();
    const panel = page.getByTestId('properties-panel');
    await expect(panel.getByLabel('Shot number')).toHaveValue('1A');
    const handle = page.getByTestId('properties-sheet-toggle');
    await expect(handle).toBeVisible();
    await expect(handle).toHaveAttribute('aria-expanded', 'true');
    // The handle heads the sheet: on its top edge, a touch target, over none of its fields.
    const sheet = (await panel.boundingBox())!;
    const bar = (await handle.boundingBox())!;
    expect(Math.abs(bar.y - sheet.y)).toBeLessThanOrEqual(1);
    expect(bar.height).toBeGreaterThanOrEqual(40);
    const firstField = (await panel.locator('.panel-heading, h2, label').first().boundingBox())!;
    expect(firstField.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
    const canvasHeight = async () => (await page.locator('.react-flow').boundingBox())!.height;
    const open = await canvasHeight();

    await handle.tap();
    await expect(panel).toBeHidden();
    await expect(handle).toHaveAttribute('aria-expanded', 'false');
    // Folded, the sheet is only its bar at the bottom of the screen.
    const folded = (await handle.boundingBox())!;
    expect(folded.y + folded.height).toBeGreaterThanOrEqual(844 - 1);
    expect(await canvasHeight()).toBeGreaterThan(open + 200);
    await expectNoHorizontalOverflow(page);

    await handle.tap();
    await expect(panel.getByLabel('Shot number')).toHaveValue('1A');
  });

  test('after a failed run the toolbar still fits: the menu stays on screen and Select failed finds the Shot', async ({ page }) => {
    test.setTimeout(120_000);
    // The Shot's frame fails: the workspace's image back end refuses every request.
    const backend = await startRefusingBackend();
    try {
      await signUp(page, server);
      await addWorkspaceBackend(page, server, backend);
      await openHarbour(page);
      await page.getByTestId('node-shot').tap();
      await page.getByTestId('run-button').tap();
      await expect(page.getByTestId('run-progress')).toHaveAttribute('data-status', 'failed', { timeout: 60_000 });
      await expectNoHorizontalOverflow(page);
      await expect(page.getByTestId('toolbar-menu').locator('summary')).toBeInViewport({ ratio: 1 });
      await expectTouchTargets(page);

      await page.getByTestId('run-select-failed').tap();
      await expect(page.getByTestId('properties-panel').getByLabel('Shot number')).toHaveValue('1A');
    } finally {
      backend.close();
    }
  });
});

test.describe('on a phone, the graph list', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('keeps every action on screen: Import file, Paste screenplay and New graph wrap below the title', async ({ page }) => {
    await signUp(page, server);
    await expectNoHorizontalOverflow(page);
    for (const button of [page.getByRole('button', { name: 'Import file' }), page.getByRole('button', { name: 'Paste screenplay' }), page.getByTestId('new-graph')]) {
      const box = await button.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    }
    // The title keeps the width of the screen rather than a column beside the buttons.
    const title = await page.getByRole('heading', { name: 'Graphs' }).locator('xpath=..').boundingBox();
    expect(title && title.width).toBeGreaterThan(300);
  });

  test('Paste screenplay keeps Import and open on screen, under a hint that reads as lines', async ({ page }) => {
    await signUp(page, server);
    await page.getByRole('button', { name: 'Paste screenplay' }).click();
    await page.getByLabel('Screenplay (Fountain, Final Draft or PDF)').fill('INT. KITCHEN - NIGHT\n\nANNA waits.\n');
    // Beside the three buttons the hint was 60 px wide, one word a line, and Import and open ran off the screen.
    for (const name of ['Choose a file…', 'Cancel', 'Import and open']) await expect(page.getByRole('button', { name })).toBeInViewport({ ratio: 1 });
    const hint = await page.locator('.screenplay-form__actions .muted').boundingBox();
    expect(hint!.width).toBeGreaterThan(280);
    expect(hint!.height).toBeLessThan(80);
  });

  test('Members shows each name and email whole, and the invite field its whole placeholder', async ({ page, browser }) => {
    await signUp(page, server, newAccount('Director'));
    const other = await browser.newContext();
    const editor = newAccount('Editor');
    await signUp(await other.newPage(), server, editor);
    await other.close();
    await invite(page, server, editor.email, 'editor');
    await expectNoHorizontalOverflow(page);
    const rows = page.getByTestId('member-list').locator('.member-row');
    await expect(rows).toHaveCount(2);
    for (const row of await rows.all()) {
      // The name (with "(you)") is not cut, and the email is on at most two lines.
      const name = row.locator('.graph-row__name');
      expect(await name.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
      expect((await row.locator('.graph-row__meta').boundingBox())!.height).toBeLessThan(40);
      for (const control of await row.locator('select, button').all()) await expect(control).toBeInViewport({ ratio: 1 });
    }
    await expect(rows.first()).toContainText('(you)');
    const email = page.getByTestId('invite-form').getByLabel('Email');
    expect(await email.evaluate((element: HTMLInputElement) => element.scrollWidth <= element.clientWidth && element.clientWidth > 280)).toBe(true);
    await expect(page.getByTestId('invite-form').getByRole('button', { name: 'Invite' })).toBeInViewport({ ratio: 1 });

    // Someone with no account yet: the sign-up link, and its buttons under it on screen.
    await email.fill(newAccount('Newcomer').email);
    await page.getByTestId('invite-form').getByRole('button', { name: 'Invite' }).tap();
    const notice = page.getByTestId('invite-sign-up-first');
    await expect(notice).toBeVisible();
    for (const label of ['Copy link', 'Done']) await expect(notice.getByRole('button', { name: label })).toBeInViewport({ ratio: 1 });
    await expectNoHorizontalOverflow(page);
  });

  test('API keys: the name field takes the row, and the keys scroll sideways to Revoke on their own, not the whole page', async ({ page }) => {
    await signUp(page, server);
    await page.goto(`${server.url}/settings/api-keys`);
    const form = page.getByTestId('api-key-form');
    const name = form.getByLabel('Key name');
    // Beside the scopes it was 166 px, its placeholder cut after "Nightly sto".
    expect(await name.evaluate((element: HTMLInputElement) => element.clientWidth)).toBeGreaterThan(280);
    await name.fill('Nightly storyboard batch');
    await form.getByRole('button', { name: 'Create key' }).tap();
    await expect(page.getByTestId('created-key')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    // Beside the key, Done was pushed off the screen.
    for (const label of ['Copy', 'Done']) await expect(page.getByTestId('created-key').getByRole('button', { name: label })).toBeInViewport({ ratio: 1 });
    const revoke = page.getByTestId('api-key-table').getByRole('button', { name: 'Revoke' });
    // A sideways swipe (here a wheel) over the keys brings Revoke on screen, and moves the keys
    // alone: the page's heading and form stay where they are (the whole page slid sideways).
    const heading = page.getByRole('heading', { name: 'API keys' });
    const headingX = (await heading.boundingBox())!.x;
    const table = (await page.getByTestId('api-key-table').boundingBox())!;
    await page.mouse.move(table.x + table.width / 2, table.y + table.height / 2);
    await page.mouse.wheel(600, 0);
    await expect(revoke).toBeInViewport({ ratio: 1 });
    expect((await heading.boundingBox())!.x).toBe(headingX);
    await expect(page.getByTestId('api-key-table').getByRole('cell', { name: 'Nightly storyboard batch' })).toBeVisible();
  });

  test('keeps the header on screen: the links, the workspace and the account menu with Sign out', async ({ page }) => {
    await signUp(page, server);
    // On screen, and (but the select) a touch target.
    const onScreen = async (locator: Locator, minHeight = 40) => {
      const box = await locator.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390 && box.height >= minHeight).toBe(true);
    };
    for (const name of ['Batches', 'Members', 'API keys']) await onScreen(page.getByRole('link', { name }));
    await onScreen(page.getByTestId('workspace-switcher'), 24);
    await onScreen(page.getByTestId('user-menu'));
    await page.getByTestId('user-menu').tap();
    await onScreen(page.getByTestId('sign-out'));
    await page.getByTestId('sign-out').tap();
    await page.waitForURL(/\/signin/);
  });
});

test.describe('on a tablet', () => {
  test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true });

  test('a node can be added, selected and edited by touch; panels and menu are reachable', async ({ page }) => {
    await signUp(page, server);
    await openHarbour(page);
    await expectNoHorizontalOverflow(page);
    await expectTouchTargets(page);

    const characters = page.getByTestId('node-character');
    await page.getByTestId('palette-character').tap();
    await expect(characters).toHaveCount(2);
    const added = characters.nth(1);
    await added.tap();
    const panel = page.getByTestId('properties-panel');
    await expect(panel).toBeVisible();
    const name = panel.getByLabel('Name', { exact: true });
    await name.tap();
    await name.fill('ANNA');
    await name.press('Tab');
    await expect(added).toContainText('ANNA');
    await expectSynced(page);

    // The shot list download the menu links to is a real CSV of this graph.
    await page.getByTestId('toolbar-menu').locator('summary').tap();
    const link = page.getByRole('menuitem', { name: 'Shot list (CSV)' });
    await expect(link).toBeVisible();
    const csv = await page.request.get(`${server.url}${await link.getAttribute('href')}`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('1A');
    await expectNoHorizontalOverflow(page);
  });
});

/** React Flow's viewport transform: pan (x, y) and zoom. */
const viewport = async (page: Page) => {
  const transform = await page.locator('.react-flow__viewport').evaluate((element) => (element as HTMLElement).style.transform);
  const match = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)\s*scale\(([\d.]+)\)/.exec(transform);
  if (!match) throw new Error(`no viewport transform in ${transform}`);
  return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) };
};

/** Real touch events through the DevTools protocol: Playwright has no multi-touch API. */
const touchScreen = async (page: Page) => {
  const cdp = await page.context().newCDPSession(page);
  return (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((point, id) => ({ ...point, id })) });
};

test.describe('touch gestures on a tablet', () => {
  test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true });

  test('one finger pans the canvas and a pinch zooms it', async ({ page }) => {
    await signUp(page, server);
    await openHarbour(page);
    const pane = await page.locator('.react-flow__pane').boundingBox();
    if (!pane) throw new Error('no pane');
    const touch = await touchScreen(page);
    const centre = { x: pane.x + pane.width / 2, y: pane.y + 80 };

    const before = await viewport(page);
    await touch('touchStart', [centre]);
    for (let step = 1; step <= 8; step++) await touch('touchMove', [{ x: centre.x + step * 15, y: centre.y + step * 10 }]);
    await touch('touchEnd', []);
    await expect.poll(async () => (await viewport(page)).x, { timeout: 10_000 }).toBeGreaterThan(before.x + 60);

    const panned = await viewport(page);
    // On empty canvas above the cards: a touch that starts on a card drags the card (and where the
    // fitted cards sit depends on the graph panel's height below the canvas).
    const pinchY = centre.y + 70;
    await touch('touchStart', [{ x: centre.x - 40, y: pinchY }, { x: centre.x + 40, y: pinchY }]);
    for (let step = 1; step <= 8; step++) await touch('touchMove', [{ x: centre.x - 40 - step * 15, y: pinchY }, { x: centre.x + 40 + step * 15, y: pinchY }]);
    await touch('touchEnd', []);
    await expect.poll(async () => (await viewport(page)).zoom, { timeout: 10_000 }).toBeGreaterThan(panned.zoom * 1.3);
  });
});

test.describe('on a tablet in landscape (1024 × 768)', () => {
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });

  test('the properties are a sheet over the canvas that folds away by its handle; one finger pans and a pinch zooms under it', async ({ page }) => {
    await signUp(page, server);
    await openHarbour(page);
    await expectNoHorizontalOverflow(page);
    const panel = page.getByTestId('properties-panel');
    const handle = page.getByTestId('properties-sheet-toggle');
    const canvasBox = async () => (await page.locator('.react-flow').boundingBox())!;

    // The fitted graph opens beside the sheet (the graph overview), not under it.
    const shot = (await page.getByTestId('node-shot').boundingBox())!;
    expect(shot.x + shot.width).toBeLessThanOrEqual((await panel.boundingBox())!.x);
    await page.getByTestId('node-shot').tap();
    await expect(panel.getByLabel('Shot number')).toHaveValue('1A');
    // A sheet over the canvas, not a column beside it: the canvas keeps the width left of the palette.
    const sheet = (await panel.boundingBox())!;
    const wide = await canvasBox();
    expect(sheet.width).toBeLessThanOrEqual(1024 * 0.3);
    expect(wide.x + wide.width).toBeGreaterThanOrEqual(1023);
    const handleBox = (await handle.boundingBox())!;
    expect(handleBox.width >= 44 && handleBox.height >= 44).toBe(true);
    // The minimap moves clear of the open sheet.
    const minimap = (await page.getByTestId('canvas-minimap').boundingBox())!;
    expect(minimap.x + minimap.width).toBeLessThanOrEqual(sheet.x);

    await handle.tap();
    await expect(panel).toBeHidden();
    await expect(handle).toHaveAttribute('aria-expanded', 'false');
    await handle.tap();
    await expect(panel.getByLabel('Shot number')).toHaveValue('1A');

    // With the sheet open, touch still pans and pinches the canvas beside it.
    const touch = await touchScreen(page);
    const start = { x: wide.x + 120, y: wide.y + 60 };
    const before = await viewport(page);
    await touch('touchStart', [start]);
    for (let step = 1; step <= 8; step++) await touch('touchMove', [{ x: start.x + step * 12, y: start.y + step * 8 }]);
    await touch('touchEnd', []);
    await expect.poll(async () => (await viewport(page)).x, { timeout: 10_000 }).toBeGreaterThan(before.x + 50);
    const panned = await viewport(page);
    const centre = { x: wide.x + 260, y: wide.y + 60 };
    await touch('touchStart', [{ x: centre.x - 30, y: centre.y }, { x: centre.x + 30, y: centre.y }]);
    for (let step = 1; step <= 8; step++) await touch('touchMove', [{ x: centre.x - 30 - step * 12, y: centre.y }, { x: centre.x + 30 + step * 12, y: centre.y }]);
    await touch('touchEnd', []);
    await expect.poll(async () => (await viewport(page)).zoom, { timeout: 10_000 }).toBeGreaterThan(panned.zoom * 1.3);
    await expect(panel).toBeVisible();
  });
});
