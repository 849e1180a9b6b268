import type { Position } from '@pc/graph';

/** A node card's width; heights vary by type and content. */
export const NODE_WIDTH = 264;
/** A card's height before React Flow has measured it. */
export const FALLBACK_HEIGHT = 220;
const GAP = 24;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP;

const inside = (rect: Rect, bounds: Rect) =>
  rect.x >= bounds.x && rect.y >= bounds.y && rect.x + rect.width <= bounds.x + bounds.width && rect.y + rect.height <= bounds.y + bounds.height;

/**
 * The first cell of a grid of `step`-sized cells laid centred over `length`: as many whole
 * cards as fit, the middle one (the left or upper of the middle two) first.
 */
const firstCell = (start: number, length: number, card: number, step: number): number => {
  const count = Math.max(1, Math.floor((length - card) / step) + 1);
  return Math.round(start + (length - (card + (count - 1) * step)) / 2 + Math.floor((count - 1) / 2) * step);
};

/**
 * Where a node added by click goes: on a node-sized grid laid centred over the visible area
 * (as many whole cards as fit across and down), in its middle cell if that is free, else the
 * nearest free cell that is wholly in view, so repeated clicks lay nodes out side by side
 * instead of stacking them. A view too small for
 * another card (a laptop with both side panels open) takes the nearest free cell even if it
 * is cut off or out of view: the canvas then pans to show the new card whole
 * (use-grown-card.ts), better than a pile. Only when every cell is taken does it cascade
 * down-right from the first cell, one step per node already there.
 */
export const findFreeSpot = (occupied: readonly Rect[], visible: Rect, size = { width: NODE_WIDTH, height: FALLBACK_HEIGHT }): Position => {
  const stepX = size.width + GAP * 2;
  const stepY = size.height + GAP * 2;
  const origin = { x: firstCell(visible.x, visible.width, size.width, stepX), y: firstCell(visible.y, visible.height, size.height, stepY) };
  const cells: Array<{ dx: number; dy: number; distance: number }> = [];
  for (let dx = -4; dx <= 4; dx++) {
    // Rows cost more than columns: a graph reads left to right, so fill sideways first.
    for (let dy = -4; dy <= 4; dy++) cells.push({ dx, dy, distance: Math.hypot(dx * stepX, dy * stepY * 1.6) });
  }
  cells.sort((a, b) => a.distance - b.distance || b.dx - a.dx || a.dy - b.dy);
  for (const inView of [inside, () => true]) {
    for (const { dx, dy } of cells) {
      const candidate = { x: origin.x + dx * stepX, y: origin.y + dy * stepY, ...size };
      if ((dx === 0 && dy === 0) || inView(candidate, visible)) {
        if (!occupied.some((rect) => overlaps(candidate, rect))) return { x: candidate.x, y: candidate.y };
      }
    }
  }
  const CASCADE = 32;
  let spot = origin;
  while (occupied.some((rect) => Math.abs(rect.x - spot.x) < CASCADE / 2 && Math.abs(rect.y - spot.y) < CASCADE / 2)) {
    spot = { x: spot.x + CASCADE, y: spot.y + CASCADE };
  }
  return spot;
};

/** The footprint of a React Flow node, measured when React Flow has measured it. */
export const nodeRect = (node: { position: Position; measured?: { width?: number; height?: number } }): Rect => ({
  x: node.position.x,
  y: node.position.y,
  width: node.measured?.width ?? NODE_WIDTH,
  height: node.measured?.height ?? FALLBACK_HEIGHT,
});

/** The drag payload of a palette item. */
export const NODE_TYPE_MIME = 'application/x-production-canvas-node-type';
