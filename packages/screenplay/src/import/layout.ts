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
 * Where new nodes go. A first import lays the script out left to right: the Script, a
 * column of Characters, the Scenes in story order in rows of {@link SCENES_PER_ROW}, a
 * column of Locations, and under the Scenes the Shots a shooting script names, each under its
 * Scene's column. A re-import keeps every existing position and starts the same
 * columns below the lowest existing node, so nothing new lands on top of old work.
 */
export const LAYOUT = {
  script: { x: 0 },
  scenes: { x: 720, column: 320, row: GROWN_HEIGHT.scene + GAP },
  locations: { gap: 80, stack: GROWN_HEIGHT.location + GAP },
  characters: { x: 360, stack: GROWN_HEIGHT.character + GAP },
  shots: { stack: GROWN_HEIGHT.shot + GAP },
  /** Between the bottom of the lowest existing card and a re-import's first row. */
  below: 2 * GAP,
} as const;

export const SCENES_PER_ROW = 8;

export interface Layout {
  script(): Position;
  character(index: number): Position;
  scene(index: number): Position;
  location(index: number): Position;
  /** The next Shot's place in the column at `x` (its Scene's). */
  shot(x: number): Position;
}

/** A card of another type (a Style, a Prop, a node added by hand) is taken as tall as a grown Scene. */
const grownHeight = (type: string): number => (type in GROWN_HEIGHT ? GROWN_HEIGHT[type as keyof typeof GROWN_HEIGHT] : GROWN_HEIGHT.scene);

/** A layout starting at the top, or below the nodes of `existing`, for `sceneCount` scenes. */
export const createLayout = (existing: readonly GraphNode[], sceneCount: number = SCENES_PER_ROW): Layout => {
  const top = existing.length === 0 ? 0 : existing.reduce((lowest, node) => Math.max(lowest, node.position.y + grownHeight(node.type)), -Infinity) + LAYOUT.below;
  const sceneColumns = Math.min(Math.max(sceneCount, 1), SCENES_PER_ROW);
  const locationsX = LAYOUT.scenes.x + sceneColumns * LAYOUT.scenes.column + LAYOUT.locations.gap;
  const shotsTop = top + Math.ceil(Math.max(sceneCount, 1) / SCENES_PER_ROW) * LAYOUT.scenes.row;
  const shotsInColumn = new Map<number, number>();
  return {
    script: () => ({ x: LAYOUT.script.x, y: top }),
    character: (index) => ({ x: LAYOUT.characters.x, y: top + index * LAYOUT.characters.stack }),
    scene: (index) => ({
      x: LAYOUT.scenes.x + (index % SCENES_PER_ROW) * LAYOUT.scenes.column,
      y: top + Math.floor(index / SCENES_PER_ROW) * LAYOUT.scenes.row,
    }),
    location: (index) => ({ x: locationsX, y: top + index * LAYOUT.locations.stack }),
    shot: (x) => {
      const index = shotsInColumn.get(x) ?? 0;
      shotsInColumn.set(x, index + 1);
      return { x, y: shotsTop + index * LAYOUT.shots.stack };
    },
  };
};
