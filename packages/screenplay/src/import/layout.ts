import type { GraphNode, Position } from '@pc/graph';

/**
 * How tall each imported card is at most once a run has filled its output (flow px, at full
 * detail, measured in Chromium: a Character 214 with its sheet line and identity excerpt, a
 * Scene 244, a Shot 491 with its storyboard frame; the card's output is capped — CSS
 * `.node-run-output` — so these do not grow with the text). The layout leaves this much room,
 * so a run never draws one card over the next: positions are shared state, and nothing moves
 * a card after the import.
 */
export const GROWN_HEIGHT = { script: 130, character: 230, scene: 250, location: 130, shot: 500 } as const;

/** The air between one grown card and the next in a column. */
const GAP = 40;

/**
 * Where new nodes go. A first import lays the script out so every wire runs left to right,
 * from what feeds to what is fed: the Script, a column of Characters, a column of Locations,
 * then the Scenes in story order in rows of {@link SCENES_PER_ROW}, and under the Scenes the
 * Shots a shooting script names, each under its Scene's column. Each Location sits level with
 * the row of its first scene, in order of first appearance, so a Location's wires start beside
 * the scenes they feed instead of crossing the canvas. A row grows to hold up to
 * {@link LOCATIONS_STACKED_BESIDE_ROW} Locations stacked beside it. A script whose rows introduce
 * more (a feature's first eight scenes, seven places) gets a second sub-column of Locations (the
 * Scenes move right by one column), and what still does not fit goes on below, into the next
 * rows' places, instead of making the first row ~1,000 px taller than its scenes. A re-import keeps every existing position and starts the same
 * columns below the lowest existing node, so nothing new lands on top of old work.
 */
export const LAYOUT = {
  script: { x: 0 },
  characters: { x: 360, stack: GROWN_HEIGHT.character + GAP },
  locations: { x: 720, column: 320, stack: GROWN_HEIGHT.location + GAP },
  /** With two sub-columns of Locations, the Scenes (and their Shots) start one `locations.column` further right. */
  scenes: { x: 1080, column: 320, row: GROWN_HEIGHT.scene + GAP },
  shots: { stack: GROWN_HEIGHT.shot + GAP },
  /** Between the bottom of the lowest existing card and a re-import's first row. */
  below: 2 * GAP,
} as const;

export const SCENES_PER_ROW = 8;

/** How many Locations stacked in a sub-column a row grows to hold beside it (a row of 510 px; its scenes take 290). */
export const LOCATIONS_STACKED_BESIDE_ROW = 3;

/** What an import will add, for the layout to plan the rows. */
export interface LayoutPlan {
  /** Scenes the import adds. */
  scenes: number;
  /** Each added Location's first added scene (its index among them), by Location name; absent when only scenes already in the graph are set there. */
  firstScene: ReadonlyMap<string, number>;
}

export interface Layout {
  script(): Position;
  character(index: number): Position;
  scene(index: number): Position;
  /** The next added Location's place: beside its first scene's row (or as near below as there is room), after the Location before it. */
  location(name: string): Position;
  /** The next Shot's place in the column at `x` (its Scene's). */
  shot(x: number): Position;
}

/** A card of another type (a Style, a Prop, a node added by hand) is taken as tall as a grown Scene. */
const grownHeight = (type: string): number => (type in GROWN_HEIGHT ? GROWN_HEIGHT[type as keyof typeof GROWN_HEIGHT] : GROWN_HEIGHT.scene);

/** How many Locations each row of scenes introduces. */
const introducedPerRow = (plan: LayoutPlan): number[] => {
  const rows = Math.ceil(Math.max(plan.scenes, 1) / SCENES_PER_ROW);
  const introduced = new Array<number>(rows).fill(0);
  for (const scene of plan.firstScene.values()) {
    const row = Math.floor(scene / SCENES_PER_ROW);
    if (row < rows) introduced[row]! += 1;
  }
  return introduced;
};

/** The top of each row of scenes, and the bottom of the last: a row is as tall as its scenes or the Locations it holds beside it, whichever is taller. */
const rowTops = (top: number, introduced: readonly number[], columns: number): number[] => {
  const tops = [top];
  for (const count of introduced) {
    const stacked = Math.min(Math.ceil(count / columns), LOCATIONS_STACKED_BESIDE_ROW);
    tops.push(tops[tops.length - 1]! + Math.max(LAYOUT.scenes.row, stacked * LAYOUT.locations.stack));
  }
  return tops;
};

/** A layout starting at the top, or below the nodes of `existing`, for what `plan` adds. */
export const createLayout = (existing: readonly GraphNode[], plan: LayoutPlan = { scenes: SCENES_PER_ROW, firstScene: new Map() }): Layout => {
  const top = existing.length === 0 ? 0 : existing.reduce((lowest, node) => Math.max(lowest, node.position.y + grownHeight(node.type)), -Infinity) + LAYOUT.below;
  const introduced = introducedPerRow(plan);
  // A second sub-column only when a row introduces more Locations than one holds beside it: a short script stays narrow.
  const columns = introduced.some((count) => count > LOCATIONS_STACKED_BESIDE_ROW) ? 2 : 1;
  const scenesX = LAYOUT.scenes.x + (columns - 1) * LAYOUT.locations.column;
  const tops = rowTops(top, introduced, columns);
  const shotsTop = tops[tops.length - 1]!;
  const shotsInColumn = new Map<number, number>();
  // Where the next Location fits in each sub-column.
  const nextLocation = new Array<number>(columns).fill(top);
  return {
    script: () => ({ x: LAYOUT.script.x, y: top }),
    character: (index) => ({ x: LAYOUT.characters.x, y: top + index * LAYOUT.characters.stack }),
    scene: (index) => ({
      x: scenesX + (index % SCENES_PER_ROW) * LAYOUT.scenes.column,
      y: tops[Math.floor(index / SCENES_PER_ROW)] ?? shotsTop,
    }),
    location: (name) => {
      const first = plan.firstScene.get(name);
      const level = first === undefined ? top : (tops[Math.floor(first / SCENES_PER_ROW)] ?? top);
      // The highest place at or below its level; the left sub-column on a tie. Both only go
      // down, so Locations stay in order of first appearance from top to bottom.
      let column = 0;
      for (let c = 1; c < columns; c++) if (Math.max(level, nextLocation[c]!) < Math.max(level, nextLocation[column]!)) column = c;
      const y = Math.max(level, nextLocation[column]!);
      nextLocation[column] = y + LAYOUT.locations.stack;
      return { x: LAYOUT.locations.x + column * LAYOUT.locations.column, y };
    },
    shot: (x) => {
      const index = shotsInColumn.get(x) ?? 0;
      shotsInColumn.set(x, index + 1);
      return { x, y: shotsTop + index * LAYOUT.shots.stack };
    },
  };
};
