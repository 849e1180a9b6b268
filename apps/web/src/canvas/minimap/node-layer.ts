import { nodeRect, type Rect } from '../placement.js';
import { boundsOf, type MinimapFrame, type Size } from './geometry.js';

/** A node as the minimap draws it. */
export interface MinimapNode extends Rect {
  readonly color: string;
}

/** The nodes' layer: drawn once per change of the nodes, in the frame that fits them. */
export interface NodeLayer {
  readonly nodes: readonly MinimapNode[];
  /** Null when the graph is empty. */
  readonly bounds: Rect | null;
}

const typeColors: Record<string, string> = { character: '#e0795b', scene: '#4f8fe0', shot: '#3fb68b' };
const OTHER_COLOR = '#8b93a7';
const SELECTED_COLOR = '#e8ebf2';

/**
 * The layer for React Flow's nodes: every node, rendered or not (an unmeasured one counts
 * at card size), selected ones drawn last so they stay on top.
 */
export const toNodeLayer = (
  nodes: readonly { type?: string; hidden?: boolean; selected?: boolean; position: { x: number; y: number }; measured?: { width?: number; height?: number } }[],
): NodeLayer => {
  const drawn: MinimapNode[] = [];
  const selected: MinimapNode[] = [];
  for (const node of nodes) {
    if (node.hidden) continue;
    if (node.selected) selected.push({ ...nodeRect(node), color: SELECTED_COLOR });
    else drawn.push({ ...nodeRect(node), color: typeColors[node.type ?? ''] ?? OTHER_COLOR });
  }
  drawn.push(...selected);
  return { nodes: drawn, bounds: boundsOf(drawn) };
};

/**
 * Paints `layer` into `canvas` (sized `size` CSS pixels at `pixelRatio`) in `frame`. A
 * thousand filled rects on a 2D canvas cost well under a millisecond, once; React Flow's
 * SVG minimap re-rasters a thousand elements on every frame of a pan.
 */
export const paintNodeLayer = (canvas: HTMLCanvasElement, layer: NodeLayer, frame: MinimapFrame, size: Size, pixelRatio: number) => {
  const width = Math.round(size.width * pixelRatio);
  const height = Math.round(size.height * pixelRatio);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, width, height);
  const scale = frame.scale * pixelRatio;
  for (const node of layer.nodes) {
    context.fillStyle = node.color;
    // At least one device pixel, so a node never vanishes from a large graph's overview.
    context.fillRect((node.x - frame.x) * scale, (node.y - frame.y) * scale, Math.max(node.width * scale, 1), Math.max(node.height * scale, 1));
  }
};
