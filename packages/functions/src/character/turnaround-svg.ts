import { renderFigure } from '../frame/figure.js';
import { el, FONT_MONO, svgDocument, textEl } from '../svg.js';
import type { CharacterBible } from './bible.js';
import type { ViewPrompt } from './views.js';

const WIDTH = 1200;
const HEIGHT = 780;
const SLOT = { top: 150, width: 265, height: 500, gap: 20 };

/** Cuts text to `max` characters on a word boundary, with an ellipsis. */
export const truncate = (text: string, max: number): string => {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
};

/** Wraps text into at most `lines` lines of `width` characters (the last truncated). */
export const wrap = (text: string, width: number, lines: number): string[] => {
  const out: string[] = [];
  let rest = text.trim();
  while (rest !== '' && out.length < lines - 1) {
    if (rest.length <= width) break;
    const space = rest.lastIndexOf(' ', width);
    const at = space > 0 ? space : width;
    out.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest !== '') out.push(truncate(rest, width));
  return out;
};

const keyTraits = (bible: CharacterBible): string =>
  [bible.age && `${bible.age}`, bible.gender, bible.appearance['build'], bible.appearance['hair'], bible.appearance['eyes']]
    .filter((part): part is string => Boolean(part))
    .join(' · ');

/**
 * The turnaround layout card: name, role and key traits on top, four labelled slots
 * (front, three-quarter, profile, back) holding a silhouette until images are generated
 * or uploaded, each with its seed, and the identity block underneath.
 */
export const renderTurnaroundSvg = (bible: CharacterBible, views: readonly ViewPrompt[]): string => {
  const name = bible.name || 'UNNAMED CHARACTER';
  const children = [
    el('rect', { width: WIDTH, height: HEIGHT, fill: '#ffffff' }),
    textEl(name, { x: 40, y: 70, 'font-size': 40, 'font-weight': 'bold', fill: '#1d2329' }),
    textEl(bible.role.toUpperCase(), { x: 40, y: 108, 'font-size': 18, 'letter-spacing': 2, fill: '#e0795b' }),
    textEl(truncate(keyTraits(bible), 90), { x: 200, y: 108, 'font-size': 18, fill: '#4a535c' }),
  ];
  views.forEach((view, index) => {
    const x = 40 + index * (SLOT.width + SLOT.gap);
    const centre = x + SLOT.width / 2;
    children.push(
      el('rect', {
        x, y: SLOT.top, width: SLOT.width, height: SLOT.height, rx: 10,
        fill: '#f1f3f5', stroke: '#c3c9cf', 'stroke-dasharray': '8 6',
      }),
      renderFigure({ x: centre, top: SLOT.top + 40, height: SLOT.height - 110, pose: view.view }),
      textEl(view.view.replace('_', '-').toUpperCase(), {
        x: centre, y: SLOT.top + SLOT.height - 38, 'text-anchor': 'middle', 'font-size': 18, 'font-weight': 'bold', fill: '#1d2329',
      }),
      textEl(`seed ${view.seed}`, {
        x: centre, y: SLOT.top + SLOT.height - 14, 'text-anchor': 'middle', 'font-size': 14, 'font-family': FONT_MONO, fill: '#6b747d',
      }),
    );
  });
  wrap(bible.identityBlock, 120, 2).forEach((line, index) => {
    children.push(textEl(line, { x: 40, y: SLOT.top + SLOT.height + 40 + index * 24, 'font-size': 16, fill: '#2b3238' }));
  });
  return svgDocument(WIDTH, HEIGHT, `Character turnaround: ${name}`, children);
};
