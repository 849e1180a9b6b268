import type { Rect } from '../placement.js';

/** Maps flow coordinates onto the minimap: a flow point p lands at ((p.x - x) · scale, (p.y - y) · scale). */
export interface MinimapFrame {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** React Flow's viewport transform: [x, y, zoom]. */
export type Transform = readonly [number, number, number];

/** The smallest rect holding all `rects`, or null for none. */
export const boundsOf = (rects: Iterable<Rect>): Rect | null => {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const rect of rects) {
    minX = Math.min(minX, rect.x);
    minY = Math.min(minY, rect.y);
    maxX = Math.max(maxX, rect.x + rect.width);
    maxY = Math.max(maxY, rect.y + rect.height);
  }
  return minX === Infinity ? null : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
};

/** The part of the flow the pane shows. */
export const visibleRect = ([x, y, zoom]: Transform, pane: Size): Rect => ({
  x: -x / zoom,
  y: -y / zoom,
  width: pane.width / zoom,
  height: pane.height / zoom,
});

/** The frame that shows all of `bounds`, centred, with `padding` minimap pixels around it. */
export const fitFrame = (bounds: Rect, size: Size, padding: number): MinimapFrame => {
  const scale = Math.min((size.width - 2 * padding) / Math.max(bounds.width, 1), (size.height - 2 * padding) / Math.max(bounds.height, 1));
  return {
    x: bounds.x - (size.width / scale - bounds.width) / 2,
    y: bounds.y - (size.height / scale - bounds.height) / 2,
    scale,
  };
};

/**
 * The CSS transform that moves a layer drawn in frame `drawn` to where frame `shown` puts
 * it: a translate and a scale of at most 1 while `shown` covers more than `drawn` did, so
 * the layer's bitmap is only ever shrunk, never blurred by enlarging it.
 */
export const layerTransform = (drawn: MinimapFrame, shown: MinimapFrame): string => {
  const dx = (drawn.x - shown.x) * shown.scale;
  const dy = (drawn.y - shown.y) * shown.scale;
  return `translate(${dx.toFixed(2)}px, ${dy.toFixed(2)}px) scale(${(shown.scale / drawn.scale).toFixed(5)})`;
};

/** The mask: the whole minimap with the visible rect cut out (fill-rule evenodd). */
export const maskPath = (frame: MinimapFrame, view: Rect, size: Size): string => {
  const x = (view.x - frame.x) * frame.scale;
  const y = (view.y - frame.y) * frame.scale;
  const f = (n: number) => n.toFixed(1);
  return `M0,0h${size.width}v${size.height}h${-size.width}z M${f(x)},${f(y)}h${f(view.width * frame.scale)}v${f(view.height * frame.scale)}h${f(-view.width * frame.scale)}z`;
};

/** The flow point under a minimap pixel. */
export const toFlowPoint = (frame: MinimapFrame, point: { x: number; y: number }) => ({
  x: frame.x + point.x / frame.scale,
  y: frame.y + point.y / frame.scale,
});

/** The minimap on a roomy canvas; smaller than React Flow's 200 × 150, which hid real work on a laptop. */
export const MINIMAP_LARGE: Size = Object.freeze({ width: 176, height: 120 });
/** On a laptop-sized canvas (1280 × 720 with both side panels): a quarter less, clear of the fitted graph. */
export const MINIMAP_SMALL: Size = Object.freeze({ width: 132, height: 90 });

/** The minimap's size for a canvas of `canvas` CSS px: one of the two constants (a stable identity for selectors). */
export const minimapSize = (canvas: Size): Size => (canvas.width < 880 || canvas.height < 700 ? MINIMAP_SMALL : MINIMAP_LARGE);
