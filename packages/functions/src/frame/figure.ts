import { el, path } from '../svg.js';

/** Which way a figure faces; a storyboard frame uses `front`, the turnaround card all four. */
export type FigurePose = 'front' | 'three_quarter' | 'profile' | 'back';

// Half-widths of a standing body as fractions of its height, from the neck down one side
// and up the other: a stick-proportioned silhouette (head = 1/8 of the body).
const OUTLINE: readonly (readonly [number, number])[] = [
  [0.115, 0.025], [0.15, 0.12], [0.19, 0.14], [0.45, 0.13], [0.5, 0.11], [1, 0.07], [1, 0.015], [0.52, 0],
];
const POSE_WIDTH: Record<FigurePose, number> = { front: 1, three_quarter: 0.8, profile: 0.55, back: 1 };

export interface FigureOptions {
  /** Horizontal centre. */
  x: number;
  /** Top of the head. */
  top: number;
  /** Full body height, head to feet. */
  height: number;
  pose?: FigurePose;
  fill?: string;
}

/**
 * A head-and-body silhouette as SVG: an ellipse head, a polygon body and eyes (none
 * from the back). Cropping is the frame's business (a clip path), so one glyph serves
 * every shot size from an ECU (eyes only) to an EWS.
 */
export const renderFigure = ({ x, top, height: h, pose = 'front', fill = '#8f98a3' }: FigureOptions): string => {
  const k = POSE_WIDTH[pose];
  const left = OUTLINE.map(([y, w]) => [x - w * k * h, top + y * h] as const);
  const right = [...OUTLINE].reverse().map(([y, w]) => [x + w * k * h, top + y * h] as const);
  const points = [...left, ...right.slice(1)];
  const body = path(...points.flatMap(([px, py], i) => [i === 0 ? 'M' : 'L', px, py]), 'Z');
  const parts = [
    el('ellipse', { cx: x, cy: top + 0.0625 * h, rx: 0.05 * h * (pose === 'profile' ? 0.9 : 1), ry: 0.0625 * h, fill }),
    el('path', { d: body, fill }),
  ];
  const eyeY = top + 0.058 * h;
  const eye = (cx: number) => el('ellipse', { cx, cy: eyeY, rx: 0.009 * h, ry: 0.005 * h, fill: '#3c4248' });
  if (pose === 'front') parts.push(eye(x - 0.02 * h), eye(x + 0.02 * h));
  if (pose === 'three_quarter') parts.push(eye(x - 0.008 * h), eye(x + 0.026 * h));
  if (pose === 'profile') parts.push(eye(x + 0.03 * h));
  return el('g', { class: 'figure' }, parts);
};
