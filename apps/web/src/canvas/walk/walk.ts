import type { Position } from '@pc/graph';
import type { Rect } from '../placement.js';

/** A node as the walk sees it: its box on the canvas. */
export interface WalkNode extends Rect {
  readonly id: string;
}

export type WalkDirection = 'left' | 'right' | 'up' | 'down';

/** A wire as the walk sees it (hidden wires left out by the caller). */
export interface WalkWire {
  readonly source: string;
  readonly target: string;
}

const centre = (node: Rect): Position => ({ x: node.x + node.width / 2, y: node.y + node.height / 2 });

/** Sideways drift costs this much more than distance ahead: a node in line wins over a nearer one off to the side. */
const DRIFT_WEIGHT = 2;

/**
 * The node to select when walking `direction` from `fromId`: of the nodes whose centre lies
 * ahead in that direction, the one nearest ahead with sideways drift weighed double. Null
 * when none lies that way. Without a node to start from (nothing selected), the node whose
 * centre is nearest `origin` (the middle of the view).
 */
export const walkInDirection = (nodes: readonly WalkNode[], fromId: string | null, direction: WalkDirection, origin: Position): string | null => {
  const from = fromId === null ? undefined : nodes.find((node) => node.id === fromId);
  if (!from) return nearestTo(nodes, origin);
  const start = centre(from);
  let best: { id: string; cost: number } | null = null;
  for (const node of nodes) {
    if (node.id === from.id) continue;
    const at = centre(node);
    const dx = at.x - start.x;
    const dy = at.y - start.y;
    const ahead = direction === 'left' ? -dx : direction === 'right' ? dx : direction === 'up' ? -dy : dy;
    const drift = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    // Ahead means more ahead than aside: a node straight below is not "to the right".
    if (ahead <= 0 || drift > ahead * 2) continue;
    const cost = ahead + DRIFT_WEIGHT * drift;
    if (!best || cost < best.cost) best = { id: node.id, cost };
  }
  return best?.id ?? null;
};

/** The node whose centre is nearest `point`, or null for an empty canvas. */
export const nearestTo = (nodes: readonly WalkNode[], point: Position): string | null => {
  let best: { id: string; distance: number } | null = null;
  for (const node of nodes) {
    const at = centre(node);
    const distance = Math.hypot(at.x - point.x, at.y - point.y);
    if (!best || distance < best.distance) best = { id: node.id, distance };
  }
  return best?.id ?? null;
};

/**
 * The next node along the wires: upstream (what feeds `fromId`) or downstream (what it
 * feeds); of several, the one nearest it on the canvas. Null when no wire leads that way.
 */
export const walkAlongWires = (nodes: readonly WalkNode[], wires: readonly WalkWire[], fromId: string, way: 'upstream' | 'downstream'): string | null => {
  const from = nodes.find((node) => node.id === fromId);
  if (!from) return null;
  const neighbourIds = new Set(wires.flatMap((wire) => (way === 'upstream' ? (wire.target === fromId ? [wire.source] : []) : wire.source === fromId ? [wire.target] : [])));
  neighbourIds.delete(fromId);
  return nearestTo(nodes.filter((node) => neighbourIds.has(node.id)), centre(from));
};
