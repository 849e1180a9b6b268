import { expect, type Locator, type Page } from '@playwright/test';

/** Creates a graph from the graph list and waits for its canvas. */
export async function createGraph(page: Page, baseUrl: string, name: string): Promise<string> {
  await page.goto(baseUrl);
  await page.getByTestId('new-graph').click();
  await page.getByLabel('New graph name').fill(name);
  await page.getByRole('button', { name: 'Create and open' }).click();
  await page.waitForURL(/\/graphs\/[^/]+$/);
  await expect(page.locator('.react-flow')).toBeVisible();
  return new URL(page.url()).pathname.split('/').pop()!;
}

/** Adds a node by clicking its palette entry; returns the new node's locator. */
export async function addNode(page: Page, type: 'character' | 'scene' | 'shot'): Promise<Locator> {
  const nodes = page.getByTestId(`node-${type}`);
  const before = await nodes.count();
  await page.getByTestId(`palette-${type}`).click();
  await expect(nodes).toHaveCount(before + 1);
  return nodes.nth(before);
}

const handle = (node: Locator, kind: 'source' | 'target', port: string) =>
  node.locator(`xpath=ancestor-or-self::*[contains(@class,"react-flow__node")][1]`).locator(`.react-flow__handle.${kind}[data-handleid="${port}"]`);

/** Drags a wire from an output port to an input port, as a person does with the mouse. */
export async function connect(page: Page, from: Locator, output: string, to: Locator, input: string): Promise<void> {
  const start = await handle(from, 'source', output).boundingBox();
  const end = await handle(to, 'target', input).boundingBox();
  if (!start || !end) throw new Error(`port not visible: ${output} → ${input}`);
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 8 });
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 8 });
  await page.mouse.up();
}

/**
 * Waits until the live connection reports every edit made on this page held by the server
 * (a sync round trip on the socket; the update log has it ≤ 100 ms later).
 */
export async function expectSynced(page: Page): Promise<void> {
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-in-sync', 'true', { timeout: 15_000 });
}

/** A node's position in flow coordinates (its transform), whatever the pan and zoom. */
export async function flowPosition(node: Locator): Promise<{ x: number; y: number }> {
  const transform = await node.locator('xpath=ancestor-or-self::*[contains(@class,"react-flow__node")][1]').evaluate((el) => (el as unknown as { style: { transform: string } }).style.transform);
  const match = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(transform);
  if (!match) throw new Error(`no translate in ${transform}`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

/** Creates a graph with this document through the API, with the page's session, and opens its canvas. */
export async function openGraphDocument(page: Page, baseUrl: string, name: string, document: { schemaVersion: number; nodes: unknown[]; edges: unknown[] }): Promise<string> {
  const id = await page.evaluate(
    async ({ name, document }) => {
      const response = await fetch('/api/v1/graphs', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, document }) });
      return ((await response.json()) as { id: string }).id;
    },
    { name, document },
  );
  await page.goto(`${baseUrl}/graphs/${id}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(document.nodes.length);
  return id;
}

/** ANNA in the kitchen scene, covered by shot 1A at `shot` (runs make its storyboard frame), and `more` nodes. */
export const kitchenShot = (shot: { x: number; y: number }, more: object[] = []) => ({
  schemaVersion: 1,
  nodes: [
    { id: 'anna', type: 'character', position: { x: 0, y: 0 }, data: { name: 'ANNA' } },
    { id: 'sc1', type: 'scene', position: { x: 330, y: 0 }, data: { sceneNumber: '1', locationName: 'KITCHEN' } },
    { id: 'sh1', type: 'shot', position: shot, data: { shotNumber: '1A' } },
    ...more,
  ],
  edges: [
    { id: 'e1', source: 'anna', sourceHandle: 'character', target: 'sc1', targetHandle: 'characters' },
    { id: 'e2', source: 'sc1', sourceHandle: 'scene', target: 'sh1', targetHandle: 'scene' },
    { id: 'e3', source: 'anna', sourceHandle: 'character', target: 'sh1', targetHandle: 'characters' },
  ],
});

/** An on-screen box, as Playwright's boundingBox gives it. */
export type Box = { x: number; y: number; width: number; height: number };

/** Whether two on-screen boxes overlap. */
export const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
