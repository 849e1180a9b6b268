import type { GraphNode, Position } from '@pc/graph';

/** Roughly a node card's footprint; only used to keep new nodes from landing on each other. */
export const NODE_WIDTH = 264;
const STEP = 32;

/**
 * Where a node added by click goes: `centre` (the viewport centre, node centred on it),
 * nudged down-right by one step per occupied spot, so repeated clicks fan out instead of
 * stacking.
 */
export const findFreeSpot = (nodes: Iterable<GraphNode>, centre: Position): Position => {
  const taken = Array.from(nodes, (node) => node.position);
  const start = { x: Math.round(centre.x - NODE_WIDTH / 2), y: Math.round(centre.y - 60) };
  for (let i = 0; i < 50; i++) {
    const candidate = { x: start.x + i * STEP, y: start.y + i * STEP };
    if (!taken.some((p) => Math.abs(p.x - candidate.x) < STEP / 2 && Math.abs(p.y - candidate.y) < STEP / 2)) return candidate;
  }
  return start;
};

/** The drag payload of a palette item. */
export const NODE_TYPE_MIME = 'application/x-production-canvas-node-type';
