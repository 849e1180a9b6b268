import type { ShotFields } from '@pc/graph';
import { stripEmphasis } from '@pc/fountain';
import { truncate } from '../character/turnaround-svg.js';
import { collapse } from '../format.js';
import { el, FONT_MONO, svgDocument, textEl } from '../svg.js';
import { renderFigure } from './figure.js';
import { figureCentres, figureScale, frameSize, horizonFor } from './framing.js';
import { renderGuides } from './guides.js';
import { arrowMarker, renderMovement } from './movement.js';

const MARGIN = 32;
const CAPTION = 72;
/** Advance of DejaVu Sans Mono: 0.602 em; used to fit caption lines without measuring. */
const MONO_ADVANCE = 0.602;

export interface FrameDrawing {
  svg: string;
  width: number;
  height: number;
  frameWidth: number;
  frameHeight: number;
}

/**
 * Draws a storyboard placeholder frame: the frame at the shot's aspect with guides, a
 * horizon placed by the angle, one silhouette per character scaled by shot size,
 * movement notation around it and the caption strip underneath.
 */
export const renderFrame = (shot: ShotFields, names: readonly string[], caption: string): FrameDrawing => {
  const { width: w, height: h } = frameSize(shot.aspect);
  const width = w + MARGIN * 2;
  const height = h + MARGIN * 2 + CAPTION;
  const horizon = horizonFor[shot.angle];
  const horizonLine = horizon
    ? el('line', {
        x1: -w, y1: h * horizon.y, x2: 2 * w, y2: h * horizon.y, stroke: '#5c7080', 'stroke-width': 2,
        transform: horizon.tilt === 0 ? undefined : `rotate(${horizon.tilt} ${w / 2} ${h / 2})`,
      })
    : '';

  const scale = shot.shotSize === 'INSERT' ? null : figureScale[shot.shotSize];
  const figures = scale
    ? figureCentres(names.length, w, shot.screenDirection).flatMap((x, i) => {
        const top = h * scale.top;
        const labelY = Math.min(top + h * scale.height + 18, h - 12);
        return [
          renderFigure({ x, top, height: h * scale.height }),
          textEl(names[i] ?? '', {
            x, y: labelY, 'text-anchor': 'middle', 'font-size': 16, 'font-weight': 'bold', fill: '#1d2329',
            stroke: '#ffffff', 'stroke-width': 4, 'paint-order': 'stroke',
          }),
        ];
      })
    : [
        el('rect', { x: w * 0.35, y: h * 0.35, width: w * 0.3, height: h * 0.3, rx: 8, fill: '#8f98a3' }),
        textEl('INSERT', { x: w / 2, y: h / 2 + 6, 'text-anchor': 'middle', 'font-size': 18, fill: '#ffffff' }),
      ];

  const action = truncate(collapse(stripEmphasis(shot.action)), Math.floor((width - 32) / (14 * MONO_ADVANCE)));
  const children = [
    el('defs', {}, [el('clipPath', { id: 'frame' }, el('rect', { width: w, height: h })), arrowMarker]),
    el('rect', { width, height, fill: '#ffffff' }),
    el('g', { transform: `translate(${MARGIN} ${MARGIN})` }, [
      el('g', { 'clip-path': 'url(#frame)' }, [el('rect', { width: w, height: h, fill: '#f4f6f8' }), horizonLine, ...figures]),
      renderGuides(w, h),
      el('rect', { width: w, height: h, fill: 'none', stroke: '#1d2329', 'stroke-width': 3 }),
      renderMovement(shot.movement, w, h, MARGIN),
    ]),
    el('rect', { y: h + MARGIN * 2, width, height: CAPTION, fill: '#1d2329' }),
    textEl(truncate(caption, Math.floor((width - 32) / (20 * MONO_ADVANCE))), {
      x: 16, y: h + MARGIN * 2 + 30, 'font-family': FONT_MONO, 'font-size': 20, 'font-weight': 'bold', fill: '#ffffff',
    }),
    textEl(action, { x: 16, y: h + MARGIN * 2 + 56, 'font-family': FONT_MONO, 'font-size': 14, fill: '#c3c9cf' }),
  ];
  return { svg: svgDocument(width, height, `Storyboard frame: ${caption}`, children), width, height, frameWidth: w, frameHeight: h };
};
