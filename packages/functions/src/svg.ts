import { num } from './format.js';

/** Escapes text for an SVG text node or attribute value. */
export const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] ?? char);

type AttributeValue = string | number | undefined;

/**
 * One SVG element as a string. Numbers are written with two fixed decimals at most, in
 * the order the attributes are given, so the markup is byte-stable.
 */
export const el = (name: string, attributes: Record<string, AttributeValue>, children: string | readonly string[] = ''): string => {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`)
    .join('');
  const body = typeof children === 'string' ? children : children.join('');
  return body === '' ? `<${name}${attrs}/>` : `<${name}${attrs}>${body}</${name}>`;
};

/** A text element; `content` is escaped. */
export const textEl = (content: string, attributes: Record<string, AttributeValue>): string =>
  el('text', attributes, escapeXml(content));

/** Path data from commands and numbers: `path('M', 0, 0, 'L', 10, 5)` → "M0 0L10 5". */
export const path = (...parts: readonly (string | number)[]): string =>
  parts.map((part, i) => (typeof part === 'number' ? `${typeof parts[i - 1] === 'number' ? ' ' : ''}${num(part)}` : part)).join('');

/** The font families every card and frame uses; the PNG renderer ships exactly these. */
export const FONT_SANS = 'DejaVu Sans';
export const FONT_MONO = 'DejaVu Sans Mono';

/** The opening of a standalone SVG document of `width` × `height` user units. */
export const svgDocument = (width: number, height: number, label: string, children: readonly string[]): string =>
  `${el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${num(width)} ${num(height)}`,
      role: 'img',
      'aria-label': label,
      'font-family': FONT_SANS,
    },
    children,
  )}\n`;
