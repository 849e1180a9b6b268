import { expect, test, type Locator, type Page } from '@playwright/test';
import { signUp } from '../support/accounts.js';
import { startProductServer, type ProductServer } from '../support/server.js';
import { addNode, connect, createGraph, expectSynced, flowPosition } from '../support/canvas.js';

let server: ProductServer;

test.beforeAll(async () => {
  server = await startProductServer();
});

test.afterAll(async () => {
  await server?.dispose();
});

test.beforeEach(async ({ page }) => {
  await signUp(page, server);
});

// Chromium on Linux: Mod is Control.
const MOD = 'Control';

const nodeId = (node: Locator) => node.locator('xpath=ancestor-or-self::*[contains(@class,"react-flow__node")][1]').getAttribute('data-id');

/** Drags a node by its header, in small steps as a hand does. */
const dragNode = async (page: Page, node: Locator, dx: number, dy: number) => {
  const box = await node.locator('.node-card__header').boundingBox();
  if (!box) throw new Error('node not visible');
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + dx / 2, start.y + dy / 2, { steps: 6 });
  await page.mouse.move(start.x + dx, start.y + dy, { steps: 6 });
  await page.mouse.up();
};

/** A point on empty canvas, left of every node. */
const emptySpot = async (page: Page) => {
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no pane');
  return { x: pane.x + 60, y: pane.y + 80 };
};

test('a drag is one undo step, undone and redone by keyboard', async ({ page }) => {
  await createGraph(page, server.url, 'Drag');
  const character = await addNode(page, 'character');
  const before = await flowPosition(character);

  await dragNode(page, character, 160, 96);
  const after = await flowPosition(character);
  expect(after.x - before.x).toBeGreaterThan(100);
  expect(after.y - before.y).toBeGreaterThan(50);
  await expect(page.getByTestId('undo')).toHaveAttribute('title', /^Undo Move /);
  await expectSynced(page);

  await page.keyboard.press(`${MOD}+Z`);
  await expect.poll(() => flowPosition(character)).toEqual(before);
  await page.keyboard.press(`${MOD}+Shift+Z`);
  await expect.poll(() => flowPosition(character)).toEqual(after);
  await page.keyboard.press(`${MOD}+Z`);
  await page.keyboard.press(`${MOD}+Y`);
  await expect.poll(() => flowPosition(character)).toEqual(after);

  // The redone position is what the server keeps.
  await expectSynced(page);
  await page.reload();
  await expect.poll(() => flowPosition(page.getByTestId('node-character'))).toEqual(after);
});

test('Shift-drag selects an area; Delete removes it and undo brings it back', async ({ page }) => {
  await createGraph(page, server.url, 'Box select');
  const character = await addNode(page, 'character');
  const scene = await addNode(page, 'scene');
  const shot = await addNode(page, 'shot');
  await connect(page, character, 'character', scene, 'characters');
  await connect(page, scene, 'scene', shot, 'scene');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);

  // A box around the Character and the Scene (click-to-add places them side by side).
  const boxes = await Promise.all([character, scene].map(async (node) => (await node.boundingBox())!));
  const left = Math.min(...boxes.map((b) => b.x)) - 12;
  const top = Math.min(...boxes.map((b) => b.y)) - 30;
  const right = Math.max(...boxes.map((b) => b.x + b.width)) + 12;
  const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + 30;
  await page.mouse.click(left, top); // clear the selection on empty canvas
  await page.keyboard.down('Shift');
  await page.mouse.move(left, top);
  await page.mouse.down();
  await page.mouse.move((left + right) / 2, (top + bottom) / 2, { steps: 5 });
  await page.mouse.move(right, bottom, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(page.getByTestId('properties-panel')).toContainText('2 nodes');

  await page.keyboard.press('Delete');
  await expect(page.getByTestId('node-character')).toHaveCount(0);
  await expect(page.getByTestId('node-scene')).toHaveCount(0);
  await expect(page.getByTestId('node-shot')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);

  await page.keyboard.press(`${MOD}+Z`);
  await expect(page.getByTestId('node-character')).toHaveCount(1);
  await expect(page.getByTestId('node-scene')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  // Undo restores the selection the step started from.
  await expect(page.getByTestId('properties-panel')).toContainText('2 nodes');

  // Shift-click takes one node out of the selection, and puts it back.
  await page.getByTestId('node-scene').locator('.node-card__header').click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('properties-panel')).toContainText(/\D1 node(?!s)/);
  await page.getByTestId('node-scene').locator('.node-card__header').click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('properties-panel')).toContainText('2 nodes');
});

test('copy two connected nodes in one graph and paste them into another', async ({ page, context }) => {
  const graphA = await createGraph(page, server.url, 'Source');
  const character = await addNode(page, 'character');
  const scene = await addNode(page, 'scene');
  await connect(page, character, 'character', scene, 'characters');
  await character.locator('.node-card__header').click();
  await page.getByTestId('properties-panel').getByLabel('Name', { exact: true }).fill('ANNA');
  await expect(character).toContainText('ANNA');
  const sourceIds = [await nodeId(character), await nodeId(scene)];

  await page.locator('.react-flow__pane').click({ position: { x: 40, y: 40 } });
  await page.keyboard.press(`${MOD}+A`);
  await expect(page.getByTestId('properties-panel')).toContainText('2 nodes');
  await page.keyboard.press(`${MOD}+C`);

  // Another tab of the same browser, another graph.
  const other = await context.newPage();
  const graphB = await createGraph(other, server.url, 'Target');
  expect(graphB).not.toBe(graphA);
  await addNode(other, 'shot');
  const spot = await emptySpot(other);
  await other.mouse.move(spot.x, spot.y);
  await other.keyboard.press(`${MOD}+V`);

  await expect(other.getByTestId('node-character')).toHaveCount(1);
  await expect(other.getByTestId('node-scene')).toHaveCount(1);
  await expect(other.locator('.react-flow__edge')).toHaveCount(1);
  await expect(other.getByTestId('node-character')).toContainText('ANNA');
  const pastedIds = [await nodeId(other.getByTestId('node-character')), await nodeId(other.getByTestId('node-scene'))];
  for (const id of pastedIds) expect(sourceIds).not.toContain(id);
  await expect(other.getByTestId('undo')).toHaveAttribute('title', /Undo Paste 2 nodes/);

  // Landed at the pointer: the pasted box's top-left is where the pointer was.
  const pasted = await other.getByTestId('node-character').boundingBox();
  const pastedScene = await other.getByTestId('node-scene').boundingBox();
  expect(Math.min(pasted!.x, pastedScene!.x)).toBeLessThan(spot.x + 24);
  expect(Math.min(pasted!.x, pastedScene!.x)).toBeGreaterThan(spot.x - 24);

  await expectSynced(other);
  await other.reload();
  await expect(other.locator('.react-flow__edge')).toHaveCount(1);
  await expect(other.getByTestId('node-character')).toContainText('ANNA');

  // The source graph is untouched, and pasting into it again makes fresh copies.
  await page.bringToFront();
  await page.keyboard.press(`${MOD}+V`);
  await expect(page.getByTestId('node-character')).toHaveCount(2);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
});

test('auto-layout is one step that undo reverts', async ({ page }) => {
  await createGraph(page, server.url, 'Layout');
  const shot = await addNode(page, 'shot');
  const character = await addNode(page, 'character');
  const scene = await addNode(page, 'scene');
  await connect(page, character, 'character', scene, 'characters');
  await connect(page, scene, 'scene', shot, 'scene');
  const nodes = [character, scene, shot];
  const before = await Promise.all(nodes.map(flowPosition));

  await page.getByTestId('auto-layout').click();
  await expect(page.getByTestId('undo')).toHaveAttribute('title', /^Undo Auto-layout 3 nodes/);
  const after = await Promise.all(nodes.map(flowPosition));
  expect(after).not.toEqual(before);
  // Left to right along the links.
  expect(after[0]!.x).toBeLessThan(after[1]!.x);
  expect(after[1]!.x).toBeLessThan(after[2]!.x);

  await page.keyboard.press(`${MOD}+Z`);
  await expect.poll(() => Promise.all(nodes.map(flowPosition))).toEqual(before);
  await page.keyboard.press(`${MOD}+Shift+Z`);
  await expect.poll(() => Promise.all(nodes.map(flowPosition))).toEqual(after);
});

test('a held arrow key is one undo step, and cut reads "Cut" in the history', async ({ page }) => {
  await createGraph(page, server.url, 'Nudge');
  const character = await addNode(page, 'character');
  const scene = await addNode(page, 'scene');
  const before = await Promise.all([character, scene].map(flowPosition));
  await page.locator('.react-flow__pane').click({ position: { x: 40, y: 40 } });
  await page.keyboard.press(`${MOD}+A`);
  await expect(page.getByTestId('properties-panel')).toContainText('2 nodes');

  // A held key: keydown repeats (event.repeat), one keyup at the end.
  for (let i = 0; i < 12; i += 1) await page.keyboard.down('ArrowRight');
  await page.keyboard.up('ArrowRight');
  await expect.poll(() => flowPosition(character)).toEqual({ x: before[0]!.x + 12, y: before[0]!.y });
  await expect(page.getByTestId('undo')).toHaveAttribute('title', /^Undo Move 2 nodes/);

  await page.keyboard.press(`${MOD}+Z`);
  await expect.poll(() => Promise.all([character, scene].map(flowPosition))).toEqual(before);
  // The step before the nudges is back on top: adding the Scene.
  await expect(page.getByTestId('undo')).toHaveAttribute('title', /^Undo Add /);

  await page.keyboard.press(`${MOD}+X`);
  await expect(page.getByTestId('node-character')).toHaveCount(0);
  await expect(page.getByTestId('undo')).toHaveAttribute('title', /^Undo Cut 2 nodes/);
  await page.keyboard.press(`${MOD}+Z`);
  await expect(page.getByTestId('node-character')).toHaveCount(1);
  await expect(page.getByTestId('node-scene')).toHaveCount(1);
});

test('the minimap shows every node; a click centres the view there and a drag pans', async ({ page }) => {
  await createGraph(page, server.url, 'Minimap');
  await addNode(page, 'character');
  await addNode(page, 'scene');
  const minimap = page.getByTestId('canvas-minimap');
  await expect(minimap).toHaveAttribute('data-nodes', '2');
  const viewport = () => page.locator('.react-flow__viewport').evaluate((el) => (el as unknown as { style: { transform: string } }).style.transform);
  const box = (await minimap.boundingBox())!;

  const start = await viewport();
  await page.mouse.click(box.x + 8, box.y + 8);
  await expect.poll(viewport).not.toBe(start);
  const centred = await viewport();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2 + 20, { steps: 5 });
  await page.mouse.up();
  await expect.poll(viewport).not.toBe(centred);
  // Viewport moves never enter the history.
  await expect(page.getByTestId('undo')).toHaveAttribute('title', /^Undo Add /);
});

test('shortcuts do not fire while typing in a field', async ({ page }) => {
  await createGraph(page, server.url, 'Typing');
  const character = await addNode(page, 'character');
  await character.locator('.node-card__header').click();
  const name = page.getByTestId('properties-panel').getByLabel('Name', { exact: true });
  await name.fill('ANNA');
  await name.press('?');
  await name.press(' ');
  await name.press('Backspace');
  await name.press('Backspace');
  await name.press('Delete');
  await name.press('ArrowLeft');
  await name.press(`${MOD}+A`);
  await name.press(`${MOD}+D`);
  await expect(name).toHaveValue('ANNA');
  await expect(page.getByTestId('node-character')).toHaveCount(1);
  await expect(page.getByTestId('quick-add')).toHaveCount(0);
  await expect(page.getByTestId('shortcuts-help')).not.toBeVisible();
  await expect(character).toContainText('ANNA');

  // Out of the field, the same keys act on the canvas again.
  await page.locator('.react-flow__pane').click({ position: { x: 40, y: 40 } });
  await character.locator('.node-card__header').click();
  await page.keyboard.press(`${MOD}+D`);
  await expect(page.getByTestId('node-character')).toHaveCount(2);
  await page.keyboard.press('Backspace');
  await expect(page.getByTestId('node-character')).toHaveCount(1);
});

test('quick-add by double-click or Space, and the shortcuts panel on ?', async ({ page }) => {
  await createGraph(page, server.url, 'Quick add');
  const spot = await emptySpot(page);
  await page.mouse.dblclick(spot.x + 200, spot.y + 100);
  const dialog = page.getByRole('dialog', { name: 'Add a node' });
  await expect(dialog).toBeVisible();
  // Every node type of the catalogue is offered.
  const labels = [
    'Character', 'Scene', 'Shot', 'Location', 'Style', 'Script', 'Prop', 'Camera', 'Sequence', 'Dialogue', 'Audio', 'Timeline',
    'Shot List', 'Breakdown Report', 'Continuity Check', 'Export', 'Note',
  ];
  await expect(dialog.getByRole('option')).toHaveCount(labels.length);
  for (const label of labels) {
    await expect(dialog.locator('.quick-add__label', { hasText: new RegExp(`^${label}$`) })).toHaveCount(1);
  }
  await page.keyboard.type('sht');
  // Shot first (Shot List matches the same letters, later in the catalogue).
  await expect(dialog.locator('.quick-add__label').first()).toHaveText('Shot');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('node-shot')).toHaveCount(1);
  await expect(dialog).toHaveCount(0);

  await page.mouse.move(spot.x + 40, spot.y + 300);
  await page.keyboard.press('Space');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('node-shot')).toHaveCount(1);

  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts-help')).toBeVisible();
  await expect(page.getByTestId('shortcuts-help')).toContainText('Select an area');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcuts-help')).not.toBeVisible();
});

test('by keyboard, a screen reader hears what the palette added and which step undo and redo took', async ({ page }) => {
  await createGraph(page, server.url, 'Heard, not seen');
  const announcer = page.getByTestId('announcer');
  await page.getByTestId('palette-scene').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('node-scene')).toHaveCount(1);
  // The focus stays on the palette, so the canvas's change is said.
  await expect(page.getByTestId('palette-scene')).toBeFocused();
  await expect(announcer).toHaveText('Scene added to the canvas');

  await page.keyboard.press(`${MOD}+z`);
  await expect(page.getByTestId('node-scene')).toHaveCount(0);
  await expect(announcer).toHaveText(/^Undone: Add /);
  await page.keyboard.press(`${MOD}+Shift+z`);
  await expect(page.getByTestId('node-scene')).toHaveCount(1);
  await expect(announcer).toHaveText(/^Redone: Add /);
});
