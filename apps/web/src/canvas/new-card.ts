import type { Position } from '@pc/graph';
import { FIT_CLEARANCE } from './fit-view.js';
import type { ScreenBox } from './grown-card.js';
import type { Rect } from './placement.js';

/*
 * Where a card added from the palette, quick-add (Space, double-click) or a drop lands: wholly in
 * the part of the canvas a person sees, never flush with its edge. A card at the edge had its
 * input port inside the band where React Flow pans the view while a wire is dragged
 * (autoPanOnConnect, 40 px): wiring it slid the canvas sideways, the card under the side panel.
 */

/** Px kept between a new card and the canvas's edges: wider than React Flow's 40 px auto-pan band. */
export const EDGE_MARGIN = 48;

/**
 * The part of a `width` × `height` canvas (screen px from its top-left) a new card lands in:
 * inside its edges by EDGE_MARGIN, left of a sheet covering `coveredRight` px of its right edge,
 * above the band of the minimap and the zoom buttons.
 */
export const landingArea = (width: number, height: number, coveredRight = 0): ScreenBox => ({
  left: EDGE_MARGIN,
  top: EDGE_MARGIN,
  right: Math.max(EDGE_MARGIN, width - coveredRight - EDGE_MARGIN),
  bottom: Math.max(EDGE_MARGIN, height - FIT_CLEARANCE.bottom),
});

/** The landing area in flow coordinates, for a view panned by (x, y) at `zoom`. */
export const toFlowRect = (area: ScreenBox, [x, y, zoom]: readonly [number, number, number]): Rect => ({
  x: (area.left - x) / zoom,
  y: (area.top - y) / zoom,
  width: (area.right - area.left) / zoom,
  height: (area.bottom - area.top) / zoom,
});

/** `card` moved the least distance into `area`; a card larger than the area keeps its top-left corner in. */
export const clampInto = (card: Rect, area: Rect): Position => ({
  x: Math.round(Math.max(area.x, Math.min(card.x, area.x + area.width - card.width))),
  y: Math.round(Math.max(area.y, Math.min(card.y, area.y + area.height - card.height))),
});

const overlaps = (a: ScreenBox, b: ScreenBox) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
const shift = (box: ScreenBox, dx: number, dy: number): ScreenBox => ({ left: box.left - dx, right: box.right - dx, top: box.top - dy, bottom: box.bottom - dy });

/** The pan (px) bringing `card` inside `view`'s edges less `margin`, its top-left first when it is too large. */
const intoView = (card: ScreenBox, view: ScreenBox, margin: number): { dx: number; dy: number } => {
  const axis = (start: number, end: number, min: number, max: number) => (start < min || end - start > max - min ? start - min : end > max ? end - max : 0);
  return { dx: axis(card.left, card.right, view.left + margin, view.right - margin), dy: axis(card.top, card.bottom, view.top + margin, view.bottom - margin) };
};

/**
 * How far to pan (px; positive moves the cards up / left) so a card just added is wholly in view,
 * EDGE_MARGIN inside the canvas's edges and clear of the chrome over it (the minimap, the zoom
 * buttons, a tablet's properties sheet) — or null when it already is. Chrome in the way is
 * cleared by the shortest of moving the card up, left or right that keeps it in view.
 */
export const revealNewCard = ({ view, card, chrome, margin = EDGE_MARGIN }: { view: ScreenBox; card: ScreenBox; chrome: readonly ScreenBox[]; margin?: number }): { dx: number; dy: number } | null => {
  let { dx, dy } = intoView(card, view, margin);
  for (const box of chrome) {
    const at = shift(card, dx, dy);
    if (!overlaps(at, box)) continue;
    const moves = [
      { dx: at.right - (box.left - margin), dy: 0 },
      { dx: at.left - (box.right + margin), dy: 0 },
      { dx: 0, dy: at.bottom - (box.top - margin) },
    ].filter((move) => {
      const moved = shift(at, move.dx, move.dy);
      const back = intoView(moved, view, margin);
      return back.dx === 0 && back.dy === 0;
    });
    const best = moves.sort((a, b) => Math.abs(a.dx) + Math.abs(a.dy) - (Math.abs(b.dx) + Math.abs(b.dy)))[0];
    if (best) {
      dx += best.dx;
      dy += best.dy;
    }
  }
  return dx === 0 && dy === 0 ? null : { dx, dy };
};
