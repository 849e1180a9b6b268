import type { GraphNode, Position } from '@pc/graph';

/**
 * Where new nodes go. A first import lays the script out left to right: the Script, a
 * column of Characters, the Scenes in story order in rows of {@link SCENES_PER_ROW}, a
 * column of Locations, and under the Scenes the Shots a shooting script names, each under its
 * Scene's column. A re-import keeps every existing position and starts the same
 * columns below the lowest existing node, so nothing new lands on top of old work.
 */
export const LAYOUT = {
  script: { x: 0 },
  characters: { x: 360 },
  scenes: { x: 720, column: 320, row: 300 },
  locations: { gap: 80 },
  shots: { stack: 120 },
  stack: 160,
  below: 320,
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

/** A layout starting at the top, or below the nodes of `existing`, for `sceneCount` scenes. */
export const createLayout = (existing: readonly GraphNode[], sceneCount: number = SCENES_PER_ROW): Layout => {
  const top = existing.length === 0 ? 0 : existing.reduce((lowest, node) => Math.max(lowest, node.position.y), -Infinity) + LAYOUT.below;
  const sceneColumns = Math.min(Math.max(sceneCount, 1), SCENES_PER_ROW);
  const locationsX = LAYOUT.scenes.x + sceneColumns * LAYOUT.scenes.column + LAYOUT.locations.gap;
  const shotsTop = top + Math.ceil(Math.max(sceneCount, 1) / SCENES_PER_ROW) * LAYOUT.scenes.row;
  const shotsInColumn = new Map<number, number>();
  return {
    script: () => ({ x: LAYOUT.script.x, y: top }),
    character: (index) => ({ x: LAYOUT.characters.x, y: top + index * LAYOUT.stack }),
    scene: (index) => ({
      x: LAYOUT.scenes.x + (index % SCENES_PER_ROW) * LAYOUT.scenes.column,
      y: top + Math.floor(index / SCENES_PER_ROW) * LAYOUT.scenes.row,
    }),
    location: (index) => ({ x: locationsX, y: top + index * LAYOUT.stack }),
    shot: (x) => {
      const index = shotsInColumn.get(x) ?? 0;
      shotsInColumn.set(x, index + 1);
      return { x, y: shotsTop + index * LAYOUT.shots.stack };
    },
  };
};
