/*
 * Screen ↔ flow arithmetic for presence, from React Flow's transform [x, y, zoom], so the
 * overlays and "follow" need no React Flow instance (and stay testable).
 */

export type Transform = readonly [number, number, number];

/** The flow point at the centre of a `width` × `height` view. */
export const viewCentre = ([x, y, zoom]: Transform, width: number, height: number) => ({ x: (width / 2 - x) / zoom, y: (height / 2 - y) / zoom, zoom });

/**
 * The point to centre a whole canvas on so that `view` sits at the centre of the part left
 * uncovered by a sheet over its right `coveredRight` px (a tablet's properties sheet).
 */
export const centreBeside = (view: { x: number; y: number; zoom: number }, coveredRight: number) => ({ x: view.x + coveredRight / 2 / view.zoom, y: view.y });

/** Where a flow point is drawn, relative to the canvas's top-left corner. */
export const toScreen = ([x, y, zoom]: Transform, point: { x: number; y: number }) => ({ x: point.x * zoom + x, y: point.y * zoom + y });

/** Live positions of the nodes being dragged, or null when nothing is (at most `limit` nodes). */
export const draggedPositions = (
  nodes: readonly { id: string; dragging?: boolean; position: { x: number; y: number } }[],
  limit: number,
): Record<string, { x: number; y: number }> | null => {
  let drag: Record<string, { x: number; y: number }> | null = null;
  let count = 0;
  for (const node of nodes) {
    if (!node.dragging) continue;
    drag ??= {};
    drag[node.id] = { x: Math.round(node.position.x), y: Math.round(node.position.y) };
    if (++count >= limit) break;
  }
  return drag;
};
