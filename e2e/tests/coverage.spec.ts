import { expect, test, type Page } from '@playwright/test';
import { signUp } from '../support/accounts.js';
import { importScreenplay, longScreenplay } from '../support/screenplays.js';
import { startProductServer, type ProductServer } from '../support/server.js';

let server: ProductServer;

test.beforeAll(async () => {
  server = await startProductServer();
});

test.afterAll(async () => {
  await server?.dispose();
});

/** Scene 12: ANNA and BEN both speak (a two-hander), THE LETTER is a hero prop; no shots yet. */
const twoHander = {
  schemaVersion: 1,
  nodes: [
    { id: 'anna', type: 'character', position: { x: 0, y: 0 }, data: { name: 'ANNA' } },
    { id: 'ben', type: 'character', position: { x: 0, y: 260 }, data: { name: 'BEN' } },
    { id: 'letter', type: 'prop', position: { x: 0, y: 520 }, data: { name: 'THE LETTER', importance: 'hero' } },
    { id: 'sc12', type: 'scene', position: { x: 400, y: 120 }, data: { sceneNumber: '12', locationName: 'KITCHEN', timeOfDay: 'NIGHT' } },
  ],
  edges: [
    { id: 'cast_anna', source: 'anna', sourceHandle: 'character', target: 'sc12', targetHandle: 'characters', data: { speaking: true } },
    { id: 'cast_ben', source: 'ben', sourceHandle: 'character', target: 'sc12', targetHandle: 'characters', data: { speaking: true } },
    { id: 'prop_letter', source: 'letter', sourceHandle: 'prop', target: 'sc12', targetHandle: 'props' },
  ],
};

/** Creates the graph through the API with the page's session, then opens its canvas. */
async function openTwoHander(page: Page, document: typeof twoHander = twoHander): Promise<void> {
  const id = await page.evaluate(async (document) => {
    const response = await fetch('/api/v1/graphs', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'Two-hander', document }) });
    return ((await response.json()) as { id: string }).id;
  }, document);
  await page.goto(`${server.url}/graphs/${id}`);
  await expect(page.getByTestId('node-scene')).toHaveCount(document.nodes.filter((node) => node.type === 'scene').length);
}

test('starter coverage for a two-hander: numbered, wired shots in one undo step, and the live hints follow', async ({ page }) => {
  await signUp(page, server);
  await openTwoHander(page);

  // Before: the scene has no shots, which the hints say.
  await expect(page.getByTestId('hints-count')).toHaveText('1', { timeout: 15_000 });
  // One hint beside no problems is no contradiction: each says what it counts.
  await expect(page.getByTestId('hints-toggle')).toHaveAccessibleName('Continuity hints: 1 (advice, not problems)');
  await expect(page.getByTestId('problems-note')).toHaveText('No rules broken (a Shot needs a Scene that casts its characters). Continuity hints are advice.');
  await page.getByTestId('hints-toggle').click();
  await expect(page.getByTestId('hint')).toHaveAttribute('data-code', 'SCENE_NO_SHOTS');
  // "No shots yet" is true of every freshly imported scene: the card keeps quiet until selected.
  await expect(page.getByTestId('node-scene').getByTestId('hint-marker')).toHaveCount(0);

  // Clicking the finding selects its scene, whose card now says it.
  await page.getByTestId('hint').click();
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  await expect(page.locator('.react-flow__node.selected').getByTestId('node-scene')).toHaveCount(1);
  await expect(page.getByTestId('node-scene').getByTestId('hint-marker')).toHaveAttribute('data-severity', 'info');

  await page.getByTestId('add-starter-coverage').click();
  const shots = page.getByTestId('node-shot');
  await expect(shots).toHaveCount(6);
  for (const number of ['12A', '12B', '12C', '12D', '12E', '12F']) {
    await expect(page.locator('.node-card__number', { hasText: new RegExp(`^${number}$`) })).toHaveCount(1);
  }
  // 3 links before; each shot to its scene (6), characters in frame (2 + 1 + 1 + 2 + 2), the letter into the insert.
  await expect(page.locator('.react-flow__edge')).toHaveCount(3 + 6 + 8 + 1);
  await expect(page.getByTestId('undo')).toHaveAttribute('aria-label', 'Undo Add starter coverage to Scene 12 (6 shots)');

  // Covered: nothing left to flag.
  await expect(page.getByTestId('hints-count')).toHaveText('0', { timeout: 15_000 });
  await expect(page.getByTestId('node-scene').getByTestId('hint-marker')).toHaveCount(0);

  // One undo step takes all of it back, and the hint returns.
  await page.getByTestId('undo').click();
  await expect(shots).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
  await expect(page.getByTestId('hints-count')).toHaveText('1', { timeout: 15_000 });
});

test('starter coverage beside an imported row of scenes lands clear of the next scene, and in view', async ({ page }) => {
  await signUp(page, server);
  // Scene 13 where an import puts it, closer than a column of shots is to its scene.
  const nextScene = { id: 'sc13', type: 'scene', position: { x: 760, y: 120 }, data: { sceneNumber: '13', locationName: 'HALLWAY', timeOfDay: 'NIGHT' } };
  await openTwoHander(page, { ...twoHander, nodes: [...twoHander.nodes, nextScene] });

  await page.getByTestId('node-scene').filter({ hasText: 'KITCHEN' }).click();
  await page.getByTestId('add-starter-coverage').click();
  const shots = page.getByTestId('node-shot');
  await expect(shots).toHaveCount(6);

  const canvas = await page.locator('.canvas').boundingBox();
  if (!canvas) throw new Error('no canvas');
  // Once the view has moved to it (if it had to): the first new shot on screen, no shot over Scene 13.
  const first = page.locator('.node-card__number', { hasText: /^12A$/ });
  await expect
    .poll(async () => {
      const box = await first.boundingBox();
      return box !== null && box.x >= canvas.x && box.y >= canvas.y && box.x + box.width <= canvas.x + canvas.width && box.y + box.height <= canvas.y + canvas.height;
    })
    .toBe(true);
  const moved = await page.getByTestId('node-scene').filter({ hasText: 'HALLWAY' }).boundingBox();
  for (const box of await Promise.all((await shots.all()).map((shot) => shot.boundingBox()))) {
    if (!box || !moved) throw new Error('a shot or scene 13 not visible');
    const apart = box.x >= moved.x + moved.width || moved.x >= box.x + box.width || box.y >= moved.y + moved.height || moved.y >= box.y + box.height;
    expect(apart).toBe(true);
  }
});

test('starter coverage on an imported scene lands under that scene, in view, over no other card', async ({ page }) => {
  await signUp(page, server);
  // Six scenes in a row, then the Locations' column: no clear column beside scene 2 in that row.
  await importScreenplay(page, longScreenplay(6));
  await expect(page.getByTestId('node-scene')).toHaveCount(6);
  await page.keyboard.press('Control+f');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node.selected').getByTestId('node-scene')).toHaveCount(1);
  const scene = page.locator(`.react-flow__node[data-id="${await page.locator('.react-flow__node.selected').getAttribute('data-id')}"]`);
  await page.getByTestId('add-starter-coverage').click();
  const shots = page.getByTestId('node-shot');
  await expect(shots).toHaveCount(5);

  const canvas = await page.locator('.canvas').boundingBox();
  if (!canvas) throw new Error('no canvas');
  const first = page.locator('.react-flow__node').filter({ has: page.locator('.node-card__number', { hasText: /^2A$/ }) });
  // The first shot in view once the view has moved (if it had to), and under its scene, not a screen away.
  await expect
    .poll(async () => {
      const box = await first.boundingBox();
      return box !== null && box.x >= canvas.x && box.y >= canvas.y && box.x + box.width <= canvas.x + canvas.width && box.y + box.height <= canvas.y + canvas.height;
    })
    .toBe(true);
  const sceneBox = await scene.boundingBox();
  const shotBox = await first.boundingBox();
  if (!sceneBox || !shotBox) throw new Error('scene 2 or shot 2A not on screen');
  expect(Math.abs(shotBox.x - sceneBox.x)).toBeLessThan(sceneBox.width / 2);
  expect(shotBox.y).toBeGreaterThan(sceneBox.y + sceneBox.height);

  // Flow positions (whatever is on screen): no new shot over any other card.
  const cards = await page.locator('.react-flow__node').evaluateAll((nodes) =>
    nodes.map((node) => {
      const match = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec((node as HTMLElement).style.transform);
      return { id: node.getAttribute('data-id') ?? '', shot: node.classList.contains('react-flow__node-shot'), x: Number(match?.[1]), y: Number(match?.[2]), width: (node as HTMLElement).offsetWidth, height: (node as HTMLElement).offsetHeight };
    }),
  );
  for (const shot of cards.filter((card) => card.shot)) {
    for (const other of cards.filter((card) => card.id !== shot.id)) {
      const apart = shot.x >= other.x + other.width || other.x >= shot.x + shot.width || shot.y >= other.y + other.height || other.y >= shot.y + shot.height;
      expect(apart, `${shot.id} over ${other.id}`).toBe(true);
    }
  }
});

test('a fresh 48-scene import says “no shots yet” once, not on every card', async ({ page }) => {
  await signUp(page, server);
  await importScreenplay(page, longScreenplay(48));
  await expect(page.getByTestId('node-scene')).toHaveCount(48);
  await expect(page.getByTestId('hints-count')).toHaveText('1', { timeout: 15_000 });
  await page.getByTestId('hints-toggle').click();
  await expect(page.getByTestId('hint')).toHaveText('48 scenes have no shots yet: select one and add starter coverage.');
  // Zoomed in to read the cards: none carries the marker until it is the selected one.
  await page.getByTestId('hint').click();
  await expect(page.getByTestId('node-scene').filter({ hasText: 'LIGHTHOUSE' }).first()).toBeVisible();
  await expect(page.getByTestId('hint-marker')).toHaveCount(1);
  await expect(page.locator('.react-flow__node.selected').getByTestId('hint-marker')).toHaveAttribute('data-severity', 'info');
  await expect(page.getByTestId('add-starter-coverage')).toBeVisible();
});
