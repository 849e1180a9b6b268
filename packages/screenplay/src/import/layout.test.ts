import { createNode, type GraphDocument } from '@pc/graph';
import { describe, expect, it } from 'vitest';
import { importScreenplay } from './import-screenplay.js';
import { createLayout, GROWN_HEIGHT, LAYOUT, LOCATIONS_STACKED_BESIDE_ROW, SCENES_PER_ROW } from './layout.js';

/** Whether two cards at these places, each as tall as it grows, share any height. */
const clear = (upper: { y: number }, lower: { y: number }, height: number) => upper.y + height <= lower.y;

/** A card's width on the canvas (packages/document DEFAULT_NODE_SIZE). */
const CARD_WIDTH = 280;

/** A feature's shape: 60 scenes in 25 places, a new place every other scene at first, then returns; some rooms of a house. */
const feature = (): string => {
  const lines = ['Title: The Long Tide', ''];
  let introduced = 0;
  for (let i = 0; i < 60; i++) {
    const place = introduced < 25 && (i % 5 !== 4 || i < 3) ? introduced++ : (i * 7) % introduced;
    const name = place % 6 === 5 ? `HOUSE ${place} - ROOM` : `PLACE ${place}`;
    lines.push(`${i % 3 ? 'INT' : 'EXT'}. ${name} - NIGHT #${i + 1}#`, '', 'ANNA', 'Coming?', '', 'BEN', 'Not yet.', '');
  }
  return lines.join('\n');
};

const byId = (document: GraphDocument) => new Map(document.nodes.map((node) => [node.id, node]));

describe('the import layout', () => {
  it('stacks each column by the height its cards grow to after a run, so no output runs under the next card', () => {
    const layout = createLayout([], { scenes: 3, firstScene: new Map([['A', 0], ['B', 0], ['C', 2]]) });
    const [a, b, c] = [layout.location('A'), layout.location('B'), layout.location('C')];
    expect(clear(layout.character(0), layout.character(1), GROWN_HEIGHT.character)).toBe(true);
    expect(clear(a, b, GROWN_HEIGHT.location)).toBe(true);
    expect(clear(b, c, GROWN_HEIGHT.location)).toBe(true);
    const first = layout.shot(720);
    expect(clear(first, layout.shot(720), GROWN_HEIGHT.shot)).toBe(true);
    // The first Shot starts below its grown Scene.
    expect(clear(layout.scene(0), first, GROWN_HEIGHT.scene)).toBe(true);
  });

  it('makes a row as tall as the Locations it introduces, so the next row’s Locations start beside it', () => {
    const firstScene = new Map([['A', 0], ['B', 1], ['C', 2], ['D', 3], ['E', SCENES_PER_ROW]]);
    const layout = createLayout([], { scenes: SCENES_PER_ROW + 1, firstScene });
    const positions = ['A', 'B', 'C', 'D', 'E'].map((name) => layout.location(name));
    const secondRow = layout.scene(SCENES_PER_ROW);
    expect(clear(positions[3]!, secondRow, GROWN_HEIGHT.location)).toBe(true);
    expect(positions[4]!.y).toBe(secondRow.y);
    expect(clear(layout.scene(0), secondRow, GROWN_HEIGHT.scene)).toBe(true);
  });

  // A feature's first eight scenes introduce seven places: stacked in one column beside that row,
  // they made it ~1,000 px taller than its scenes.
  it('grows a row to three stacked Locations at most, in two sub-columns when a row introduces more, so the first row stays near its scenes’ height', () => {
    const { document } = importScreenplay(feature());
    const scenes = document.nodes.filter((node) => node.type === 'scene');
    const rowTops = [...new Set(scenes.map((scene) => scene.position.y))].sort((a, b) => a - b);
    const tallest = Math.max(...rowTops.slice(1).map((y, i) => y - rowTops[i]!));
    expect(tallest).toBeLessThanOrEqual(Math.max(LAYOUT.scenes.row, LOCATIONS_STACKED_BESIDE_ROW * LAYOUT.locations.stack));
    const locationsX = new Set(document.nodes.filter((node) => node.type === 'location').map((node) => node.position.x));
    expect([...locationsX]).toEqual([LAYOUT.locations.x, LAYOUT.locations.x + LAYOUT.locations.column]);
    expect(Math.min(...scenes.map((scene) => scene.position.x))).toBe(LAYOUT.scenes.x + LAYOUT.locations.column);
  });

  it('keeps one column of Locations, and the Scenes where they were, while no row introduces more than three', () => {
    const layout = createLayout([], { scenes: 3, firstScene: new Map([['A', 0], ['B', 0], ['C', 0]]) });
    expect(['A', 'B', 'C'].map((name) => layout.location(name))).toEqual([0, 1, 2].map((i) => ({ x: LAYOUT.locations.x, y: i * LAYOUT.locations.stack })));
    expect(layout.scene(0)).toEqual({ x: LAYOUT.scenes.x, y: 0 });
  });

  it('starts a re-import below the grown bottom of the lowest card, not its top', () => {
    const shot = createNode('shot', { id: 'shot_1', position: { x: 720, y: 600 }, data: {} });
    const layout = createLayout([shot], { scenes: 1, firstScene: new Map() });
    expect(clear(shot.position, layout.script(), GROWN_HEIGHT.shot)).toBe(true);
  });

  it('puts every Location left of the Scenes it feeds, level with its first scene’s row, in order of first appearance', () => {
    const { document } = importScreenplay(feature());
    const nodes = byId(document);
    const locations = document.nodes.filter((node) => node.type === 'location');
    expect(locations).toHaveLength(25);
    for (const location of locations) {
      const fed = document.edges.filter((edge) => edge.source === location.id).map((edge) => nodes.get(edge.target)!);
      expect(fed.length).toBeGreaterThan(0);
      for (const scene of fed) expect(location.position.x + CARD_WIDTH).toBeLessThan(scene.position.x);
      const first = fed.reduce((a, b) => (Number(a.data['order']) <= Number(b.data['order']) ? a : b));
      // Beside its first scene's row, or below it when the row introduces more than it holds: never above.
      expect(location.position.y).toBeGreaterThanOrEqual(first.position.y);
    }
    const ys = locations.map((location) => location.position.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    // No two Locations share any height in a sub-column.
    for (const a of locations)
      for (const b of locations)
        if (a !== b && a.position.x === b.position.x && a.position.y <= b.position.y) expect(clear(a.position, b.position, GROWN_HEIGHT.location)).toBe(true);
    // Characters feed Scenes and Shots: left of every Scene too.
    const scenesX = Math.min(...document.nodes.filter((node) => node.type === 'scene').map((node) => node.position.x));
    for (const character of document.nodes.filter((node) => node.type === 'character')) expect(character.position.x + CARD_WIDTH).toBeLessThan(scenesX);
  });
});
