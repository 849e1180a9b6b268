import { expect, test, type Page } from '@playwright/test';
import { signUp } from '../support/accounts.js';
import { flowPosition, openGraphDocument } from '../support/canvas.js';
import { importScreenplay } from '../support/screenplays.js';
import { startProductServer, type ProductServer } from '../support/server.js';

let server: ProductServer;

test.beforeAll(async () => {
  server = await startProductServer();
});

test.afterAll(async () => {
  await server?.dispose();
});

// A short shooting script: six speakers, three places, and shot lines under two scenes.
const shootingScript = [
  'Title: Low Water',
  '',
  'INT. KITCHEN - NIGHT #1#',
  '',
  'ANNA waits by the door. BEN and CLARA argue.',
  '',
  'CLOSE ON ANNA',
  '',
  'ANNA',
  'Are you coming?',
  '',
  'BEN',
  'Not yet.',
  '',
  'INSERT - THE LETTER',
  '',
  'CLARA',
  'Read it.',
  '',
  'EXT. HARBOUR - DAY #2#',
  '',
  'WIDE ON THE HARBOUR',
  '',
  'DMITRI',
  'The tide is out.',
  '',
  'ELSA',
  'Then we walk.',
  '',
  'FINN',
  'I stay.',
  '',
  'INT. FERRY - NIGHT #3#',
  '',
  'ANNA',
  'Nearly there.',
  '',
].join('\n');

interface Card {
  id: string;
  type: string;
  box: { x: number; y: number; width: number; height: number };
}

/** Every card's rectangle on screen, with its node type. */
const cardBoxes = (page: Page): Promise<Card[]> =>
  page.locator('.react-flow__node').evaluateAll((elements) =>
    elements.map((element) => {
      const rect = element.getBoundingClientRect();
      return {
        id: element.getAttribute('data-id') ?? '',
        type: [...element.classList].find((name) => name.startsWith('react-flow__node-'))?.slice('react-flow__node-'.length) ?? '',
        box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
      };
    }),
  );

const overlapping = (cards: readonly Card[]): string[] => {
  const pairs: string[] = [];
  for (const [i, a] of cards.entries()) {
    for (const b of cards.slice(i + 1)) {
      const apart = a.box.x + a.box.width <= b.box.x || b.box.x + b.box.width <= a.box.x || a.box.y + a.box.height <= b.box.y || b.box.y + b.box.height <= a.box.y;
      if (!apart) pairs.push(`${a.type} ${a.id} × ${b.type} ${b.id}`);
    }
  }
  return pairs;
};

/** Wires into a Scene whose source card does not end left of the Scene's card: a wire that loops back on itself. */
const backwardWires = async (page: Page, graphId: string, cards: readonly Card[]): Promise<string[]> => {
  const response = await page.request.get(`${server.url}/api/v1/graphs/${graphId}`);
  const { document } = (await response.json()) as { document: { edges: { source: string; target: string }[] } };
  const box = new Map(cards.map((card) => [card.id, card]));
  return document.edges
    .map((edge) => [box.get(edge.source), box.get(edge.target)] as const)
    .filter(([source, target]) => target?.type === 'scene' && source && source.box.x + source.box.width >= target.box.x)
    .map(([source, target]) => `${source!.type} ${source!.id} → ${target!.id}`);
};

/** The run's nodes all done, and the outputs drawn on the cards. */
async function runAll(page: Page): Promise<void> {
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-progress')).toHaveAttribute('data-status', 'succeeded', { timeout: 60_000 });
  await expect(page.getByTestId('node-character').first().getByTestId('node-run-output')).toBeVisible();
}

test('an imported shooting script, run, keeps every card clear of the others: the layout left room for the outputs', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await signUp(page, server);
  const graphId = await importScreenplay(page, shootingScript);
  await expect(page.getByTestId('node-character')).toHaveCount(6);
  await expect(page.getByTestId('node-shot')).toHaveCount(3);
  await expect(page.getByTestId('node-location')).toHaveCount(3);
  expect(overlapping(await cardBoxes(page))).toEqual([]);
  // Every Location and Character card ends left of the Scenes it feeds: no wire loops back.
  expect(await backwardWires(page, graphId, await cardBoxes(page))).toEqual([]);

  await runAll(page);
  await expect(page.getByTestId('node-shot').first().getByTestId('node-run-frame')).toBeVisible();
  // Drawn at full detail (the outputs show), so the cards are at their grown size.
  await expect(page.getByTestId('node-character').last().getByTestId('node-run-output')).toContainText('Sheet: 4 views');
  expect(overlapping(await cardBoxes(page))).toEqual([]);
  expect(await backwardWires(page, graphId, await cardBoxes(page))).toEqual([]);

  // The no-appearance advice is said once, in the panel, not on every Character card.
  await expect(page.locator('.react-flow__node')).not.toContainText(['No appearance yet']);
  await page.getByTestId('node-character').first().click();
  await expect(page.getByTestId('run-results-no-appearance')).toContainText('No appearance yet: fill in Appearance below');

  // The run history opens under React Flow's attribution, not over it.
  await page.getByTestId('run-history-button').click();
  const history = await page.getByTestId('run-history').boundingBox();
  const attribution = await page.locator('.react-flow__attribution').boundingBox();
  expect(history && attribution && history.y >= attribution.y + attribution.height).toBe(true);
});

test('cards laid out by hand closer than a run grows them stay where they are; the one pointed at comes to the front', async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, server);
  await openGraphDocument(page, server.url, 'Close together', {
    schemaVersion: 1,
    nodes: [
      { id: 'anna', type: 'character', position: { x: 0, y: 0 }, data: { name: 'ANNA' } },
      { id: 'ben', type: 'character', position: { x: 0, y: 160 }, data: { name: 'BEN' } },
    ],
    edges: [],
  });
  const anna = page.locator('.react-flow__node[data-id="anna"]');
  const ben = page.locator('.react-flow__node[data-id="ben"]');
  const benAt = await flowPosition(ben);
  await runAll(page);
  await expect(anna.getByTestId('node-run-output')).toBeVisible();
  // Nobody's card was moved behind their back.
  expect(await flowPosition(ben)).toEqual(benAt);

  // Anna's grown output runs under Ben's card; pointing at Anna brings all of her to the front.
  const output = await anna.getByTestId('node-run-output').boundingBox();
  const benBox = await ben.boundingBox();
  expect(output && benBox && output.y + output.height > benBox.y).toBe(true);
  const topmostAt = (x: number, y: number) => page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('.react-flow__node')?.getAttribute('data-id'), [x, y]);
  const probe = { x: output!.x + 20, y: output!.y + output!.height - 4 };
  expect(await topmostAt(probe.x, probe.y)).toBe('ben');
  await anna.hover({ position: { x: 20, y: 10 } });
  expect(await topmostAt(probe.x, probe.y)).toBe('anna');
});
