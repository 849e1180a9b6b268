import type { ShotFields } from '@pc/graph';
import { el, path } from '../svg.js';

const COLOR = '#d9480f';

/** The arrowhead marker the movement glyphs end with; goes in the SVG's defs. */
export const arrowMarker = el(
  'marker',
  { id: 'arrow', viewBox: '0 0 10 10', refX: 8, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' },
  el('path', { d: 'M0 0L10 5L0 10Z', fill: COLOR }),
);

const arrow = (x1: number, y1: number, x2: number, y2: number): string =>
  el('line', { x1, y1, x2, y2, 'marker-end': 'url(#arrow)' });
const curve = (d: string, arrowed = true): string => el('path', { d, fill: 'none', 'marker-end': arrowed ? 'url(#arrow)' : undefined });

/**
 * Classic storyboard movement notation around a frame of `w` × `h` whose margin is `m`:
 * pan and truck arrows outside the frame (above and below), tilt and crane beside it,
 * dolly arrows from the corners toward the centre (or away), nested rectangles for a
 * zoom, a curved arrow for an arc or a drone move, a wavy line for handheld.
 */
export const renderMovement = (movement: ShotFields['movement'], w: number, h: number, m: number): string => {
  const top = -m / 2;
  const bottom = h + m / 2;
  const corners = (inward: boolean) =>
    [[0, 0], [w, 0], [0, h], [w, h]].map(([cx, cy]) => {
      const ax = cx! + (w / 2 - cx!) * 0.1;
      const ay = cy! + (h / 2 - cy!) * 0.1;
      const bx = cx! + (w / 2 - cx!) * 0.3;
      const by = cy! + (h / 2 - cy!) * 0.3;
      return inward ? arrow(ax, ay, bx, by) : arrow(bx, by, ax, ay);
    });
  const nested = (inward: boolean) => [
    el('rect', { x: w * 0.2, y: h * 0.2, width: w * 0.6, height: h * 0.6, fill: 'none', 'stroke-dasharray': '10 6' }),
    el('rect', { x: w * 0.35, y: h * 0.35, width: w * 0.3, height: h * 0.3, fill: 'none', 'stroke-dasharray': '10 6' }),
    inward ? arrow(w * 0.2, h * 0.2, w * 0.33, h * 0.33) : arrow(w * 0.35, h * 0.35, w * 0.22, h * 0.22),
  ];
  const glyphs: Record<ShotFields['movement'], string[]> = {
    static: [],
    pan_left: [arrow(w * 0.7, top, w * 0.3, top)],
    pan_right: [arrow(w * 0.3, top, w * 0.7, top)],
    whip_pan: [arrow(w * 0.2, top, w * 0.8, top), ...[0.1, 0.14, 0.18].map((x) => el('line', { x1: w * x, y1: top - 5, x2: w * x, y2: top + 5 }))],
    tilt_up: [arrow(w + m / 2, h * 0.7, w + m / 2, h * 0.3)],
    tilt_down: [arrow(w + m / 2, h * 0.3, w + m / 2, h * 0.7)],
    truck_left: [arrow(w * 0.7, bottom, w * 0.3, bottom)],
    truck_right: [arrow(w * 0.3, bottom, w * 0.7, bottom)],
    dolly_in: corners(true),
    dolly_out: corners(false),
    zoom_in: nested(true),
    zoom_out: nested(false),
    crane_up: [arrow(-m / 2, h * 0.75, -m / 2, h * 0.25), el('circle', { cx: -m / 2, cy: h * 0.8, r: 4, fill: COLOR })],
    crane_down: [arrow(-m / 2, h * 0.25, -m / 2, h * 0.75), el('circle', { cx: -m / 2, cy: h * 0.2, r: 4, fill: COLOR })],
    arc: [curve(path('M', w * 0.25, h * 0.86, 'A', w * 0.3, h * 0.08, 0, 0, 0, w * 0.75, h * 0.86))],
    drone: [curve(path('M', w * 0.25, h * 0.14, 'A', w * 0.3, h * 0.08, 0, 0, 1, w * 0.75, h * 0.14))],
    handheld: [curve(path('M', w * 0.3, top, ...[0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7].flatMap((x, i) => ['L', w * x, top + (i % 2 === 0 ? -5 : 5)])), false)],
    steadicam: [curve(path('M', w * 0.3, bottom, 'C', w * 0.45, bottom - 10, w * 0.55, bottom + 10, w * 0.7, bottom))],
  };
  const parts = glyphs[movement];
  return parts.length === 0 ? '' : el('g', { class: `movement ${movement}`, stroke: COLOR, 'stroke-width': 3, 'stroke-linecap': 'round' }, parts);
};
