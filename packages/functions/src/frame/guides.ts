import { el } from '../svg.js';

/**
 * Composition guides: rule-of-thirds lines, and the action-safe (93%) and title-safe
 * (90%) boxes of SMPTE ST 2046-1.
 */
export const renderGuides = (width: number, height: number): string => {
  const thirds = [1, 2].flatMap((k) => [
    el('line', { x1: (width * k) / 3, y1: 0, x2: (width * k) / 3, y2: height }),
    el('line', { x1: 0, y1: (height * k) / 3, x2: width, y2: (height * k) / 3 }),
  ]);
  const safe = (share: number) =>
    el('rect', {
      x: (width * (1 - share)) / 2, y: (height * (1 - share)) / 2, width: width * share, height: height * share, fill: 'none',
    });
  return el('g', { class: 'guides', stroke: '#b8c0c8', 'stroke-width': 1, 'stroke-dasharray': '6 6', fill: 'none' }, [
    el('g', { class: 'thirds' }, thirds),
    el('g', { class: 'action-safe' }, safe(0.93)),
    el('g', { class: 'title-safe', 'stroke-dasharray': '2 4' }, safe(0.9)),
  ]);
};
